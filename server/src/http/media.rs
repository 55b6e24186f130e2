//! Files an admin uploads for a project: recordings for respondents who do not read (the
//! consent text read aloud, named by the consent template), pictures and recordings a form
//! shows beside its questions and choices (phones fetch them by the hash of their content,
//! with no account, and keep them for interviews without network), and
//! CSV or XML files a form reads its choices from (`select_one_from_file`, `pulldata`), which the
//! next form import takes in and which are never served. A recording of the consent text
//! is published to every respondent it is played to, so it is no secret.

use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::{IntoResponse, Response};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::AppState;
use crate::auth::Admin;
use crate::error::{Error, Result};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(upload))
}

/// Upload a file under its name: a recording, which a consent template's `audio` then
/// names (`[audio] fr = "consent-fr.mp3"`); a picture, recording or video that the next
/// form import shows where its `image`, `audio` or `video` columns name it; or a CSV or XML
/// file of choices that the next form import reads (`select_one_from_file districts.csv`).
/// Uploading a name again replaces it for what is installed later. A data file (CSV, XML,
/// GeoJSON) also imports again every form waiting for files: those now complete are
/// published and listed. Role: admin.
#[utoipa::path(put, path = "/media/{name}", tag = "governance", security(("session" = [])),
    params(("name" = String, Path, description = "File name: letters, digits, `.`, `-`, `_`")),
    request_body(content(
            (super::openapi::Binary = "audio/mpeg"), (super::openapi::Binary = "audio/ogg"),
            (super::openapi::Binary = "image/jpeg"), (super::openapi::Binary = "image/png"),
            (super::openapi::Binary = "video/mp4"), (super::openapi::Binary = "text/csv"),
            (super::openapi::Binary = "application/xml")),
        description = "The file's bytes, sent with its media type: a recording, a picture or a video; or a CSV or XML file of choices (its name ending in .csv or .xml)"),
    responses((status = 200, description = "Stored: `url` serves it to phones; the waiting forms it published, still waiting or still refused", body = crate::catalog::MediaStored),
        (status = 401, description = "Not signed in"), (status = 403, description = "Not an admin"),
        (status = 422, description = "Not a usable name, not audio, a picture, a video, CSV or XML, or empty")))]
async fn upload(
    State(state): State<AppState>,
    Admin(user): Admin,
    Path(name): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Json<crate::catalog::MediaStored>> {
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let sha = crate::media::store(
        &state.db,
        &user.project_id,
        &user.username,
        &name,
        content_type,
        &body,
    )
    .await?;
    let data_file = [".csv", ".xml", ".geojson"]
        .iter()
        .any(|ext| name.to_ascii_lowercase().ends_with(ext));
    let retried = if data_file {
        crate::catalog::retry_waiting(&state.db, &user.project_id, &user.username).await?
    } else {
        Default::default()
    };
    Ok(Json(crate::catalog::MediaStored {
        url: format!("/media/{sha}"),
        bytes: body.len(),
        name,
        published: retried.published,
        drafts: retried.drafts,
        waiting: retried.waiting,
        refused: retried.refused,
    }))
}

/// `GET /media/{sha256}`: a recording, picture or video by the hash of its content, for
/// phones (no account: an audio or img element cannot send the phone's token, and the
/// content is what respondents see and hear). Never changes, so it is cached for a year.
pub async fn serve(State(state): State<AppState>, Path(sha): Path<String>) -> Result<Response> {
    let well_formed = sha.len() == 64 && sha.bytes().all(|b| b.is_ascii_hexdigit());
    if !well_formed {
        return Err(Error::NotFound);
    }
    let (content_type, bytes) = state
        .db
        .media_by_hash(&sha.to_ascii_lowercase())
        .await?
        // Only recordings, pictures and videos are public: a CSV or XML file a form reads
        // may list people (preloads).
        .filter(|(content_type, _)| crate::media::is_public(content_type))
        .ok_or(Error::NotFound)?;
    let mut response = bytes.into_response();
    let headers = response.headers_mut();
    if let Ok(value) = HeaderValue::from_str(&content_type) {
        headers.insert(header::CONTENT_TYPE, value);
    }
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=31536000, immutable"),
    );
    Ok(response)
}
