//! Recordings for respondents who do not read: an admin uploads one per language (the
//! consent text read aloud) and the consent template names it; phones fetch it by the hash
//! of its content, with no account, and keep it for interviews without network. A
//! recording of the consent text is published to every respondent it is played to, so it
//! is no secret; what it is called inside the project is only seen by admins.

use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::AppState;
use crate::auth::Admin;
use crate::error::{Error, Result};

/// Audio every current phone browser plays.
const AUDIO_TYPES: &[&str] = &[
    "audio/mpeg",
    "audio/mp4",
    "audio/aac",
    "audio/ogg",
    "audio/webm",
    "audio/wav",
    "audio/x-wav",
];

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(upload))
}

/// Whether a file name is one a template can name: letters, digits, `.`, `-`, `_`.
fn name_ok(name: &str) -> bool {
    (1..=100).contains(&name.len())
        && !name.starts_with('.')
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_'))
}

/// Upload a recording under a file name, which a consent template's `audio` then names
/// (`[audio] fr = "consent-fr.mp3"`). Uploading the name again replaces it for templates
/// installed later. Role: admin.
#[utoipa::path(put, path = "/media/{name}", tag = "governance", security(("session" = [])),
    params(("name" = String, Path, description = "File name: letters, digits, `.`, `-`, `_`")),
    request_body(content = Vec<u8>, content_type = "audio/mpeg"),
    responses((status = 200, description = "`{name, url, bytes}`: `url` serves it to phones"),
        (status = 401, description = "Not signed in"), (status = 403, description = "Not an admin"),
        (status = 422, description = "Not a usable name, not audio, or empty")))]
async fn upload(
    State(state): State<AppState>,
    Admin(user): Admin,
    Path(name): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Json<Value>> {
    if !name_ok(&name) {
        return Err(Error::InvalidMedia(format!(
            "{name:?}: use letters, digits, '.', '-' and '_' only (at most 100)"
        )));
    }
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .map(|v| v.trim().to_ascii_lowercase())
        .unwrap_or_default();
    if !AUDIO_TYPES.contains(&content_type.as_str()) {
        return Err(Error::InvalidMedia(format!(
            "{content_type:?} is not a recording phones play: send it as one of {}",
            AUDIO_TYPES.join(", ")
        )));
    }
    if body.is_empty() {
        return Err(Error::InvalidMedia(format!("{name}: the file is empty")));
    }
    let sha: String = Sha256::digest(&body)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    state
        .db
        .put_media(&user.project_id, &name, &sha, &content_type, &body)
        .await?;
    state
        .db
        .audit(
            &user.username,
            "media-uploaded",
            &format!("{}/{name} {sha}", user.project_id),
        )
        .await?;
    Ok(Json(json!({
        "name": name,
        "url": format!("/media/{sha}"),
        "bytes": body.len(),
    })))
}

/// `GET /media/{sha256}`: a recording by the hash of its content, for phones (no account:
/// an audio element cannot send the phone's token, and the content is what respondents
/// hear). Never changes, so it is cached for a year.
pub async fn serve(State(state): State<AppState>, Path(sha): Path<String>) -> Result<Response> {
    let well_formed = sha.len() == 64 && sha.bytes().all(|b| b.is_ascii_hexdigit());
    if !well_formed {
        return Err(Error::NotFound);
    }
    let (content_type, bytes) = state
        .db
        .media_by_hash(&sha.to_ascii_lowercase())
        .await?
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

#[cfg(test)]
mod tests {
    use super::name_ok;

    #[test]
    fn file_names_are_plain() {
        assert!(name_ok("consent-fr.mp3"));
        assert!(name_ok("consent_ar_v2.ogg"));
        for bad in [
            "",
            ".hidden",
            "../x.mp3",
            "a b.mp3",
            "dir/x.mp3",
            &"x".repeat(101),
        ] {
            assert!(!name_ok(bad), "{bad:?}");
        }
    }
}
