//! Feedback and complaints (issue 23): what a person sends, with or without an account,
//! what they read back with their tracking code, and what staff see and do with a case.
//! One definition for the server, the community page and API clients.
//!
//! A tracking code is written like a receipt code (the same alphabet and check
//! character, [`crate::receipt::ReceiptCode`]), so a typo is caught before anything is
//! asked of the server; it is a different code from any receipt.

use serde::{Deserialize, Serialize};
#[cfg(feature = "openapi")]
use utoipa::ToSchema;

/// The longest message kept (characters): a page of text, not a file.
pub const MAX_MESSAGE_CHARS: usize = 4000;
/// The longest contact kept (characters): a phone number, an address or a name.
pub const MAX_CONTACT_CHARS: usize = 200;
/// The longest voice message recorded (seconds): two minutes say what a page of text does.
pub const MAX_VOICE_SECONDS: u32 = 120;
/// The largest voice message kept (bytes): two minutes of speech at 64 kbit/s, with room.
pub const MAX_VOICE_BYTES: usize = 1_500_000;
/// The recordings a voice message may be (the browser's MediaRecorder gives one of them).
pub const VOICE_TYPES: &[&str] = &[
    "audio/webm",
    "audio/ogg",
    "audio/mp4",
    "audio/mpeg",
    "audio/aac",
    "audio/wav",
];

/// A voice message's media type, without parameters (`audio/webm;codecs=opus` is
/// `audio/webm`), if it is one of [`VOICE_TYPES`].
pub fn voice_type(content_type: &str) -> Option<&'static str> {
    let essence = content_type.split(';').next()?.trim().to_ascii_lowercase();
    VOICE_TYPES.iter().copied().find(|t| *t == essence)
}

/// `POST /community/feedback`: feedback, a question or a complaint. Anonymous unless a
/// contact is given (only wanted to send an answer).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct NewFeedback {
    pub project: String,
    /// One of the project's categories (`GET /community/feedback/categories`).
    pub category: String,
    pub message: String,
    /// How to reach the person for an answer, if they want one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<String>,
    /// The language the person wrote in and wants the answer in.
    #[serde(default)]
    pub language: String,
    /// A voice message follows (`PUT /community/feedback/voice`): the text may be empty.
    #[serde(default)]
    pub voice: bool,
}

/// Feedback an enumerator recorded on the phone, offline, for someone who gave it to
/// them: sealed in the vault like a record and sent with the next batch. The phone
/// makes the tracking code, so the person leaves with it at once; `id` makes sending it
/// twice harmless.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct FieldFeedback {
    /// A UUID made on the phone.
    pub id: String,
    /// A receipt-code-shaped code made on the phone.
    pub tracking: String,
    pub category: String,
    pub message: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<String>,
    /// The language the person spoke and wants the answer in.
    pub language: String,
    /// When it was recorded (RFC 3339, the phone's clock).
    pub recorded_at: String,
}

/// The answer to new feedback: the code to follow it with.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct FeedbackFiled {
    pub tracking: String,
    /// The project promises an acknowledgement within this many days.
    pub acknowledge_days: u32,
}

/// A project that takes feedback, for the community page to offer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct FeedbackProject {
    pub id: String,
    pub name: String,
}

/// A category as the community page shows it, in the asked language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Category {
    pub id: String,
    pub label: String,
    /// One of the page's pictures: `question`, `suggestion`, `thanks`, `problem`,
    /// `safety`, `fraud`.
    pub icon: String,
    /// Handled only by the project's named focal points.
    pub sensitive: bool,
}

/// `POST /community/feedback/status`: what the person with the code may read.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct TrackingRequest {
    pub tracking: String,
    #[serde(default)]
    pub lang: Option<String>,
}

/// Where a case stands, as the person who sent it reads it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct FeedbackStatus {
    pub tracking: String,
    /// The category's label, in the asked language.
    pub category: String,
    pub status: CaseStatus,
    pub filed_at: String,
    pub acknowledged_at: Option<String>,
    /// The project's answer, once given.
    pub answer: Option<String>,
    pub answered_at: Option<String>,
    pub closed_at: Option<String>,
}

/// A case's state. `received` → `acknowledged` → `answered` → `closed`; `referred` when
/// another organisation handles it (the answer says which).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum CaseStatus {
    Received,
    Acknowledged,
    Answered,
    Referred,
    Closed,
}

impl CaseStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            CaseStatus::Received => "received",
            CaseStatus::Acknowledged => "acknowledged",
            CaseStatus::Answered => "answered",
            CaseStatus::Referred => "referred",
            CaseStatus::Closed => "closed",
        }
    }

    /// The words people read for this state (the community page's message, which the
    /// steward's cases card shows too, so a person and staff name a state alike).
    pub fn message_id(self) -> &'static str {
        match self {
            CaseStatus::Received => "community-feedback-status-received",
            CaseStatus::Acknowledged => "community-feedback-status-acknowledged",
            CaseStatus::Answered => "community-feedback-status-answered",
            CaseStatus::Referred => "community-feedback-status-referred",
            CaseStatus::Closed => "community-feedback-status-closed",
        }
    }

    pub fn parse(s: &str) -> Option<CaseStatus> {
        [
            CaseStatus::Received,
            CaseStatus::Acknowledged,
            CaseStatus::Answered,
            CaseStatus::Referred,
            CaseStatus::Closed,
        ]
        .into_iter()
        .find(|c| c.as_str() == s)
    }
}

/// A case as the staff who may handle it see it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Case {
    pub id: String,
    pub tracking: String,
    pub category: String,
    /// The category's label in the asked language.
    pub category_label: String,
    pub sensitive: bool,
    pub message: String,
    pub contact: Option<String>,
    pub language: String,
    /// `web` (the community page) or `phone` (recorded by an enumerator).
    pub channel: String,
    pub status: CaseStatus,
    pub assigned_to: Option<String>,
    pub filed_at: String,
    pub acknowledged_at: Option<String>,
    pub answer: Option<String>,
    pub answered_at: Option<String>,
    pub resolution: Option<String>,
    pub closed_at: Option<String>,
    /// When an enumerator recorded it on the phone (the phone's clock, RFC 3339): the
    /// time limits run from `filed_at`, when the project received it.
    #[serde(default)]
    pub recorded_at: Option<String>,
    /// A voice message came with it (`GET /feedback/{id}/voice` plays it).
    #[serde(default)]
    pub voice: bool,
    /// Past the policy's time to acknowledge (or to answer) and not done.
    pub overdue: bool,
}

/// `POST /feedback/{id}/act`: one step on a case.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(tag = "action", rename_all = "snake_case")]
pub enum CaseAction {
    /// Take the case (or give it to another handler by account name).
    Assign { to: String },
    /// Tell the person it was received and is being looked at.
    Acknowledge,
    /// The answer the person reads with their code.
    Answer { text: String },
    /// Another organisation handles it; the text tells the person who and how.
    Refer { text: String },
    /// Closed with how it was resolved (kept for staff; not shown to the person).
    Close { resolution: String },
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_voice_type_is_read_without_its_parameters_and_only_audio_passes() {
        assert_eq!(voice_type("audio/webm;codecs=opus"), Some("audio/webm"));
        assert_eq!(voice_type(" Audio/OGG "), Some("audio/ogg"));
        assert_eq!(voice_type("video/webm"), None);
        assert_eq!(voice_type("text/html"), None);
        assert_eq!(voice_type(""), None);
    }
}
