//! Phones: enrollment by an enumerator, the form bundle they work from, and revocation
//! by an admin.

use axum::Json;
use axum::extract::{Path, State};
use serde::{Deserialize, Serialize};
use serde_json::Value;
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
}

/// The records of this phone's enumerator that a reviewer sent back, with what to check.
/// Receipt codes and comments only: the phone already holds the answers.
#[utoipa::path(get, path = "/device/issues", tag = "phones", security(("device" = [])),
    responses((status = 200, description = "`[{id, receipt, saved_at, at, comment}]`"), (status = 401, description = "No device token, or revoked")))]
async fn issues(State(state): State<AppState>, device: Device) -> Result<Json<Vec<Value>>> {
    Ok(Json(sent_back(&state, device.user.id).await?))
}

#[derive(Deserialize)]
struct Enrollment {
    username: String,
    password: String,
    #[serde(default)]
    label: String,
}

/// What a phone keeps (inside its vault) after enrollment.
#[derive(Serialize)]
struct Enrolled {
    device_id: String,
    token: String,
    username: String,
    project_id: String,
    #[serde(flatten)]
    bundle: Bundle,
}

/// The form and consent template a phone needs to work offline.
#[derive(Serialize)]
struct Bundle {
    form: Value,
    consent: Value,
    /// Days the phone keeps records after the server acknowledged them.
    keep_synced_days: u32,
    /// The enumerator's records a reviewer sent back, with what to check.
    issues: Vec<Value>,
}

async fn load_bundle(state: &AppState, project_id: &str, enumerator_id: i64) -> Result<Bundle> {
    let (form, consent) = state
        .db
        .current_bundle(project_id)
        .await?
        .ok_or(Error::NotFound)?;
    Ok(Bundle {
        form: serde_json::from_str(&form).map_err(anyhow::Error::from)?,
        consent: serde_json::from_str(&consent).map_err(anyhow::Error::from)?,
        keep_synced_days: state.db.keep_synced_days(project_id).await?,
        issues: sent_back(state, enumerator_id).await?,
    })
}

/// The enumerator's records sent back, as `/device/issues` and the bundle give them.
async fn sent_back(state: &AppState, enumerator_id: i64) -> Result<Vec<Value>> {
    let rows = state.db.records_with_issues(enumerator_id).await?;
    Ok(rows
        .into_iter()
        .map(|(id, receipt, saved_at, at, comment)| {
            serde_json::json!({
                "id": id, "receipt": receipt, "saved_at": saved_at, "at": at, "comment": comment
            })
        })
        .collect())
}

/// Enroll a phone with an enumerator's username and password; returns its token and bundle.
#[utoipa::path(post, path = "/devices/enroll", tag = "phones",
    request_body(content = Object, description = "`{username, password, label}`"),
    responses((status = 200, description = "Device id, token (shown once), form, consent template, settings"),
        (status = 401, description = "Wrong username or password"), (status = 403, description = "Not an enumerator")))]
async fn enroll(
    State(state): State<AppState>,
    ClientNetwork(network): ClientNetwork,
    JsonBody(body): JsonBody<Enrollment>,
) -> Result<Json<Enrolled>> {
    let credentials = Credentials {
        username: body.username,
        password: body.password,
    };
    let user = authenticate(&state, &credentials, &network).await?;
    if user.role != Role::Enumerator {
        return Err(Error::Forbidden);
    }
    let token = new_token()?;
    let device_id = uuid::Uuid::from_bytes({
        let mut b = [0u8; 16];
        getrandom::fill(&mut b).map_err(|e| anyhow::anyhow!("random: {e}"))?;
        b
    })
    .to_string();
    let label: String = body.label.chars().take(80).collect();
    state
        .db
        .create_device(&device_id, user.id, &token_hash(&token), &label)
        .await?;
    state
        .db
        .audit(&user.username, "device-enrolled", &device_id)
        .await?;
    let bundle = load_bundle(&state, &user.project_id, user.id).await?;
    Ok(Json(Enrolled {
        device_id,
        token,
        username: user.username,
        project_id: user.project_id,
        bundle,
    }))
}

/// The project's current form, consent template and settings. Role: an enrolled phone.
#[utoipa::path(get, path = "/bundle", tag = "phones", security(("device" = [])),
    responses((status = 200, description = "`{form, consent, keep_synced_days}`"), (status = 401, description = "No device token, or revoked")))]
async fn bundle(State(state): State<AppState>, device: Device) -> Result<Json<Bundle>> {
    Ok(Json(
        load_bundle(&state, &device.user.project_id, device.user.id).await?,
    ))
}

/// The project's phones. Role: admin.
#[utoipa::path(get, path = "/devices", tag = "admin", security(("session" = [])),
    responses((status = 200, description = "Devices with their enumerator, label, last sync, revocation"),
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
    responses((status = 200, description = "Revoked"), (status = 401, description = "Not signed in"),
        (status = 403, description = "Not an admin"), (status = 404, description = "No such device in the project")))]
async fn revoke(
    State(state): State<AppState>,
    Admin(admin): Admin,
    Path(id): Path<String>,
) -> Result<Json<Value>> {
    if !state.db.revoke_device(&admin.project_id, &id).await? {
        return Err(Error::NotFound);
    }
    state
        .db
        .audit(&admin.username, "device-revoked", &id)
        .await?;
    Ok(Json(serde_json::json!({ "revoked": id })))
}
