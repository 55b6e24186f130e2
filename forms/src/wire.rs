//! The bodies that cross the wire between the server and its clients (the phone, the
//! steward page, the community page, API clients), defined once: the server answers with
//! these types and the client reads them with the same ones. (A partial second copy of a
//! shape on one side is how a consent method once broke every export.)
//!
//! With the `openapi` feature (the server's, never the phone's) each type also describes
//! itself for the OpenAPI document, so the document cannot drift from what is sent.
//!
//! Records, batches and their acknowledgements are in [`crate::batch`], consent in
//! [`crate::consent`], the review list's line in [`crate::review`], the community page's
//! standing in [`crate::community`].

use serde::{Deserialize, Serialize};

#[cfg(feature = "openapi")]
use utoipa::ToSchema;

/// `POST /auth/login`: a steward's, reviewer's, partner's or admin's sign-in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct SignIn {
    pub username: String,
    pub password: String,
}

/// Who is signed in (`POST /auth/login`, `GET /auth/me`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Me {
    pub username: String,
    /// `admin`, `steward`, `reviewer`, `partner` (enumerators work through a phone).
    pub role: String,
    pub project_id: String,
}

/// `POST /devices/enroll`: an enumerator enrols this phone.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Enrollment {
    pub username: String,
    pub password: String,
    /// What the enumerator calls this phone (at most 80 characters are kept).
    #[serde(default)]
    pub label: String,
}

/// A record a reviewer sent back to its enumerator, with what to check. Receipt codes and
/// comments only: the phone already holds the answers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct SentBack {
    pub id: String,
    pub receipt: String,
    pub saved_at: String,
    /// When it was sent back (RFC 3339).
    pub at: String,
    pub comment: String,
}

/// What a phone needs to work offline: the project's current form and consent template.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Bundle {
    #[cfg_attr(feature = "openapi", schema(value_type = Object))]
    pub form: crate::model::Form,
    #[cfg_attr(feature = "openapi", schema(value_type = Object))]
    pub consent: crate::consent::ConsentTemplate,
    /// Days the phone keeps records after the server acknowledged them.
    #[serde(default = "default_keep_days")]
    pub keep_synced_days: u32,
    /// The enumerator's records a reviewer sent back.
    #[serde(default)]
    pub issues: Vec<SentBack>,
}

/// Days a phone keeps acknowledged records when the server does not say.
pub fn default_keep_days() -> u32 {
    30
}

/// The answer to an enrolment: the device's id and token (shown once; the phone keeps it
    /// The project's other published forms, the newest published version of each (a
    /// key-informant interview beside the household survey); `form` is the one published
    /// last. Phones offer each; drafts never come here.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "openapi", schema(value_type = Vec<Object>))]
    pub other_forms: Vec<crate::model::Form>,
}

impl Bundle {
    /// Every form the phone may fill: `form` first, then the others.
    pub fn all_forms(&self) -> impl Iterator<Item = &crate::model::Form> {
        std::iter::once(&self.form).chain(&self.other_forms)
    }
/// inside its vault) and the bundle.
///
/// Read through [`EnrolledFields`], field by field: serde's `flatten` on the reading side
/// buffers the body in a generic tree first, which cost the phone's first download
/// 23 KB gzip (BENCHMARKS.md). Written with `flatten`, which costs nothing of the kind.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(from = "EnrolledFields")]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Enrolled {
    pub device_id: String,
    pub token: String,
    pub username: String,
    pub project_id: String,
    #[serde(flatten)]
    pub bundle: Bundle,
}

/// The same body as [`Enrolled`], every field at the top: what reading it takes.
#[derive(Deserialize)]
struct EnrolledFields {
    device_id: String,
    token: String,
    username: String,
    project_id: String,
    form: crate::model::Form,
    consent: crate::consent::ConsentTemplate,
    #[serde(default = "default_keep_days")]
    keep_synced_days: u32,
    #[serde(default)]
    issues: Vec<SentBack>,
}

impl From<EnrolledFields> for Enrolled {
    fn from(f: EnrolledFields) -> Enrolled {
        Enrolled {
            device_id: f.device_id,
            token: f.token,
            username: f.username,
    #[serde(default)]
    other_forms: Vec<crate::model::Form>,
            project_id: f.project_id,
            bundle: Bundle {
                form: f.form,
                consent: f.consent,
                keep_synced_days: f.keep_synced_days,
                issues: f.issues,
            },
        }
    }
}

/// `DELETE /devices/{id}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
                other_forms: f.other_forms,
pub struct DeviceRevoked {
    pub revoked: String,
}

/// Where a record stands in review.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum ReviewState {
    Received,
    /// Sent back to the enumerator with a comment.
    HasIssues,
    /// Corrected by a steward.
    Edited,
    Approved,
    Rejected,
}

impl ReviewState {
    /// The stored and sent name (`has_issues` …).
    pub fn as_str(self) -> &'static str {
        match self {
            ReviewState::Received => "received",
            ReviewState::HasIssues => "has_issues",
            ReviewState::Edited => "edited",
            ReviewState::Approved => "approved",
            ReviewState::Rejected => "rejected",
        }
    }

    /// The state of a stored name; `None` for a name no version of Sauti wrote.
    pub fn parse(name: &str) -> Option<ReviewState> {
        [
            ReviewState::Received,
            ReviewState::HasIssues,
            ReviewState::Edited,
            ReviewState::Approved,
            ReviewState::Rejected,
        ]
        .into_iter()
        .find(|s| s.as_str() == name)
    }
}

impl std::fmt::Display for ReviewState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What a reviewer decides about a record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Decision {
    Approve,
    Reject,
    /// Back to the enumerator: something needs checking (the comment says what).
    HasIssues,
}

impl Decision {
    /// The state a decision puts a record in.
    pub fn state(self) -> ReviewState {
        match self {
            Decision::Approve => ReviewState::Approved,
            Decision::Reject => ReviewState::Rejected,
            Decision::HasIssues => ReviewState::HasIssues,
        }
    }
}

/// `POST /submissions/{id}/review`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Review {
    pub decision: Decision,
    /// Needed when sending back; at most 2,000 characters.
    #[serde(default)]
    pub comment: String,
}

/// The answer to a review.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Reviewed {
    pub id: String,
    pub review_state: ReviewState,
}

/// `POST /submissions/review`: one decision for many records (at most 5,000).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct BulkReview {
    pub ids: Vec<String>,
    pub decision: Decision,
    #[serde(default)]
    pub comment: String,
}

/// The answer to a bulk review.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct BulkReviewed {
    pub review_state: ReviewState,
    /// Records whose state changed.
    pub changed: u64,
}

/// One step of a record's review history.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct ReviewComment {
    pub at: String,
    pub by: String,
    pub review_state: ReviewState,
    pub comment: String,
}

/// `PUT /submissions/{id}/answers`: a steward's correction, and why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Edit {
    #[cfg_attr(feature = "openapi", schema(value_type = Object))]
    pub answers: crate::model::Answers,
    #[serde(default)]
    pub comment: String,
}

/// The corrected answers, as the caller's view shows them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Edited {
    pub id: String,
    #[cfg_attr(feature = "openapi", schema(value_type = Object))]
    pub answers: crate::model::Answers,
}

/// One earlier version of a record's answers, as the caller's view shows them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct EditRecord {
    pub edited_at: String,
    pub edited_by: String,
    pub comment: String,
    #[cfg_attr(feature = "openapi", schema(value_type = Object))]
    pub previous_answers: crate::model::Answers,
}

/// One export that included a record (from the export ledger).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct ExportOfRecord {
    pub export_id: i64,
    pub profile: String,
    pub recipient: String,
    pub at: String,
}

/// An export profile as the caller may download it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct ProfileInfo {
    pub name: String,
    pub description: String,
    pub purpose: String,
    pub k: u32,
    pub hxl: bool,
    /// `csv`, `json`, `xlsx`.
    pub formats: Vec<String>,
}

/// `GET /exports`: the profiles the caller may download and the form's repeat tables.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct ExportProfiles {
    pub policy_version: i64,
    pub profiles: Vec<ProfileInfo>,
    pub tables: Vec<String>,
}

/// `GET /policy`: the policy in force.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct PolicyInForce {
    /// 0: the built-in default.
    pub version: i64,
    pub source: String,
    pub sha256: String,
    /// The current form's questions nothing classifies: no export lets them out.
    pub unclassified: Vec<String>,
}

/// `PUT /policy`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct PolicyInstalled {
    pub version: i64,
    /// False when the text was the version already in force.
    pub changed: bool,
}

/// One stored version of the policy.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct PolicyVersion {
    pub version: i64,
    pub sha256: String,
    pub created_at: String,
    pub created_by: String,
}

/// An account as an admin lists it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Account {
    pub username: String,
    pub role: String,
    pub created_at: String,
    /// Disabled accounts cannot sign in and their phones do not sync.
    #[serde(default)]
    pub disabled: bool,
}

/// `PUT /auth/password`: change one's own password.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct PasswordChange {
    pub current: String,
    /// At least 12 characters, not holding the username (a few words make a good one).
    #[cfg_attr(feature = "openapi", schema(min_length = 12))]
    pub new: String,
}

/// `POST /users`: a new account.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct NewAccount {
    /// 3 to 40 characters: lower-case letters, digits, `.`, `_` or `-`.
    #[cfg_attr(feature = "openapi", schema(pattern = "^[a-z0-9._-]{3,40}$"))]
    pub username: String,
    /// `admin`, `steward`, `reviewer`, `enumerator` or `partner`.
    #[cfg_attr(
        feature = "openapi",
        schema(pattern = "^(admin|steward|reviewer|enumerator|partner)$")
    )]
    pub role: String,
}

/// A new account with its generated password, shown this once.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct CreatedAccount {
    pub username: String,
    pub role: String,
    pub password: String,
}

/// What the community page sends: the receipt code and the four digits.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Credentials {
    /// The receipt code, as printed or typed (case, dashes and look-alikes forgiven).
    pub receipt: String,
    /// The four digits chosen at consent time (any script's digits).
    pub access: String,
    /// The language to answer in; the consent's own language when absent.
    #[serde(default)]
    pub lang: Option<String>,
}

/// `POST /community/withdraw`: some purposes, or everything.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Withdrawal {
    #[serde(flatten)]
    pub credentials: Credentials,
    /// Purposes to withdraw (ids); ignored when `everything`.
    #[serde(default)]
    pub purposes: Vec<String>,
    /// Withdraw every purpose: the answers are deleted now.
    #[serde(default)]
    pub everything: bool,
}

/// Every error the API answers with: a stable code the client shows in the user's
/// language, and a message in English for logs and API users.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct ErrorBody {
    /// A message id of `locales/*.ftl` (`err-…`).
    pub error: String,
    pub message: String,
    /// Per-field problems of answers (`err-invalid-answers`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<Vec<Object>>))]
    pub errors: Option<Vec<crate::validate::FieldError>>,
    /// Every problem of a policy or template.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub problems: Option<Vec<String>>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn review_states_keep_their_stored_names() {
        for name in ["received", "has_issues", "edited", "approved", "rejected"] {
            let state = ReviewState::parse(name).expect(name);
            assert_eq!(state.as_str(), name);
            assert_eq!(serde_json::to_value(state).unwrap(), name);
        }
        assert_eq!(ReviewState::parse("deleted"), None);
    }

    /// Written with `flatten`, read field by field: the same body.
    #[test]
    fn an_enrolment_reads_back_as_written() {
        let enrolled = Enrolled {
            device_id: "d1".into(),
            token: "t".into(),
            username: "amina".into(),
            project_id: "demo".into(),
            bundle: Bundle {
                form: crate::demo::household_form(),
                consent: crate::demo::household_consent(),
                keep_synced_days: 7,
                issues: vec![],
            },
        };
        let text = serde_json::to_string(&enrolled).unwrap();
        let value: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(
            value["keep_synced_days"], 7,
            "the bundle's fields are at the top"
        );
        assert_eq!(serde_json::from_str::<Enrolled>(&text).unwrap(), enrolled);
        let mut older = value;
        older.as_object_mut().unwrap().remove("keep_synced_days");
        let read: Enrolled = serde_json::from_value(older).unwrap();
        assert_eq!(read.bundle.keep_synced_days, default_keep_days());
    }

    #[test]
    fn a_bundle_without_settings_reads_with_their_defaults() {
        let bundle = Bundle {
            form: crate::demo::household_form(),
            consent: crate::demo::household_consent(),
            keep_synced_days: 7,
            issues: vec![],
        };
        let mut json = serde_json::to_value(&bundle).unwrap();
        json.as_object_mut().unwrap().remove("keep_synced_days");
        json.as_object_mut().unwrap().remove("issues");
        let read: Bundle = serde_json::from_value(json).unwrap();
        assert_eq!(read.keep_synced_days, default_keep_days());
    }
}
mod catalog;
pub use catalog::*;

                other_forms: vec![],
            other_forms: vec![],
