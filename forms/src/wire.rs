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
    /// `admin`, `steward`, `reviewer`, `partner`, `translator` (enumerators work through a
    /// phone).
    pub role: String,
    pub project_id: String,
    /// Every project the account is a member of, with its role there (a session acts in
    /// one of them: `project_id`, switched with `POST /auth/project`).
    #[serde(default)]
    pub projects: Vec<Project>,
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
    /// The project to work in, for an enumerator of several; without it, the one they
    /// were most recently added to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project: Option<String>,
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
    /// The project's other published forms, the newest published version of each (a
    /// key-informant interview beside the household survey); `form` is the one published
    /// last. Phones offer each; drafts never come here.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "openapi", schema(value_type = Vec<Object>))]
    pub other_forms: Vec<crate::model::Form>,
    /// The digits the interface writes numbers in (see [`Project::native_digits`]).
    #[serde(default)]
    pub native_digits: Option<bool>,
}

impl Bundle {
    /// Every form the phone may fill: `form` first, then the others.
    pub fn all_forms(&self) -> impl Iterator<Item = &crate::model::Form> {
        std::iter::once(&self.form).chain(&self.other_forms)
    }
}

/// Days a phone keeps acknowledged records when the server does not say.
pub fn default_keep_days() -> u32 {
    30
}

/// The answer to an enrolment: the device's id and token (shown once; the phone keeps it
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
    /// The `ETag` that `GET /bundle` gives this same bundle: the phone keeps it and sends
    /// it as `If-None-Match`, so its first refresh downloads nothing (a 304) instead of
    /// the whole bundle again. Empty from a server that does not tag bundles.
    #[serde(default)]
    pub bundle_tag: String,
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
    #[serde(default)]
    other_forms: Vec<crate::model::Form>,
    #[serde(default)]
    native_digits: Option<bool>,
    #[serde(default)]
    bundle_tag: String,
}

impl From<EnrolledFields> for Enrolled {
    fn from(f: EnrolledFields) -> Enrolled {
        Enrolled {
            device_id: f.device_id,
            token: f.token,
            username: f.username,
            project_id: f.project_id,
            bundle: Bundle {
                form: f.form,
                consent: f.consent,
                keep_synced_days: f.keep_synced_days,
                issues: f.issues,
                other_forms: f.other_forms,
                native_digits: f.native_digits,
            },
            bundle_tag: f.bundle_tag,
        }
    }
}

/// `DELETE /devices/{id}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
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
    /// Back to review: undoes an approval, a rejection or a sending back. The record is
    /// `edited` again if a steward corrected it, else `received`; recorded and audited
    /// like any decision.
    Reopen,
}

impl Decision {
    /// The state a decision puts a record in.
    pub fn state(self) -> ReviewState {
        match self {
            Decision::Approve => ReviewState::Approved,
            Decision::Reject => ReviewState::Rejected,
            Decision::HasIssues => ReviewState::HasIssues,
            // `edited` instead when a steward corrected the record (the server says).
            Decision::Reopen => ReviewState::Received,
        }
    }

    /// The stored name of the decision (`approve`, `has_issues`, …), as audited.
    pub fn as_str(self) -> &'static str {
        match self {
            Decision::Approve => "approve",
            Decision::Reject => "reject",
            Decision::HasIssues => "has_issues",
            Decision::Reopen => "reopen",
        }
    }
}

impl ReviewState {
    /// Waiting for a reviewer: received, or corrected by a steward.
    pub fn to_review(self) -> bool {
        matches!(self, ReviewState::Received | ReviewState::Edited)
    }

    /// Every state, in the order a desk lists them.
    pub const ALL: [ReviewState; 5] = [
        ReviewState::Received,
        ReviewState::Edited,
        ReviewState::HasIssues,
        ReviewState::Approved,
        ReviewState::Rejected,
    ];

    /// What a reviewer may decide about a record in this state: a record waiting is
    /// approved, sent back or rejected; one decided can be reopened (undo).
    pub fn actions(self) -> Vec<Decision> {
        match self {
            ReviewState::Received | ReviewState::Edited => {
                vec![Decision::Approve, Decision::HasIssues, Decision::Reject]
            }
            ReviewState::HasIssues => vec![Decision::Approve, Decision::Reject, Decision::Reopen],
            ReviewState::Approved | ReviewState::Rejected => vec![Decision::Reopen],
        }
    }

    /// The states a record may be in for `decision` to apply (the inverse of
    /// [`ReviewState::actions`]): the server checks it when it applies the decision, so
    /// a bulk Approve never approves a record rejected meanwhile or listed under All.
    pub fn allowing(decision: Decision) -> Vec<ReviewState> {
        ReviewState::ALL
            .into_iter()
            .filter(|s| s.actions().contains(&decision))
            .collect()
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
    /// Their ids (what Undo reopens): a record not in a state the decision applies to
    /// (approved or rejected already, decided meanwhile by someone else) is left as it is.
    #[serde(default)]
    pub ids: Vec<String>,
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
    /// The record's `revision` as the steward read it (`GET /submissions/{id}`): any
    /// correction saved since (theirs in another tab too), or answers erased meanwhile (a
    /// withdrawal, the purge), make this one a 409 instead of silently putting back what
    /// changed. Absent: checked only against the answers of the moment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revision: Option<String>,
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
    /// The repeat tables of the form exported by default (the first of `forms`).
    pub tables: Vec<String>,
    /// Every published form of the project, the one published last first: an export is
    /// of one form (`?form=`), every published version of it.
    #[serde(default)]
    pub forms: Vec<ExportForm>,
}

/// A form a steward or partner may choose to export.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct ExportForm {
    pub id: String,
    /// In the form's default language.
    pub title: String,
    /// Its repeats' linked tables (of its newest version).
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
    /// `admin`, `steward`, `reviewer`, `enumerator`, `partner`, `monitor` or `translator`.
    #[cfg_attr(
        feature = "openapi",
        schema(pattern = "^(admin|steward|reviewer|enumerator|partner|monitor|translator)$")
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

// Projects, memberships and teams (issue 20): `POST/GET /projects`, `/projects/{id}/members`,
// `POST /auth/project`.

/// A project as its members see it, with the caller's role in it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Project {
    pub id: String,
    pub name: String,
    /// The caller's role in this project.
    pub role: String,
    /// An archived project takes no new records or phones; its data stays, exportable.
    #[serde(default)]
    pub archived: bool,
    #[serde(default)]
    pub created_at: String,
    /// The digits the interface writes numbers in (counts, pages, dates), chosen by the
    /// project's admin: `null` each language's usual digits (CLDR: Bengali, Dari and Pashto
    /// their own, Arabic Latin), `false` Latin digits in every language, `true` the script's
    /// own (Arabic-Indic for Arabic, Extended Arabic-Indic for Dari and Pashto, Bengali).
    /// Phones get it in their bundle (`forms::i18n::cldr::set_digits`).
    #[serde(default)]
    pub native_digits: Option<bool>,
}

/// `PUT /projects/{id}/digits`: the digits the project's interface writes numbers in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct ProjectDigits {
    /// `null`: each language's usual digits; `false`: Latin; `true`: the script's own.
    pub native_digits: Option<bool>,
}

/// `POST /projects`: a new project; its creator becomes its admin.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct NewProject {
    /// 3 to 40 characters: lower-case letters, digits or `-`.
    #[cfg_attr(feature = "openapi", schema(pattern = "^[a-z0-9-]{3,40}$"))]
    pub id: String,
    /// The name people see (1 to 120 characters).
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 120))]
    pub name: String,
}

/// `PUT /projects/{id}`: a new name.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct ProjectRename {
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 120))]
    pub name: String,
}

/// `POST /auth/project`: act in another of one's projects.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct SwitchProject {
    pub project_id: String,
}

/// `POST /projects/{id}/members`: an existing account joins the project, or a new one is
/// made (its generated password is in the answer, once).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct NewMember {
    /// 3 to 40 characters: lower-case letters, digits, `.`, `_` or `-`.
    #[cfg_attr(feature = "openapi", schema(pattern = "^[a-z0-9._-]{3,40}$"))]
    pub username: String,
    /// `admin`, `steward`, `reviewer`, `enumerator`, `partner`, `monitor` or `translator`.
    #[cfg_attr(
        feature = "openapi",
        schema(pattern = "^(admin|steward|reviewer|enumerator|partner|monitor|translator)$")
    )]
    pub role: String,
    /// True: the account exists already (404 if not); false: make it (409 if taken).
    #[serde(default)]
    pub existing: bool,
}

/// The answer to adding a member: a new account's password, shown this once.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct AddedMember {
    pub username: String,
    pub role: String,
    /// Only for a new account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
}

/// `PUT /projects/{id}/members/{username}`: another role in the project.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct RoleChange {
    #[cfg_attr(
        feature = "openapi",
        schema(pattern = "^(admin|steward|reviewer|enumerator|partner|monitor|translator)$")
    )]
    pub role: String,
}

/// `POST /users/{username}/sessions/end`: how many sessions ended.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct SessionsEnded {
    pub username: String,
    pub ended: u64,
}

/// Which forms the enumerators of a project fill (`GET /assignments`): an enumerator
/// with no assignment fills every published form, also forms published later; one with
/// assignments fills only those.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Assignments {
    /// The project's published forms, newest published first.
    pub forms: Vec<AssignableForm>,
    /// Every enumerator of the project, by username.
    pub enumerators: Vec<Assignment>,
}

/// A published form as the assignment card names it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct AssignableForm {
    pub form_id: String,
    /// In the form's default language.
    pub title: String,
}

/// The forms one enumerator fills.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Assignment {
    pub username: String,
    /// No assignment: every published form, also forms published later.
    pub every: bool,
    /// The published forms they fill now (all of them when `every`).
    pub forms: Vec<String>,
}

/// `PUT /assignments/{username}`: the published forms an enumerator fills from now on.
/// Every published form of the project means every form, also forms published later; none
/// is refused (remove them from the team instead). Records their phone already holds are
/// accepted whatever the assignment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct AssignForms {
    pub forms: Vec<String>,
}

/// A phone as an admin lists it (`GET /devices`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct DeviceInfo {
    pub id: String,
    /// Its enumerator.
    pub username: String,
    pub label: String,
    pub created_at: String,
    pub revoked_at: Option<String>,
    pub last_sync_at: Option<String>,
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

/// `GET /submissions`: one page of the review list, newest first, with how many records
/// each review state holds under the same filters (the state filter aside), so a desk can
/// show "To review (41)" beside "Approved (1,208)".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct SubmissionPage {
    pub items: Vec<crate::review::SubmissionSummary>,
    /// The cursor of the next page (`?after=`), absent on the last page. Opaque: a page
    /// starts strictly after the last record of the one before, so records arriving
    /// meanwhile never shift a page (no duplicates, no gaps).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<String>,
    /// Records per review state under every filter but the state filter.
    pub counts: StateCounts,
    /// Records matching every filter, the state filter included.
    pub total: u64,
}

/// `GET /submissions`'s query: filters, search and paging of the review list. Built by the
/// steward page with [`ReviewQuery::to_query`], read by the server: one definition.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
pub struct ReviewQuery {
    /// Review states, comma-separated (`received,edited`), or `to_review` (received or
    /// corrected: waiting for a reviewer). All states when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// One enumerator, by username.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enumerator: Option<String>,
    /// Received on or after this day (`YYYY-MM-DD`, server clock, UTC).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    /// Received on or before this day (`YYYY-MM-DD`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
    /// The area question's answer (see `GET /submissions/filters`), as stored.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub area: Option<String>,
    /// One form, by id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub form: Option<String>,
    /// One version of that form.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// Search: the start of a receipt code, part of the record's name (as the caller's
    /// view shows it), or part of the enumerator's username; any case.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub q: Option<String>,
    /// The `next` cursor of the page before.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub after: Option<String>,
    /// Records per page: 50 when absent, 1 to 200 (another number is refused).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", param(minimum = 1, maximum = 200))]
    pub limit: Option<u32>,
    /// The language of area and purpose labels (the form's default when absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
}

impl ReviewQuery {
    /// The query string (without `?`), each value percent-encoded.
    pub fn to_query(&self) -> String {
        fn encode(v: &str) -> String {
            let mut out = String::new();
            for b in v.bytes() {
                match b {
                    b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                        out.push(b as char)
                    }
                    _ => out.push_str(&format!("%{b:02X}")),
                }
            }
            out
        }
        let limit = self.limit.map(|l| l.to_string());
        [
            ("state", self.state.as_deref()),
            ("enumerator", self.enumerator.as_deref()),
            ("from", self.from.as_deref()),
            ("to", self.to.as_deref()),
            ("area", self.area.as_deref()),
            ("form", self.form.as_deref()),
            ("version", self.version.as_deref()),
            ("q", self.q.as_deref()),
            ("after", self.after.as_deref()),
            ("limit", limit.as_deref()),
            ("lang", self.lang.as_deref()),
        ]
        .into_iter()
        .filter_map(|(k, v)| {
            v.filter(|v| !v.is_empty())
                .map(|v| format!("{k}={}", encode(v)))
        })
        .collect::<Vec<_>>()
        .join("&")
    }
}

/// How many records are in each review state.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct StateCounts {
    pub received: u64,
    pub has_issues: u64,
    pub edited: u64,
    pub approved: u64,
    pub rejected: u64,
}

impl StateCounts {
    pub fn get(&self, state: ReviewState) -> u64 {
        match state {
            ReviewState::Received => self.received,
            ReviewState::HasIssues => self.has_issues,
            ReviewState::Edited => self.edited,
            ReviewState::Approved => self.approved,
            ReviewState::Rejected => self.rejected,
        }
    }

    pub fn add(&mut self, state: ReviewState, n: u64) {
        let slot = match state {
            ReviewState::Received => &mut self.received,
            ReviewState::HasIssues => &mut self.has_issues,
            ReviewState::Edited => &mut self.edited,
            ReviewState::Approved => &mut self.approved,
            ReviewState::Rejected => &mut self.rejected,
        };
        *slot += n;
    }

    /// Records waiting for a reviewer: received, or corrected by a steward.
    pub fn to_review(&self) -> u64 {
        self.received + self.edited
    }

    pub fn all(&self) -> u64 {
        self.received + self.has_issues + self.edited + self.approved + self.rejected
    }
}

/// `GET /submissions/filters`: what the review list can be filtered by in this project.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct ReviewFilters {
    /// Enumerators who sent records, by username.
    pub enumerators: Vec<String>,
    /// Every form version records were given in, newest first.
    pub forms: Vec<FormVersionName>,
    /// The question that names a record's area (the policy's `[dashboard] area`), its
    /// label and its areas, when the project has one and the caller's view shows it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub area: Option<AreaFilter>,
}

/// A form version records were given in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct FormVersionName {
    pub form_id: String,
    pub version: String,
    /// In the language asked for.
    pub title: String,
}

/// The area question and its areas (`value` as stored, `label` as the form shows it).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct AreaFilter {
    pub question: String,
    pub label: String,
    pub areas: Vec<NamedValue>,
}

/// A stored value and what a person reads for it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct NamedValue {
    pub value: String,
    pub label: String,
}

/// What one line of a record view is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum RowKind {
    /// A group's heading; its questions follow, one level deeper.
    Group,
    /// One instance of a repeat (`index` says which); its answers follow, one level deeper.
    Instance,
    /// A question and its answer.
    Answer,
}

/// One line of a record as the form shows it (`forms::record::rows`), in the form's order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct AnswerRow {
    pub kind: RowKind,
    /// The question's (group's, repeat's) name.
    pub name: String,
    /// Where the answer is: `member_age`, `members[2]/member_age` (1-based), as validation
    /// errors and attachment names spell it.
    pub path: String,
    /// How many groups and repeat instances it sits in.
    pub depth: u32,
    /// In the language asked for (the question's name when it has no label); answers
    /// written into the label (`${name}`) are filled in.
    pub label: String,
    /// The answer as a person reads it: a choice's label, not its name; several choices
    /// joined with ", "; a file's name. Empty for headings.
    #[serde(default)]
    pub value: String,
    /// For a repeat instance: its number, from 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub index: Option<u32>,
    /// A photo, recording, video or file: its name (`GET /submissions/{id}/attachments/{file}`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    /// `image`, `audio`, `video` or `file`, for a file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub media: Option<String>,
    /// The value is a pseudonym: the caller's view hides the real one.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub pseudonym: bool,
    /// How a steward may correct it in the desk (`forms::record::mark_editable`); absent
    /// for anyone else and for answers the desk does not correct.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub edit: Option<EditInput>,
}

/// How one answer is corrected in the desk: the input it takes and the value as stored (a
/// choice's name, a date as `YYYY-MM-DD`). Only answers a person typed or chose: not
/// files, calculations, read-only or metadata fields, pseudonyms, rankings or places, nor
/// a choice narrowed by a filter, an answer a filter reads, or a list over 300 choices.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct EditInput {
    pub input: EditKind,
    pub raw: String,
    /// For a choice or choices: every choice of its list, as stored and as the form shows it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub choices: Vec<NamedValue>,
    /// The form's own message when the answer breaks its constraint, in the language
    /// asked for (empty: the interface's own message).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub constraint_message: String,
}

/// The input a correction takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum EditKind {
    Text,
    Integer,
    Decimal,
    Date,
    Choice,
    /// Several choices of a list (the stored value: their names, space-separated, in the
    /// list's order).
    Choices,
}

/// One answer a correction changed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct Change {
    pub path: String,
    pub label: String,
    /// Empty when there was no answer.
    pub before: String,
    /// Empty when the answer was removed.
    pub after: String,
}

/// One correction of a record: who, when, why, and what it changed (as the caller's view
/// shows the answers).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct EditShown {
    pub edited_at: String,
    pub edited_by: String,
    pub comment: String,
    pub changes: Vec<Change>,
}

/// One purpose of the consent template, as the respondent was asked.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct PurposeShown {
    pub id: String,
    /// In the language asked for.
    pub label: String,
    /// Accepted at the interview.
    pub accepted: bool,
    /// Accepted then, and not withdrawn since.
    pub active: bool,
}

/// One part of a consent's proof: a witness's name, a guardian's relationship …
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct ProofItem {
    /// `witness`, `guardian`, `proxy`, `relationship`, `reason` or `assent`.
    pub field: String,
    /// As the caller's view shows identifiers: the name, its pseudonym.
    pub value: String,
}

/// The consent a record was given under, as the caller's view allows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct ConsentShown {
    pub refused: bool,
    /// `signature`, `verbal`, `mark`, `guardian` or `proxy`; absent for a refusal.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<String>,
    /// The language the consent text was read in.
    pub language: String,
    pub recorded_at: String,
    pub template_id: String,
    pub template_version: u32,
    /// Every purpose of the template, labelled, with what the respondent decided.
    pub purposes: Vec<PurposeShown>,
    /// The proof's names and reasons: names as pseudonyms, or none, when the caller's
    /// view does not keep identifiers.
    pub proof: Vec<ProofItem>,
    /// The drawn signature or mark (a PNG `data:` URL), only for a view that keeps
    /// identifiers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signature: Option<String>,
    /// The view hides part of the proof.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub proof_withheld: bool,
    /// Comprehension points explained again before consenting, as questions in the
    /// language asked for.
    #[serde(default)]
    pub explained_again: Vec<String>,
    /// The template's recording of the consent text was played to its end
    /// (`Consent::played_audio`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub played_audio: bool,
}

/// A language a form is written in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct LanguageName {
    pub code: String,
    pub name: String,
    #[serde(default)]
    pub rtl: bool,
}

/// `GET /submissions/{id}`: one record as the form shows it, as far as the caller's view
/// allows, with its consent, history and what the caller may do with it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct RecordView {
    pub id: String,
    pub form_id: String,
    pub form_version: String,
    /// In the language shown.
    pub form_title: String,
    /// The language labels are in (the one asked for when the form has it, else the
    /// form's default).
    pub lang: String,
    pub rtl: bool,
    pub languages: Vec<LanguageName>,
    /// The record's name by the form's `instance_name`, from what the caller may see.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Empty when the caller's view does not keep identifiers.
    pub receipt: String,
    pub enumerator: String,
    pub received_at: String,
    pub saved_at: String,
    pub review_state: ReviewState,
    pub refused: bool,
    /// Every answer the view shows, in the form's order.
    pub rows: Vec<AnswerRow>,
    /// The form's questions the caller's view hides (labels), whatever this record holds.
    pub withheld: Vec<String>,
    pub consent: ConsentShown,
    /// The review history, oldest first.
    pub comments: Vec<ReviewComment>,
    /// The corrections, oldest first (stewards only; empty for a reviewer).
    pub edits: Vec<EditShown>,
    /// The answers as the caller's view shows them, for a steward (who may correct them:
    /// a correction sends them back with the changed ones); absent for anyone else.
    #[cfg_attr(feature = "openapi", schema(value_type = Option<Object>))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answers: Option<crate::model::Answers>,
    /// For a steward, a digest of the answers as stored, keyed with the project's secret
    /// (empty for anyone else): what a correction sends back as its `revision`, so two
    /// stewards correcting at once cannot undo each other, nor a correction put back what
    /// a withdrawal erased (the server's `desk::revision`).
    #[serde(default)]
    pub revision: String,
    /// The decisions the caller may take now.
    pub actions: Vec<Decision>,
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

mod catalog;
pub use catalog::*;
mod lean;
pub use lean::phone_reads;
mod recordings;
pub use recordings::ConsentAudio;

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
                other_forms: vec![],
                native_digits: Some(true),
            },
            bundle_tag: "W/\"0a\"".into(),
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
            other_forms: vec![],
            native_digits: Some(false),
        };
        let mut json = serde_json::to_value(&bundle).unwrap();
        json.as_object_mut().unwrap().remove("keep_synced_days");
        json.as_object_mut().unwrap().remove("issues");
        json.as_object_mut().unwrap().remove("native_digits");
        let read: Bundle = serde_json::from_value(json).unwrap();
        assert_eq!(read.keep_synced_days, default_keep_days());
        assert_eq!(read.native_digits, None);
    }
}
