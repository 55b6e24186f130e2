//! The participatory audit (issue 23): what a project's community monitor reads. A
//! monitor is someone the community chose to check the project's promises; the report
//! holds counts and dates only, never a name, a receipt or tracking code, an answer or a
//! message, so it can be read out at a meeting. Feedback counts and medians follow the
//! public dashboard's k (a count under k is `None`).

use serde::{Deserialize, Serialize};
#[cfg(feature = "openapi")]
use utoipa::ToSchema;

/// `GET /monitor`: the whole report, labels in the asked language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct MonitorReport {
    pub project: String,
    pub project_name: String,
    /// When it was read (RFC 3339).
    pub generated_at: String,
    /// Counts under this are hidden (the dashboard's k; 5 without a dashboard).
    pub k: u32,
    /// The public dashboard's address, when the project has one.
    pub dashboard: Option<String>,
    /// Every export the ledger holds, oldest first.
    pub exports: Vec<ExportLine>,
    /// Withdrawals of consent, by month.
    pub withdrawals: Vec<WithdrawalMonth>,
    /// Records deleted, by day and reason.
    pub purges: Vec<PurgeDay>,
    /// Feedback handling per ordinary category.
    pub feedback: Vec<HandlingLine>,
    /// The sensitive categories together (never one by one).
    pub sensitive: Option<HandlingLine>,
    /// Actions the project published in response.
    pub actions: u64,
}

/// One export from the ledger: who received it (a role, or the partner organisation's
/// account), under which profile, when and how many records.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct ExportLine {
    /// The day (`YYYY-MM-DD`).
    pub date: String,
    pub profile: String,
    /// `steward`, `partner`, … or `operator` (the command line).
    pub recipient_role: String,
    /// A partner's organisation (its account's name); `None` for the project's own staff.
    pub organisation: Option<String>,
    pub format: String,
    pub records: u64,
    /// Records held back to keep k-anonymity.
    pub withheld: u64,
}

/// Withdrawals of consent in one month.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct WithdrawalMonth {
    /// `YYYY-MM`.
    pub month: String,
    /// Withdrawals of one purpose.
    pub purpose: u64,
    /// Withdrawals of everything (the answers are deleted).
    pub everything: u64,
}

/// Records deleted on one day, for one reason.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct PurgeDay {
    /// `YYYY-MM-DD`.
    pub date: String,
    /// `retention` (kept as long as the policy allows), `withdrawn`, or another reason
    /// the purge recorded.
    pub reason: String,
    pub records: u64,
}

/// How feedback of one category (or of the sensitive ones together) was handled.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(ToSchema))]
pub struct HandlingLine {
    pub label: String,
    pub received: Option<u64>,
    pub acknowledged: Option<u64>,
    pub answered: Option<u64>,
    /// Open and past the policy's time limits now.
    pub overdue: Option<u64>,
    /// Median days from filing to acknowledgement, and to the answer.
    pub median_days_to_acknowledge: Option<f64>,
    pub median_days_to_answer: Option<f64>,
}
