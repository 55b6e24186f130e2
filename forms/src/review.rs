//! What a data steward sees of one submission in the review list. The server builds it,
//! the steward page shows it: one definition for both.

use serde::{Deserialize, Serialize};

/// What the server made of an uploaded form (the admin's page shows it): one
/// definition for both sides.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ImportedForm {
    pub form_id: String,
    pub version: String,
    pub title: String,
    pub questions: usize,
    /// What the author should know but need not fix (kept, not applied).
    pub warnings: Vec<String>,
    /// `draft` (phones get it once it is published) or `published`.
    #[serde(default = "published")]
    pub state: crate::wire::VersionState,
    /// Questions the project's policy does not classify yet: no export lets them out.
    #[serde(default)]
    pub unclassified: Vec<String>,
}

fn published() -> crate::wire::VersionState {
    crate::wire::VersionState::Published
}

/// An uploaded form that reads files not attached yet: kept, and published by itself once
/// the last of them is uploaded (phones never get a form that cannot run).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FormWaiting {
    /// The uploaded file's name (one waiting form per file name: uploading it again
    /// replaces it).
    pub file_name: String,
    /// The files it reads that are not attached yet, by name.
    pub missing: Vec<String>,
    /// RFC 3339, server clock.
    pub uploaded_at: String,
    pub uploaded_by: String,
    /// The draft it was kept as, when the workbook could be read without the files (its
    /// id and version; empty when it cannot be read before they come).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub form_id: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub version: String,
}

/// A waiting form that, now its files are there, could still not be imported: why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FormRefused {
    pub file_name: String,
    pub message: String,
}

/// What uploading a file did: where phones fetch it, and the waiting forms it completed,
/// those still waiting, and those it completed that are still refused.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MediaStored {
    pub name: String,
    /// `/media/<sha256>`.
    pub url: String,
    pub bytes: usize,
    #[serde(default)]
    pub published: Vec<ImportedForm>,
    /// Drafts it completed: ready to publish.
    #[serde(default)]
    pub drafts: Vec<ImportedForm>,
    #[serde(default)]
    pub waiting: Vec<FormWaiting>,
    #[serde(default)]
    pub refused: Vec<FormRefused>,
}

/// One line of the steward's list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SubmissionSummary {
    pub id: String,
    pub form_id: String,
    pub form_version: String,
    /// RFC 3339, server clock.
    pub received_at: String,
    /// RFC 3339, the phone's clock with its offset: when the enumerator saved the record
    /// (what the phone named it by, and what a steward asks "when was this done").
    #[serde(default)]
    pub saved_at: String,
    pub receipt: String,
    pub refused: bool,
    pub purposes: Vec<String>,
    /// `received`, `has_issues`, `edited`, `approved` or `rejected`.
    pub review_state: String,
    pub enumerator: String,
    /// The answers as the caller's view shows them (files by name).
    #[cfg_attr(feature = "openapi", schema(value_type = Object))]
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
    /// The record's area (the policy's `[dashboard] area` question), as the form shows it
    /// in the language asked for, when the caller's view keeps that question.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub area: Option<String>,
    /// The accepted purposes' labels (same order as `purposes`), in the language asked for.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub purpose_labels: Vec<String>,
}
