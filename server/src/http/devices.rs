//! Phones: enrollment by an enumerator, the form bundle they work from, and revocation
//! by an admin.

use axum::Json;
use axum::Router;
use axum::extract::{Path, State};
use axum::routing::{get, post};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::auth::{Credentials, authenticate};
use super::json::JsonBody;
use crate::AppState;
use crate::auth::{Admin, Device, Role, new_token, token_hash};
use crate::db::DeviceSummary;
use crate::error::{Error, Result};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/devices/enroll", post(enroll))
        .route("/devices", get(list))
        .route("/devices/{id}/revoke", post(revoke))
        .route("/bundle", get(bundle))
        .route("/device/issues", get(issues))
}

/// The records of this phone's enumerator that a reviewer sent back, with what to check.
/// Receipt codes and comments only: the phone already holds the answers.
async fn issues(State(state): State<AppState>, device: Device) -> Result<Json<Vec<Value>>> {
    let rows = state.db.records_with_issues(device.user.id).await?;
    Ok(Json(
        rows.into_iter()
            .map(|(id, receipt, saved_at, at, comment)| {
                serde_json::json!({
                    "id": id, "receipt": receipt, "saved_at": saved_at, "at": at, "comment": comment
                })
            })
            .collect(),
    ))
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
}

async fn load_bundle(state: &AppState, project_id: &str) -> Result<Bundle> {
    let (form, consent) = state
        .db
        .current_bundle(project_id)
        .await?
        .ok_or(Error::NotFound)?;
    Ok(Bundle {
        form: serde_json::from_str(&form).map_err(anyhow::Error::from)?,
        consent: serde_json::from_str(&consent).map_err(anyhow::Error::from)?,
        keep_synced_days: state.db.keep_synced_days(project_id).await?,
    })
}

async fn enroll(
    State(state): State<AppState>,
    JsonBody(body): JsonBody<Enrollment>,
) -> Result<Json<Enrolled>> {
    let credentials = Credentials {
        username: body.username,
        password: body.password,
    };
    let user = authenticate(&state, &credentials).await?;
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
    let bundle = load_bundle(&state, &user.project_id).await?;
    Ok(Json(Enrolled {
        device_id,
        token,
        username: user.username,
        project_id: user.project_id,
        bundle,
    }))
}

async fn bundle(State(state): State<AppState>, device: Device) -> Result<Json<Bundle>> {
    Ok(Json(load_bundle(&state, &device.user.project_id).await?))
}

async fn list(
    State(state): State<AppState>,
    Admin(admin): Admin,
) -> Result<Json<Vec<DeviceSummary>>> {
    Ok(Json(state.db.list_devices(&admin.project_id).await?))
}

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
