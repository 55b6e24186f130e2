//! Calls to the server. Every failure becomes an `AppError` the UI can show; nothing here
//! touches storage, so a failed call never loses a record.

use forms::batch::{Batch, BatchAck};
use gloo_net::http::{Request, Response};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::error::AppError;
use crate::session::{Bundle, DeviceCredentials};

#[derive(Deserialize)]
struct ErrorBody {
    error: String,
}

async fn read<T: DeserializeOwned>(
    response: Result<Response, gloo_net::Error>,
) -> Result<T, AppError> {
    let response = response.map_err(|_| AppError::Network)?;
    let status = response.status();
    if !response.ok() {
        let code = response
            .json::<ErrorBody>()
            .await
            .map(|b| b.error)
            .unwrap_or_else(|_| "err-server".into());
        return Err(AppError::Server { status, code });
    }
    response.json::<T>().await.map_err(|_| AppError::Server {
        status,
        code: "err-server".into(),
    })
}

#[derive(Deserialize)]
struct Enrolled {
    device_id: String,
    token: String,
    username: String,
    project_id: String,
    form: forms::model::Form,
    consent: forms::consent::ConsentTemplate,
}

/// Enroll this phone for an enumerator.
pub async fn enroll(
    username: &str,
    password: &str,
) -> Result<(DeviceCredentials, Bundle), AppError> {
    let label = web_sys::window()
        .and_then(|w| w.navigator().user_agent().ok())
        .unwrap_or_default();
    let body = json!({ "username": username, "password": password, "label": label });
    let request = Request::post("/api/v1/devices/enroll")
        .json(&body)
        .map_err(|_| AppError::Network)?;
    let e: Enrolled = read(request.send().await).await?;
    Ok((
        DeviceCredentials {
            device_id: e.device_id,
            token: e.token,
            username: e.username,
            project_id: e.project_id,
        },
        Bundle {
            form: e.form,
            consent: e.consent,
        },
    ))
}

/// Send a batch with the device token.
pub async fn send_batch(token: &str, batch: &Batch) -> Result<BatchAck, AppError> {
    let request = Request::post("/api/v1/batches")
        .header("Authorization", &format!("Bearer {token}"))
        .json(batch)
        .map_err(|_| AppError::Network)?;
    read(request.send().await).await
}

/// A steward or admin as the server knows them.
#[derive(Debug, Clone, Deserialize)]
pub struct Me {
    pub role: String,
}

pub async fn sign_in(username: &str, password: &str) -> Result<Me, AppError> {
    let request = Request::post("/api/v1/auth/login")
        .json(&json!({ "username": username, "password": password }))
        .map_err(|_| AppError::Network)?;
    read(request.send().await).await
}

pub async fn sign_out() -> Result<serde_json::Value, AppError> {
    read(Request::post("/api/v1/auth/logout").send().await).await
}

pub async fn me() -> Result<Me, AppError> {
    read(Request::get("/api/v1/auth/me").send().await).await
}

/// One submission in the steward's list.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct SubmissionSummary {
    pub id: String,
    pub form_id: String,
    pub received_at: String,
    pub receipt: String,
    pub refused: bool,
    pub purposes: Vec<String>,
    pub review_state: String,
    pub enumerator: String,
    pub answers: serde_json::Value,
}

pub async fn submissions() -> Result<Vec<SubmissionSummary>, AppError> {
    read(Request::get("/api/v1/submissions").send().await).await
}

#[derive(Serialize)]
struct Review<'a> {
    decision: &'a str,
}

pub async fn review(id: &str, decision: &str) -> Result<serde_json::Value, AppError> {
    let request = Request::post(&format!("/api/v1/submissions/{id}/review"))
        .json(&Review { decision })
        .map_err(|_| AppError::Network)?;
    read(request.send().await).await
}
