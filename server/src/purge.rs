//! The purge: what the policy says must go, goes. Runs when the server starts, then daily,
//! and on demand as `sauti purge` (with `--dry-run` to see what would go).
//!
//! - A record whose every purpose has passed its retention, or whose respondent withdrew
//!   every purpose, is deleted; a tombstone keeps its id, receipt code, the reason and the
//!   time, never an answer. A phone that sends it again is told it is stored (its id is
//!   taken), so it is not revived.
//! - A record that still serves a longer purpose loses the purposes past their retention:
//!   the community page no longer lists them as held (exports for them already stopped on
//!   the day, `Policy::held_since`).
//! - A category with its own retention (`[categories.direct_identifier] retention_days`)
//!   has its answers removed from records older than that, and from their correction
//!   history too.
//! - Refusals hold no answers and are kept as the record that someone said no.
//! - A closed feedback case past its category's retention (`[feedback]`) loses its
//!   message, contact, answer and resolution; its category and dates stay for the
//!   dashboard's counts.
//!
//! Purposes the policy gives no retention keep their records: nothing is deleted on a
//! guess. Every run that changes something appends one audit event with the counts.
//!
//! Each record is read with its own form version. With several processes, the daily run is
//! taken by one of them (a lease row).

use std::collections::{BTreeSet, HashMap};

use forms::model::Answers;
use forms::purpose::drop_answers;
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use crate::AppState;
use crate::error::{Error, Result};
use crate::policy::{Policy, Tag};

/// What a purge did (or, dry, would do) in one project.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct PurgeReport {
    pub project: String,
    /// Records past the retention of every purpose they hold.
    pub expired: Vec<String>,
    /// Records kept for a longer purpose that lost the purposes past their retention.
    pub purposes_expired: Vec<(String, Vec<String>)>,
    /// Records whose every purpose was withdrawn.
    pub withdrawn: Vec<String>,
    /// Records that had a category's answers removed, with the categories.
    pub scrubbed: Vec<(String, Vec<String>)>,
    /// Closed feedback cases whose details were erased.
    pub feedback_erased: Vec<String>,
}

impl PurgeReport {
    pub fn is_empty(&self) -> bool {
        self.expired.is_empty()
            && self.purposes_expired.is_empty()
            && self.withdrawn.is_empty()
            && self.scrubbed.is_empty()
            && self.feedback_erased.is_empty()
    }
}

impl std::fmt::Display for PurgeReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "project {}: {} records past retention, {} kept for a longer purpose lost one past its retention, {} withdrawn, {} with answers past their category's retention, {} feedback cases erased",
            self.project,
            self.expired.len(),
            self.purposes_expired.len(),
            self.withdrawn.len(),
            self.scrubbed.len(),
            self.feedback_erased.len()
        )
    }
}

/// `days` before `now` (RFC 3339); empty, before every time, when that is before the
/// calendar's start (a retention meaning "forever"): nothing is due.
fn days_before(now: OffsetDateTime, days: u32) -> String {
    now.checked_sub(time::Duration::days(i64::from(days)))
        .and_then(|t| t.format(&Rfc3339).ok())
        .unwrap_or_default()
}

/// Erase the answers to `names` from a record and from its correction history (one
/// transaction, the record not marked edited: the data was due to go). Whether anything
/// was there to erase; with `dry_run` nothing is written.
pub async fn erase_answers(
    db: &crate::db::Db,
    id: &str,
    names: &BTreeSet<String>,
    dry_run: bool,
) -> Result<bool> {
    // Worked out from one reading and written only if the record is still as read: a
    // correction saved meanwhile makes it read again (a few times, then `Conflict`: the
    // purge leaves the record for its next run, a withdrawal is not recorded).
    for _ in 0..SCRUB_ATTEMPTS {
        let Some((answers, history)) = db.answers_with_history(id).await? else {
            return Ok(false);
        };
        let edits = history.len();
        let mut current: Answers = serde_json::from_str(&answers)?;
        let mut changed = drop_answers(&mut current, names);
        let mut scrubbed_history = Vec::new();
        for (edit, previous) in history {
            let mut old: Answers = serde_json::from_str(&previous)?;
            if drop_answers(&mut old, names) {
                changed = true;
                scrubbed_history.push((edit, serde_json::to_string(&old)?));
            }
        }
        if !changed || dry_run {
            return Ok(changed);
        }
        let json = serde_json::to_string(&current)?;
        if db
            .scrub_answers(id, &answers, edits, &json, &scrubbed_history)
            .await?
        {
            return Ok(true);
        }
    }
    Err(Error::Conflict)
}

/// [`erase_answers`] for the purge: `None` when the record changed under every reading
/// (corrections racing it), so the purge leaves it for its next run instead of stopping.
async fn erase_unless_racing(
    db: &crate::db::Db,
    id: &str,
    names: &BTreeSet<String>,
    dry_run: bool,
) -> Result<Option<bool>> {
    if names.is_empty() {
        return Ok(Some(false));
    }
    match erase_answers(db, id, names, dry_run).await {
        Err(Error::Conflict) => Ok(None),
        other => other.map(Some),
    }
}

/// How many times a scrub reads a record again when it changed under it.
const SCRUB_ATTEMPTS: usize = 5;

/// Remove the people from a record's proof of consent ([`forms::consent::Consent::scrub_proof`]).
async fn scrub_consent_proof(db: &crate::db::Db, id: &str, dry_run: bool) -> Result<bool> {
    let Some(json) = db.consent_json(id).await? else {
        return Ok(false);
    };
    let mut consent: forms::consent::Consent = serde_json::from_str(&json)?;
    if !consent.scrub_proof() {
        return Ok(false);
    }
    if !dry_run {
        let json = serde_json::to_string(&consent)?;
        db.set_consent_json(id, &json).await?;
    }
    Ok(true)
}

/// Purge one project (or say what would go, with `dry_run`).
pub async fn purge_project(
    state: &AppState,
    project_id: &str,
    now: OffsetDateTime,
    dry_run: bool,
) -> Result<PurgeReport> {
    let policy = state.policy(project_id).await?;
    let policy: &Policy = &policy.policy;
    let mut report = PurgeReport {
        project: project_id.to_string(),
        ..Default::default()
    };
    let db = &state.db;

    // Records past the retention of every purpose they hold.
    if let Some(shortest) = policy.purposes.values().map(|r| r.retention_days).min() {
        let mut due = Vec::new();
        // Records kept for a longer purpose: (id, receipt, the purposes they still serve).
        let mut partly: Vec<(String, String, Vec<String>)> = Vec::new();
        for (id, receipt, received_at, purposes) in db
            .purge_candidates(project_id, &days_before(now, shortest))
            .await?
        {
            let purposes: Vec<&str> = purposes
                .as_deref()
                .unwrap_or("")
                .split_whitespace()
                .collect();
            let expired: Vec<String> = purposes
                .iter()
                .filter(|p| {
                    policy
                        .purposes
                        .get(**p)
                        .is_some_and(|rule| received_at < days_before(now, rule.retention_days))
                })
                .map(|p| p.to_string())
                .collect();
            if expired.is_empty() {
                continue;
            }
            if expired.len() == purposes.len() {
                due.push((id, receipt));
            } else {
                let still: Vec<String> = purposes
                    .iter()
                    .filter(|p| !expired.iter().any(|e| e == *p))
                    .map(|p| p.to_string())
                    .collect();
                partly.push((id.clone(), receipt, still));
                report.purposes_expired.push((id, expired));
            }
        }
        report.expired = due.iter().map(|(id, _)| id.clone()).collect();
        if !dry_run {
            db.tombstone(project_id, &due, "retention").await?;
        }
        // The answers that served only the expired purposes go first (the phone number
        // asked for referrals), as a withdrawal of those purposes erases them; then the
        // purposes. A record whose form cannot be read keeps both until a later run (its
        // exports already stopped: `Policy::held_since`), so nothing is left half done.
        let mut expired = Vec::new();
        for ((id, receipt, still), (_, purposes)) in partly.iter().zip(&report.purposes_expired) {
            let Some(record) = db.record_by_receipt(receipt).await? else {
                continue;
            };
            let Ok(form) = state
                .compiled_form(project_id, &record.form_id, &record.form_version)
                .await
            else {
                continue;
            };
            let unheld = forms::purpose::unheld_fields(&form.form, still);
            // Changed under every reading (corrections racing it): left, purposes and
            // answers both, for the next run.
            let Some(erased) = erase_unless_racing(db, id, &unheld, dry_run).await? else {
                continue;
            };
            if erased {
                report
                    .scrubbed
                    .push((id.clone(), vec!["expired purpose".to_string()]));
            }
            if !dry_run {
                db.expire_purposes(id, purposes).await?;
            }
            expired.push((id.clone(), purposes.clone()));
        }
        report.purposes_expired = expired;
    }

    // Records whose respondent withdrew every purpose.
    let withdrawn = db.fully_withdrawn(project_id).await?;
    report.withdrawn = withdrawn.iter().map(|(id, _)| id.clone()).collect();
    if !dry_run {
        db.tombstone(project_id, &withdrawn, "withdrawn").await?;
    }

    // Categories kept for less time than their records. Each record is read with its own
    // form version's questions (a question renamed in a later version is still found), and
    // identifiers past their retention take the consent's proof with them (a drawn
    // signature, the witness's and representatives' names).
    for (tag, rule) in &policy.categories {
        let before = days_before(now, rule.retention_days);
        let mut doomed_by_form: HashMap<(String, String), BTreeSet<String>> = HashMap::new();
        for (id, form_id, version) in db.records_received_before(project_id, &before).await? {
            if report.expired.contains(&id) || report.withdrawn.contains(&id) {
                continue;
            }
            let key = (form_id, version);
            if !doomed_by_form.contains_key(&key) {
                let names = match state.compiled_form(project_id, &key.0, &key.1).await {
                    Ok(form) => form
                        .walk()
                        .into_iter()
                        .map(|(node, _)| node.name.clone())
                        .filter(|name| policy.tags(&form, name).contains(tag))
                        .collect(),
                    Err(_) => BTreeSet::new(),
                };
                doomed_by_form.insert(key.clone(), names);
            }
            let doomed = &doomed_by_form[&key];
            // Changed under every reading: left for the next run.
            let Some(mut changed) = erase_unless_racing(db, &id, doomed, dry_run).await? else {
                continue;
            };
            if *tag == Tag::DirectIdentifier {
                changed |= scrub_consent_proof(db, &id, dry_run).await?;
            }
            if !changed {
                continue;
            }
            let name = serde_json::to_value(tag)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default();
            match report.scrubbed.iter_mut().find(|(r, _)| r == &id) {
                Some((_, tags)) => tags.push(name),
                None => report.scrubbed.push((id.clone(), vec![name])),
            }
        }
    }

    // Closed feedback cases past their category's retention lose their details.
    if let Some(feedback) = &policy.feedback {
        for category in &feedback.categories {
            let before = days_before(now, category.retention_days);
            report.feedback_erased.extend(
                db.erase_closed_cases(project_id, &category.id, &before, dry_run)
                    .await?,
            );
        }
    }

    if !dry_run && !report.is_empty() {
        db.audit("purge", "purge", &report.to_string()).await?;
        // What was deleted leaves the file too, not only the tables.
        if let Err(e) = db.vacuum().await {
            tracing::warn!(error = %e, "vacuum after the purge did not run; it will at the next");
        }
    }
    Ok(report)
}

const DAY_MS: i64 = 24 * 3600 * 1000;

/// Purge every project, and forget guessing counts idle for a day (locks stay).
pub async fn purge_all(state: &AppState, dry_run: bool) -> Result<Vec<PurgeReport>> {
    let now = OffsetDateTime::now_utc();
    if !dry_run {
        state
            .db
            .forget_idle_attempts(crate::throttle::now_ms() - DAY_MS)
            .await?;
    }
    let mut reports = Vec::new();
    for project in state.db.project_ids().await? {
        reports.push(purge_project(state, &project, now, dry_run).await?);
    }
    Ok(reports)
}

/// Purge at start, then once a day, for as long as the server runs.
pub fn schedule(state: AppState) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let mut every_day = tokio::time::interval(std::time::Duration::from_secs(24 * 3600));
        loop {
            every_day.tick().await;
            // Several server processes on one database: one of them purges each day.
            let now = crate::throttle::now_ms();
            let holder = format!("{}:{}", std::process::id(), now);
            match state
                .db
                .take_lease("daily-purge", &holder, now, now + DAY_MS - 60_000)
                .await
            {
                Ok(true) => {}
                Ok(false) => continue,
                Err(e) => {
                    tracing::error!(error = %e, "purge lease unavailable; will try again tomorrow");
                    continue;
                }
            }
            match purge_all(&state, false).await {
                Ok(reports) => {
                    for r in reports.iter().filter(|r| !r.is_empty()) {
                        tracing::info!("purged: {r}");
                    }
                }
                Err(e) => tracing::error!(error = %e, "purge failed; will try again tomorrow"),
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_before_counts_back_in_utc() {
        let now = OffsetDateTime::parse("2026-11-25T10:00:00Z", &Rfc3339).unwrap();
        assert_eq!(days_before(now, 30), "2026-10-26T10:00:00Z");
        // "Forever" written as a huge number of days: nothing is due, nothing panics.
        assert_eq!(days_before(now, u32::MAX), "");
    }
}
