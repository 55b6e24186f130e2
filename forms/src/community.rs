//! What the community review page shows of one consent: the server builds it from the
//! record, its template and the export ledger; the page shows it. One definition for both.

use serde::{Deserialize, Serialize};
#[cfg(feature = "openapi")]
use utoipa::ToSchema;

/// One purpose as the respondent sees it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct PurposeStanding {
    pub id: String,
    pub label: String,
    pub explanation: String,
    /// Accepted at consent time.
    pub accepted: bool,
    /// Accepted and not withdrawn since.
    pub active: bool,
    /// When it was withdrawn, if it was.
    pub withdrawn_at: Option<String>,
    /// How long answers are kept for it, as the template tells respondents.
    #[serde(default)]
    pub retention_days: Option<u32>,
    /// Who may receive the answers for it, as the template tells respondents (empty:
    /// nobody outside the project).
    #[serde(default)]
    pub shared_with: String,
}

/// An export or share that included the record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Shared {
    pub at: String,
    pub recipient: String,
    pub profile: String,
}

/// Everything the review page shows: what was agreed, by whom, what is held (as
/// categories, never the answers) and where it went.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Standing {
    pub receipt: String,
    /// `active`, `refused` or `withdrawn` (or `deleted` after the retention period).
    pub status: String,
    pub recorded_at: Option<String>,
    /// The enumerator's account name.
    pub taken_by: Option<String>,
    pub controller: Option<String>,
    pub contact: Option<String>,
    /// `verbal`, `signature`, `mark`, `guardian` or `proxy`.
    pub method: Option<String>,
    /// Whether the consent text was played from the project's recording (audio-first):
    /// a respondent who does not read sees how the terms reached them.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub played_audio: bool,
    pub purposes: Vec<PurposeStanding>,
    /// The form's sections the record holds answers in, in the asked language.
    pub categories: Vec<String>,
    /// Sensitive categories the template declares.
    pub sensitive: Vec<String>,
    pub shared: Vec<Shared>,
    /// When the record was deleted (withdrawn or past retention).
    pub ended_at: Option<String>,
}
