//! Sending queued records. A record is marked synced only after the server acknowledged
//! it (accepted now, or already had it); on any failure the records stay queued.

use forms::batch::{Batch, MAX_BATCH_RECORDS, Outcome};

use crate::api;
use crate::error::AppError;
use crate::records::{self, LocalRecord, Status};
use crate::session::Session;

/// Counts for the message shown after a sync.
#[derive(Debug, Default, Clone, Copy, PartialEq)]
pub struct SyncReport {
    pub accepted: usize,
    pub duplicates: usize,
    pub rejected: usize,
}

/// Send every queued record, in batches; stops at the first failure of the network or
/// the server, keeping what was already acknowledged.
pub async fn sync_all(session: &Session) -> Result<SyncReport, AppError> {
    let (all, _) = records::load_all(session);
    let queued: Vec<LocalRecord> = all
        .into_iter()
        .filter(|r| r.status == Status::Queued)
        .collect();
    let mut report = SyncReport::default();
    for chunk in queued.chunks(MAX_BATCH_RECORDS.min(50)) {
        let batch = Batch {
            records: chunk.iter().map(|r| r.submission.clone()).collect(),
        };
        let ack = api::send_batch(&session.device.token, &batch).await?;
        for result in ack.results {
            let Some(record) = chunk.iter().find(|r| r.submission.id == result.id) else {
                continue;
            };
            let mut updated = record.clone();
            match &result.outcome {
                Outcome::Accepted => report.accepted += 1,
                Outcome::Duplicate => report.duplicates += 1,
                Outcome::Rejected { .. } => report.rejected += 1,
            }
            if result.outcome.is_settled() {
                updated.status = Status::Synced;
                updated.rejection = None;
            } else {
                updated.status = Status::Rejected;
                updated.rejection = Some(result.outcome);
            }
            records::save(session, &updated)?;
        }
    }
    Ok(report)
}
