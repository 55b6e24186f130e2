//! Sync: a phone posts a batch, the server answers per record.

use axum::Json;
use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::routing::post;
use forms::batch::{Batch, BatchAck};

use crate::AppState;
use crate::auth::Device;
use crate::error::{Error, Result};
use crate::ingest::ingest;

pub fn router() -> Router<AppState> {
    Router::new().route("/batches", post(receive))
}

async fn receive(
    State(state): State<AppState>,
    device: Device,
    body: Bytes,
) -> Result<Json<BatchAck>> {
    // Parsed here rather than by an extractor so the error says where the batch is wrong.
    let batch: Batch =
        serde_json::from_slice(&body).map_err(|e| Error::MalformedBatch(e.to_string()))?;
    Ok(Json(ingest(&state, &device, batch).await?))
}
