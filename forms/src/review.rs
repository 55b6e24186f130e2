//! What a data steward sees of one submission in the review list. The server builds it,
//! the steward page shows it: one definition for both.

use serde::{Deserialize, Serialize};

/// What the server made of an uploaded form (the admin's page shows it): one
/// definition for both sides.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ImportedForm {
    pub form_id: String,
    pub version: String,
    pub title: String,
    pub questions: usize,
    /// What the author should know but need not fix (kept, not applied).
    pub warnings: Vec<String>,
}

/// One line of the steward's list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SubmissionSummary {
    pub id: String,
    pub form_id: String,
    pub form_version: String,
    /// RFC 3339, server clock.
    pub received_at: String,
    pub receipt: String,
    pub refused: bool,
    pub purposes: Vec<String>,
    /// `received`, `has_issues`, `edited`, `approved` or `rejected`.
    pub review_state: String,
    pub enumerator: String,
    pub answers: serde_json::Value,
    /// Comprehension points the respondent first answered wrongly and had explained
    /// again before consenting (a reviewer of consent quality wants to see them): in the
    /// review list, each point's question in the form's default language.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub explained_again: Vec<String>,
    /// The record's name by the form's `instance_name`, worked out from the answers as the
    /// caller may see them (a reviewer whose view hides names sees the pseudonyms).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}
