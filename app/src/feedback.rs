//! Feedback and complaints an enumerator records for someone they meet (issue 23):
//! sealed in the vault like records until a batch carries them, each with the tracking
//! code the phone makes so the person leaves with it, offline. The project's categories
//! are public; they are kept in plain storage from the last time the phone was online.

use forms::feedback::{Category, FieldFeedback};
use forms::receipt::ReceiptCode;

use crate::error::AppError;
use crate::session::Session;
use crate::store;

/// Where the feedback waiting to be sent is kept (sealed).
const PENDING: &str = "field-feedback";
/// The project's categories, in the language last asked (public, not sealed).
const CATEGORIES: &str = "sauti/feedback-categories";

/// The feedback waiting for the next sync (none when the list cannot be opened).
pub fn pending(session: &Session) -> Vec<FieldFeedback> {
    read(session).unwrap_or_default()
}

/// The feedback waiting, or why its list cannot be opened: what writes the list reads it
/// this way, so a damaged list is never written over (losing what it holds).
fn read(session: &Session) -> Result<Vec<FieldFeedback>, AppError> {
    Ok(session.get(PENDING)?.unwrap_or_default())
}

/// Keep the waiting feedback; resolves once it is on disk.
fn keep(
    session: &Session,
    items: &[FieldFeedback],
) -> impl Future<Output = Result<(), AppError>> + use<> {
    session.put(PENDING, &items.to_vec())
}

/// Record feedback; resolves with its tracking code once it is on disk.
pub async fn record(
    session: &Session,
    category: String,
    message: String,
    contact: Option<String>,
    language: String,
) -> Result<ReceiptCode, AppError> {
    let tracking = ReceiptCode::generate()?;
    let id = forms::batch::new_record_id(crate::clock::now_ms() as u64)?.to_string();
    let mut items = read(session)?;
    items.push(FieldFeedback {
        id,
        tracking: tracking.to_string(),
        category,
        message,
        contact,
        language,
        recorded_at: crate::clock::now_local_rfc3339(),
    });
    keep(session, &items).await?;
    Ok(tracking)
}

/// Forget what the server filed or refused for good (read again first: the enumerator may
/// have recorded more while the batch was away). Answers how many were refused.
pub async fn settle(
    session: &Session,
    filed: &[String],
    refused: &[String],
) -> Result<usize, AppError> {
    if filed.is_empty() && refused.is_empty() {
        return Ok(0);
    }
    let mut items = read(session)?;
    let before = items.len();
    items.retain(|f| !filed.contains(&f.id) && !refused.contains(&f.id));
    if items.len() != before {
        keep(session, &items).await?;
    }
    Ok(refused.len())
}

/// The categories kept from the last time the phone was online.
pub fn categories() -> Vec<Category> {
    store::get_plain(CATEGORIES)
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_default()
}

/// Ask the server for the project's categories in `lang` and keep them (online only; a
/// failure keeps the ones kept before).
pub async fn refresh_categories(project: &str, lang: &str) {
    if let Ok(found) = crate::api::feedback::categories(project, lang).await
        && let Ok(text) = serde_json::to_string(&found)
    {
        store::set_plain(CATEGORIES, &text);
    }
}
