//! Phones: enrollment by an enumerator, the form bundle they work from, and revocation
//! by an admin.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use super::auth::{Credentials, authenticate};
use super::json::JsonBody;
use crate::AppState;
use crate::auth::{Admin, Device, Role, new_token, token_hash};
use crate::db::DeviceSummary;
use crate::error::{Error, Result};
use crate::throttle::ClientNetwork;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(enroll))
        .routes(routes!(list))
        .routes(routes!(revoke))
        .routes(routes!(bundle))
        .routes(routes!(issues))
        // The bundle's answers, harder than the others (`compress::bundle_layer`).
        .layer(super::compress::bundle_layer())
}

/// The records of this phone's enumerator that a reviewer sent back, with what to check.
/// Receipt codes and comments only: the phone already holds the answers.
#[utoipa::path(get, path = "/device/issues", tag = "phones", security(("device" = [])),
    responses((status = 200, body = Vec<SentBack>, description = "Records sent back, with what to check"), (status = 401, body = ErrorBody, description = "No device token, or revoked")))]
async fn issues(State(state): State<AppState>, device: Device) -> Result<Json<Vec<SentBack>>> {
    Ok(Json(
        sent_back(&state, &device.user.project_id, device.user.id).await?,
    ))
}

use forms::wire::{Bundle, DeviceRevoked, Enrolled, Enrollment, ErrorBody, SentBack};

async fn load_bundle(state: &AppState, project_id: &str, enumerator_id: i64) -> Result<Bundle> {
    // Published versions only, the newest of each form the enumerator fills
    // (`assignments.rs`); `form` is the one published last.
    let mut forms = crate::assignments::forms_for(state, project_id, enumerator_id)
        .await?
        .into_iter();
    let form = forms.next().ok_or(Error::NotFound)?;
    let consent = state
        .db
        .current_template(project_id)
        .await?
        .ok_or(Error::NotFound)?;
    // What the phone reads, nothing the server alone uses (`forms::wire::lean`).
    Ok(Bundle {
        form,
        consent: serde_json::from_str(&consent)?,
        keep_synced_days: state.db.keep_synced_days(project_id).await?,
        issues: sent_back(state, project_id, enumerator_id).await?,
        other_forms: forms.collect(),
        native_digits: state.db.native_digits(project_id).await?,
    }
    .for_phone())
}

/// Remember which forms a phone was given: their records from it are taken whatever
/// the assignments say later (`assignments.rs`).
async fn delivered(state: &AppState, device_id: &str, bundle: &Bundle) -> Result<()> {
    let ids: Vec<&str> = bundle.all_forms().map(|f| f.id.as_str()).collect();
    state.db.mark_delivered(device_id, &ids).await
}

/// The enumerator's records of this phone's project sent back, as `/device/issues` and the
/// bundle give them (never another project's: an enumerator may collect for several).
async fn sent_back(
    state: &AppState,
    project_id: &str,
    enumerator_id: i64,
) -> Result<Vec<SentBack>> {
    let rows = state
        .db
        .records_with_issues(project_id, enumerator_id)
        .await?;
    Ok(rows
        .into_iter()
        .map(|(id, receipt, saved_at, at, comment)| SentBack {
            id,
            receipt,
            saved_at,
            at,
            comment,
        })
        .collect())
}

/// Enroll a phone with an enumerator's username and password; returns its token and bundle.
/// The phone works for one project: `project`, or the enumerator's most recent one.
#[utoipa::path(post, path = "/devices/enroll", tag = "phones",
    request_body = Enrollment,
    responses((status = 200, body = Enrolled, description = "Device id, token (shown once), form, consent template, settings, and the bundle's tag for `GET /bundle`'s `If-None-Match`"),
        (status = 400, body = ErrorBody, description = "Not an enrolment body"),
        (status = 401, body = ErrorBody, description = "Wrong username or password"), (status = 403, body = ErrorBody, description = "Not an enumerator (of the project asked for)"),
        (status = 409, body = ErrorBody, description = "The project is archived: it takes no new phones"),
        (status = 429, body = ErrorBody, description = "Too many wrong passwords"), (status = 503, body = ErrorBody, description = "Busy")))]
async fn enroll(
    State(state): State<AppState>,
    ClientNetwork(network): ClientNetwork,
    JsonBody(body): JsonBody<Enrollment>,
) -> Result<Json<Enrolled>> {
    let credentials = Credentials {
        username: body.username,
        password: body.password,
    };
    let mut user = authenticate(&state, &credentials, &network).await?;
    // The phone works for one project: the one asked for, else the enumerator's most
    // recently joined; an archived project takes no new phones.
    let chosen = state
        .db
        .projects_of(user.id)
        .await?
        .into_iter()
        .filter(|p| p.role == Role::Enumerator.as_str())
        .find(|p| body.project.as_ref().is_none_or(|wanted| *wanted == p.id))
        .ok_or(Error::Forbidden)?;
    if chosen.archived {
        return Err(Error::ProjectArchived(chosen.id));
    }
    (user.project_id, user.role) = (chosen.id, Role::Enumerator);
    let token = new_token()?;
    let device_id = uuid::Uuid::from_bytes({
        let mut b = [0u8; 16];
        getrandom::fill(&mut b).map_err(|e| anyhow::anyhow!("random: {e}"))?;
        b
    })
    .to_string();
    // What the phone will work from, before anything is stored: a project without a form
    // yet enrols no phone.
    let bundle = load_bundle(&state, &user.project_id, user.id).await?;
    // The tag `GET /bundle` would give this bundle: the phone's first refresh is a 304.
    let bundle_tag = bundle_tag(&serde_json::to_vec(&bundle)?);
    let label: String = body.label.chars().take(80).collect();
    state
        .db
        .create_device(
            &device_id,
            user.id,
            &token_hash(&token),
            &label,
            &user.project_id,
        )
        .await?;
    delivered(&state, &device_id, &bundle).await?;
    state.db.touch_membership(user.id, &user.project_id).await?;
    state
        .db
        .audit(&user.username, "device-enrolled", &device_id)
        .await?;
    Ok(Json(Enrolled {
        device_id,
        token,
        username: user.username,
        project_id: user.project_id,
        bundle,
        bundle_tag,
    }))
}

/// The project's current form, consent template and settings. Role: an enrolled phone.
/// With the `ETag` of the bundle the phone holds in `If-None-Match`, 304 and no body
/// when nothing changed (`bundle_tag`).
#[utoipa::path(get, path = "/bundle", tag = "phones", security(("device" = [])),
    params(("If-None-Match" = Option<String>, Header, description = "The `ETag` of the bundle the phone holds (from this endpoint or the enrolment's `bundle_tag`)")),
    responses((status = 200, body = Bundle, description = "The current form, consent template and settings",
            headers(("ETag" = String, description = "The bundle's tag, for `If-None-Match` next time"))),
        (status = 304, description = "The phone's bundle is current: no body",
            headers(("ETag" = String, description = "The same tag"))),
        (status = 401, body = ErrorBody, description = "No device token, or revoked")))]
async fn bundle(
    State(state): State<AppState>,
    device: Device,
    headers: HeaderMap,
) -> Result<Response> {
    let bundle = load_bundle(&state, &device.user.project_id, device.user.id).await?;
    let json = serde_json::to_vec(&bundle)?;
    let tag = bundle_tag(&json);
    let etag = HeaderValue::from_str(&tag)?;
    let held = headers
        .get_all(header::IF_NONE_MATCH)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .any(|v| v.trim() == tag);
    if held {
        return Ok((StatusCode::NOT_MODIFIED, [(header::ETAG, etag)]).into_response());
    }
    delivered(&state, &device.device_id, &bundle).await?;
    Ok((
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/json"),
            ),
            (header::ETAG, etag),
        ],
        json,
    )
        .into_response())
}

/// The bundle's entity tag: a hash of its JSON, so any change (a form version, the
/// template, a setting, a record sent back) is a new tag, and the same bundle always has
/// the same one, on every server of a cluster. Weak (`W/`), because the bytes on the wire
/// differ with the compression the phone accepts.
fn bundle_tag(json: &[u8]) -> String {
    use sha2::Digest;
    let digest = sha2::Sha256::digest(json);
    let hex: String = digest[..16].iter().map(|b| format!("{b:02x}")).collect();
    format!("W/\"{hex}\"")
}

/// The project's phones, each with its enumerator, label and last sync. Role: admin.
#[utoipa::path(get, path = "/devices", tag = "admin", security(("session" = [])),
    responses((status = 200, body = Vec<DeviceSummary>, description = "Devices with their enumerator, label, last sync, revocation"),
        (status = 401, description = "Not signed in"), (status = 403, description = "Not an admin")))]
async fn list(
    State(state): State<AppState>,
    Admin(admin): Admin,
) -> Result<Json<Vec<DeviceSummary>>> {
    Ok(Json(state.db.list_devices(&admin.project_id).await?))
}

/// Revoke a phone: its token stops working at once. Role: admin.
#[utoipa::path(post, path = "/devices/{id}/revoke", tag = "admin", security(("session" = [])),
    params(("id" = String, Path, description = "Device id")),
    responses((status = 200, body = DeviceRevoked, description = "Revoked"), (status = 401, body = ErrorBody, description = "Not signed in"),
        (status = 403, body = ErrorBody, description = "Not an admin"), (status = 404, body = ErrorBody, description = "No such device in the project")))]
async fn revoke(
    State(state): State<AppState>,
    Admin(admin): Admin,
    Path(id): Path<String>,
) -> Result<Json<DeviceRevoked>> {
    if !state.db.revoke_device(&admin.project_id, &id).await? {
        return Err(Error::NotFound);
    }
    state
        .db
        .audit(&admin.username, "device-revoked", &id)
        .await?;
    Ok(Json(DeviceRevoked { revoked: id }))
}
