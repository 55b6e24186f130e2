//! What a device sends when it syncs, and what the server answers for each record.
//!
//! Records carry ids made on the device (UUIDv7: time-ordered, so the server's index stays
//! append-friendly). The server answers per record, so a batch is never all-or-nothing for
//! the enumerator: one bad record does not hold back the others.
//!
//! A batch also carries the receipt codes of withdrawals recorded in the field (with the
//! respondent's digits when given), and the acknowledgement says which were carried out or
//! refused.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::consent::Consent;
use crate::model::Answers;
use crate::validate::FieldError;

/// The most records one batch may carry; the client splits larger queues.
pub const MAX_BATCH_RECORDS: usize = 200;

/// The most bytes of records a phone puts in one batch (records with pictures and
/// recordings are megabytes each): a quarter of what the server takes in one request
/// (16 MiB), so that ten interviews with a recording each never make a batch the server
/// refuses. A record larger than this goes alone.
pub const MAX_BATCH_BYTES: usize = 4 * 1024 * 1024;

/// Why a phone keeps a record back when the server refuses it for its size alone (HTTP
/// 413): a message id, as the server's reasons are.
pub const REASON_TOO_LARGE: &str = "err-record-too-large";

/// One interview: the consent conversation and, if consent was given, the answers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Submission {
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = "uuid"))]
    pub id: Uuid,
    pub form_id: String,
    pub form_version: String,
    /// RFC 3339 times on the device clock.
    pub started_at: String,
    pub saved_at: String,
    pub consent: Consent,
    /// Empty when consent was refused.
    #[serde(default)]
    pub answers: Answers,
}

/// A request to store records, and the withdrawals recorded in the field since the last.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Batch {
    pub records: Vec<Submission>,
    /// Receipt codes of respondents met in the field who withdrew all their consent,
    /// recorded offline by the enumerator. (Withdrawing some purposes only is done on the
    /// community review page.)
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub withdrawals: Vec<crate::receipt::ReceiptCode>,
    /// The second factor (the four digits chosen at consent) a respondent gave with their
    /// withdrawal, by receipt code (canonical). A record that has one is withdrawn in the
    /// field only with the right digits, unless this phone's enumerator took that
    /// consent: a receipt slip alone, in someone else's hands, withdraws nothing.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub withdrawal_access: std::collections::BTreeMap<String, String>,
    /// Feedback and complaints recorded by the enumerator since the last sync.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub feedback: Vec<crate::feedback::FieldFeedback>,
}

/// What happened to one record of a batch.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Outcome {
    /// Stored now.
    Accepted,
    /// Stored by an earlier delivery; nothing was stored again.
    Duplicate,
    /// Stored by an earlier delivery and since corrected by a steward on the server: the
    /// copy sent again did not overwrite the correction. The device may stop sending it.
    EditedOnServer,
    /// Not stored; the errors say why (answer problems, or consent problems by code).
    Rejected {
        #[serde(default)]
        errors: Vec<FieldError>,
        #[serde(default)]
        consent: Vec<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        reason: Option<String>,
    },
}

impl Outcome {
    /// Whether the device may stop sending this record.
    pub fn is_settled(&self) -> bool {
        matches!(
            self,
            Outcome::Accepted | Outcome::Duplicate | Outcome::EditedOnServer
        )
    }
}

/// The server's answer about one record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RecordAck {
    #[cfg_attr(feature = "openapi", schema(value_type = String, format = "uuid"))]
    pub id: Uuid,
    pub outcome: Outcome,
}

/// The server's answer to a batch, one entry per record, in the batch's order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BatchAck {
    pub results: Vec<RecordAck>,
    /// The batch's withdrawals carried out (now or before). One missing is one the
    /// server holds no record for yet (it may still be on another phone): the device
    /// sends it again at its next sync.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub withdrawn: Vec<crate::receipt::ReceiptCode>,
    /// The batch's withdrawals refused for good: the record has a second factor and the
    /// digits sent with the withdrawal were missing or wrong (or the code was locked by
    /// guessing). The device stops sending them and tells the enumerator why.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub refused_withdrawals: Vec<crate::receipt::ReceiptCode>,
    /// The batch's feedback stored (now or by an earlier delivery), by id: the phone
    /// forgets them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub feedback_filed: Vec<String>,
    /// The batch's feedback refused for good (a category the project no longer has, an
    /// empty or too long text), by id: the phone forgets them and tells the enumerator.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub feedback_refused: Vec<String>,
}

/// A new record id: UUIDv7 from the device clock (milliseconds) and 10 random bytes.
pub fn new_record_id(unix_millis: u64) -> Result<Uuid, crate::Error> {
    let mut random = [0u8; 10];
    getrandom::fill(&mut random).map_err(|_| crate::Error::Random)?;
    Ok(uuid::Builder::from_unix_timestamp_millis(unix_millis, &random).into_uuid())
}

/// Whether a record the server acknowledged has stayed on the phone long enough: saved
/// more than `keep_days` calendar days before `today` (both the phone's local dates). A
/// date that does not read is never past retention: when in doubt, keep.
pub fn past_retention(saved_at: &str, today: &str, keep_days: u32) -> bool {
    let day = |s: &str| s.get(..10).and_then(crate::dates::to_days);
    match (day(saved_at), day(today)) {
        (Some(saved), Some(today)) => today - saved > f64::from(keep_days),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn record_ids_are_version_7_and_time_ordered() {
        let a = new_record_id(1_700_000_000_000).unwrap();
        let b = new_record_id(1_700_000_000_001).unwrap();
        assert_eq!(a.get_version_num(), 7);
        assert!(a < b);
    }

    #[test]
    fn outcomes_serialise_with_a_tag() {
        let ack = RecordAck {
            id: Uuid::nil(),
            outcome: Outcome::Duplicate,
        };
        let json = serde_json::to_string(&ack).unwrap();
        assert_eq!(
            json,
            r#"{"id":"00000000-0000-0000-0000-000000000000","outcome":"duplicate"}"#
        );
        assert_eq!(serde_json::from_str::<RecordAck>(&json).unwrap(), ack);
    }

    #[test]
    fn synced_records_leave_the_phone_after_the_project_period() {
        assert!(!past_retention(
            "2026-10-26T09:00:00+03:00",
            "2026-11-25",
            30
        ));
        assert!(past_retention(
            "2026-10-25T23:59:00+03:00",
            "2026-11-25",
            30
        ));
        assert!(past_retention("2026-11-24T10:00:00Z", "2026-11-25", 0));
        assert!(!past_retention("2026-11-25T10:00:00Z", "2026-11-25", 0));
        assert!(
            !past_retention("garbled", "2026-11-25", 0),
            "when in doubt, keep"
        );
    }
}
