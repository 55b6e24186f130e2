//! Receiving a batch: every record is re-checked with the same `forms` code the phone ran,
//! then the acceptable ones are stored in one transaction. Each record gets its own answer,
//! and a record the server already has is acknowledged without being stored again.
//!
//! A record already stored and since corrected by a steward answers `edited_on_server`: the
//! copy sent again never overwrites the correction. A tombstoned id counts as stored
//! (`duplicate`, not revived). Copies of one batch racing each other: the insert is `ON
//! CONFLICT DO NOTHING`, and each skipped row is told apart by id afterwards.

use std::collections::{HashMap, HashSet};

use forms::batch::{Batch, BatchAck, MAX_BATCH_RECORDS, Outcome, RecordAck, Submission};
use forms::consent::Decision;
use forms::validate::validate;

use crate::AppState;
use crate::auth::Device;
use crate::db::NewSubmission;
use crate::error::{Error, Result};

/// Why a record was refused when the reason is not about one answer.
pub const REASON_REFUSAL_WITH_ANSWERS: &str = "err-refusal-with-answers";
/// Another record already carries this receipt code.
pub const REASON_RECEIPT_REUSED: &str = "err-receipt-reused";

fn rejected(
    errors: Vec<forms::validate::FieldError>,
    consent: Vec<String>,
    reason: Option<&str>,
) -> Outcome {
    Outcome::Rejected {
        errors,
        consent,
        reason: reason.map(str::to_string),
    }
}

/// The form version and consent template a record names (cached), or why it cannot be
/// checked at all.
type Rules = (
    std::sync::Arc<forms::model::CompiledForm>,
    std::sync::Arc<forms::consent::ConsentTemplate>,
);

async fn rules_for(
    state: &AppState,
    project: &str,
    record: &Submission,
) -> Result<std::result::Result<Rules, Outcome>> {
    let form = state
        .form_for_purposes(
            project,
            &record.form_id,
            &record.form_version,
            record.consent.purposes(),
        )
        .await?;
    let template = state
        .consent_template(
            project,
            &record.consent.template_id,
            record.consent.template_version,
        )
        .await?;
    Ok(match template {
        Some(template) => Ok((form, template)),
        None => Err(rejected(
            vec![],
            vec!["consent-unknown-template".into()],
            None,
        )),
    })
}

/// Check one record against its rules: the consent, then every answer (pure work, so a
/// batch's records are checked on both cores at once).
///
/// Numeric answers typed in another script's digits (`٣٤`) are read as ASCII first
/// ([`forms::digits`], the phone's code too); the ASCII copy is returned to be stored.
fn check(rules: &Rules, record: &Submission) -> (Outcome, Option<forms::model::Answers>) {
    let (form, _) = rules;
    let ascii = forms::digits::normalised(form, &record.answers);
    let answers = ascii.as_ref().unwrap_or(&record.answers);
    (check_answers(rules, record, answers), ascii)
}

fn check_answers(rules: &Rules, record: &Submission, answers: &forms::model::Answers) -> Outcome {
    let (form, template) = rules;
    let consent_problems: Vec<String> = record
        .consent
        .check(template)
        .iter()
        .map(|p| p.code().to_string())
        .collect();
    if record.consent.is_refusal() {
        if !answers.is_empty() {
            return rejected(vec![], consent_problems, Some(REASON_REFUSAL_WITH_ANSWERS));
        }
    } else {
        // The phone's clock at save: `today()` is its day, `now()` that moment (a
        // `now()` default is before it), as when the phone checked the same answers.
        let errors = validate(form, answers, &record.saved_at);
        if !errors.is_empty() || !consent_problems.is_empty() {
            return rejected(errors, consent_problems, None);
        }
    }
    if !consent_problems.is_empty() {
        return rejected(vec![], consent_problems, None);
    }
    Outcome::Accepted
}

/// A record's outcome, and its answers in ASCII digits when they were not.
type Checked = (Outcome, Option<forms::model::Answers>);

/// Check the records at `positions`, half of them on a blocking thread and half here.
async fn check_all(
    state: &AppState,
    project: &str,
    batch: &std::sync::Arc<Batch>,
    positions: Vec<usize>,
) -> Result<Vec<(usize, Checked)>> {
    let mut ready = Vec::new();
    let mut outcomes = Vec::new();
    for i in positions {
        match rules_for(state, project, &batch.records[i]).await? {
            Ok(rules) => ready.push((i, rules)),
            Err(outcome) => outcomes.push((i, (outcome, None))),
        }
    }
    let half = ready.split_off(ready.len() / 2);
    let theirs = {
        let batch = batch.clone();
        tokio::task::spawn_blocking(move || {
            half.iter()
                .map(|(i, rules)| (*i, check(rules, &batch.records[*i])))
                .collect::<Vec<_>>()
        })
    };
    outcomes.extend(
        ready
            .iter()
            .map(|(i, rules)| (*i, check(rules, &batch.records[*i]))),
    );
    outcomes.extend(theirs.await?);
    Ok(outcomes)
}

/// Check and store a batch from a device; one acknowledgement per record, in order.
pub async fn ingest(state: &AppState, device: &Device, batch: Batch) -> Result<BatchAck> {
    if batch.records.len() > MAX_BATCH_RECORDS {
        return Err(Error::TooLarge(MAX_BATCH_RECORDS));
    }
    let project = device.user.project_id.as_str();
    let ids: Vec<String> = batch.records.iter().map(|r| r.id.to_string()).collect();
    let stored: HashSet<String> = state.db.existing_ids(&ids).await?.into_iter().collect();
    // Stored and since corrected by a steward: a copy sent again never overwrites that.
    let edited: HashSet<String> = if stored.is_empty() {
        HashSet::new()
    } else {
        state.db.edited_ids(&ids).await?.into_iter().collect()
    };
    let receipts: Vec<String> = batch
        .records
        .iter()
        .map(|r| r.consent.receipt.to_string())
        .collect();
    // Receipt code -> the id holding it. Read after the ids: a copy of this very record
    // stored meanwhile by a racing delivery holds its receipt under the same id, which
    // makes it a duplicate, never a reuse.
    let mut receipt_holders: HashMap<String, String> = state
        .db
        .receipt_holders(&receipts)
        .await?
        .into_iter()
        .collect();
    // A form its enumerator does not fill, which this phone was never given: refused
    // before any work (`assignments.rs`; records of forms the phone holds are taken).
    let accepted_forms =
        crate::assignments::accepted_forms(state, project, device.user.id, &device.device_id)
            .await?;
    let not_assigned = |i: usize| {
        accepted_forms
            .as_ref()
            .is_some_and(|forms| !forms.contains(&batch.records[i].form_id))
    };
    // Check every record not already stored, both cores at once.
    let to_check: Vec<usize> = (0..batch.records.len())
        .filter(|i| !stored.contains(&ids[*i]) && !not_assigned(*i))
        .collect();
    let batch = std::sync::Arc::new(batch);
    let mut checked: Vec<Option<Checked>> = vec![None; batch.records.len()];
    for (i, outcome) in check_all(state, project, &batch, to_check).await? {
        checked[i] = Some(outcome);
    }
    // Ids accepted earlier in this batch: a later copy is a duplicate. A copy of a
    // rejected record is checked on its own (it may be the corrected one).
    let mut accepted_here: HashSet<&str> = HashSet::new();
    // The project's secret, read once, only when a record carries a second factor.
    let secret = if batch.records.iter().any(|r| r.consent.access.is_some()) {
        Some(state.db.pseudonym_key(project).await?)
    } else {
        None
    };
    let mut outcomes = Vec::with_capacity(batch.records.len());
    let mut to_store = Vec::new();
    let mut positions = Vec::new();
    for (i, record) in batch.records.iter().enumerate() {
        if edited.contains(&ids[i]) {
            outcomes.push(Outcome::EditedOnServer);
            continue;
        }
        if stored.contains(&ids[i]) || accepted_here.contains(ids[i].as_str()) {
            outcomes.push(Outcome::Duplicate);
            continue;
        }
        if checked[i].is_none() {
            outcomes.push(rejected(
                vec![],
                vec![],
                Some(crate::assignments::REASON_NOT_ASSIGNED),
            ));
            continue;
        }
        let (mut outcome, ascii) = checked[i]
            .take()
            .ok_or_else(|| anyhow::anyhow!("record {i} was not checked"))?;
        if outcome == Outcome::Accepted {
            match receipt_holders.get(&receipts[i]) {
                // Stored by a racing copy since the ids were read: the same record.
                Some(holder) if *holder == ids[i] => {
                    outcomes.push(Outcome::Duplicate);
                    continue;
                }
                Some(_) => outcome = rejected(vec![], vec![], Some(REASON_RECEIPT_REUSED)),
                None => {
                    receipt_holders.insert(receipts[i].clone(), ids[i].clone());
                }
            }
        }
        if outcome == Outcome::Accepted {
            accepted_here.insert(&ids[i]);
            let purposes = match &record.consent.decision {
                Decision::Given { purposes, .. } => purposes.clone(),
                Decision::Refused => Vec::new(),
            };
            positions.push(i);
            to_store.push(NewSubmission {
                id: ids[i].clone(),
                project_id: project.to_string(),
                form_id: record.form_id.clone(),
                form_version: record.form_version.clone(),
                device_id: device.device_id.clone(),
                enumerator_id: device.user.id,
                saved_at: record.saved_at.clone(),
                receipt: record.consent.receipt.to_string(),
                // The second factor's digits are never stored, only their keyed hash.
                consent_json: serde_json::to_string(&forms::consent::Consent {
                    access: None,
                    ..record.consent.clone()
                })?,
                access_hash: match (&record.consent.access, &secret) {
                    (Some(digits), Some(secret)) => Some(crate::community::access_hash(
                        secret,
                        record.consent.receipt.as_str(),
                        digits,
                    )),
                    _ => None,
                },
                refused: record.consent.is_refusal(),
                answers_json: serde_json::to_string(ascii.as_ref().unwrap_or(&record.answers))?,
                purposes,
                template_id: record.consent.template_id.clone(),
                template_version: record.consent.template_version,
            });
        }
        outcomes.push(outcome);
    }
    let inserted = state
        .db
        .store_submissions(to_store, &device.device_id)
        .await?;
    let lost: Vec<usize> = positions
        .into_iter()
        .zip(inserted)
        .filter_map(|(position, new)| (!new).then_some(position))
        .collect();
    if !lost.is_empty() {
        // A racing delivery stored something first. The same id is the same record, stored
        // once: "already on the server". Otherwise another record took the receipt code.
        let lost_ids: Vec<String> = lost.iter().map(|p| ids[*p].clone()).collect();
        let now_stored: HashSet<String> = state
            .db
            .existing_ids(&lost_ids)
            .await?
            .into_iter()
            .collect();
        for position in lost {
            outcomes[position] = if now_stored.contains(&ids[position]) {
                Outcome::Duplicate
            } else {
                rejected(vec![], vec![], Some(REASON_RECEIPT_REUSED))
            };
        }
    }
    let accepted = outcomes.iter().filter(|o| **o == Outcome::Accepted).count();
    tracing::info!(
        device = %device.device_id,
        records = outcomes.len(),
        accepted,
        "batch received"
    );
    Ok(BatchAck {
        results: batch
            .records
            .iter()
            .zip(outcomes)
            .map(|(r, outcome)| RecordAck { id: r.id, outcome })
            .collect(),
        withdrawn: vec![],
        refused_withdrawals: vec![],
        feedback_filed: vec![],
        feedback_refused: vec![],
    })
}

#[cfg(test)]
mod tests {
    /// A refused record stays on the phone with its reason shown by message id: each reason
    /// the server can give must have a text on the phone (not a desk-only message), or the
    /// enumerator sees the bare id (`err-form-not-assigned` did, 2026-12-06).
    #[test]
    fn every_refusal_reason_has_a_message_on_the_phone() {
        let ids: Vec<&str> = forms::i18n::message_ids().collect();
        for reason in [
            super::REASON_REFUSAL_WITH_ANSWERS,
            super::REASON_RECEIPT_REUSED,
            crate::assignments::REASON_NOT_ASSIGNED,
        ] {
            assert!(ids.contains(&reason), "no message for {reason}");
            assert!(
                reason.starts_with("err-"),
                "{reason} is not a phone message"
            );
        }
    }
}
