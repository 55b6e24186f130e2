//! Sync: a phone posts a batch, the server answers per record.

use axum::Json;
use axum::body::Bytes;
use axum::extract::State;
use forms::batch::{Batch, BatchAck};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::AppState;
use crate::auth::Device;
use crate::error::{Error, Result};
use crate::ingest::ingest;

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(receive))
}

/// A phone's batch of records; one acknowledgement per record, in order.
#[utoipa::path(post, path = "/batches", tag = "phones", security(("device" = [])),
    request_body(content = Batch, description = "The records (at most 200) and the withdrawals recorded in the field since the last sync"),
    responses((status = 200, body = BatchAck, description = "One acknowledgement per record, in order: accepted, duplicate, rejected (with each field's problem) or edited_on_server; `withdrawn`: the withdrawals carried out (one missing: no record with that code yet); `refused_withdrawals`: refused for missing or wrong digits"),
        (status = 400, description = "The batch cannot be read; nothing is stored"),
        (status = 401, description = "No device token, or the device was revoked"),
        (status = 409, description = "The project is archived: no new records (withdrawals alone are still carried out)"),
        (status = 413, description = "Too many records in one batch")))]
async fn receive(
    State(state): State<AppState>,
    device: Device,
    body: Bytes,
) -> Result<Json<BatchAck>> {
    // Parsed here rather than by an extractor so the error says where the batch is wrong.
    let mut batch: Batch =
        serde_json::from_slice(&body).map_err(|e| Error::MalformedBatch(e.to_string()))?;
    crate::projects::refuse_records_if_archived(&state.db, &device.user.project_id, &batch).await?;
    // Withdrawals after the records: one recorded right after its interview applies to it.
    let withdrawals = std::mem::take(&mut batch.withdrawals);
    let access = std::mem::take(&mut batch.withdrawal_access);
    let feedback = std::mem::take(&mut batch.feedback);
    let mut ack = ingest(&state, &device, batch).await?;
    let field = crate::community::field_withdrawals(&state, &device, &withdrawals, &access).await?;
    ack.withdrawn = field.done;
    ack.refused_withdrawals = field.refused;
    let (filed, refused) = crate::feedback::file_from_phone(&state, &device, &feedback).await?;
    ack.feedback_filed = filed;
    ack.feedback_refused = refused;
    Ok(Json(ack))
}
