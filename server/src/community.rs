//! The community review page's rules: a respondent (or a focal point helping them) gives
//! the receipt code and the four-digit second factor chosen at consent time, sees what
//! they agreed to and where the record went, and can withdraw one purpose or everything.
//!
//! - **No oracle.** "No such code" and "wrong second factor" get the same answer, after
//!   the same work (a keyed hash is computed either way).
//! - **Throttled.** Failures count against the code and against the caller's address
//!   ([`crate::throttle::Throttle`]): five free, then 1, 2, 4 … seconds.
//! - **Nothing to steal.** The second factor is stored only as HMAC-SHA256 under the
//!   project's secret, of the canonical receipt and the digits; the answers themselves
//!   are never shown here.
//! - **At once.** A withdrawal removes the purpose from the record in the same request,
//!   so no later export for it includes the record; withdrawing everything deletes the
//!   answers then and there, leaving a tombstone.
//!
//! A withdrawal recorded in the field on another enumerator's phone needs the respondent's
//! digits (`Batch::withdrawal_access`); the enumerator who took the consent needs only the
//! slip; each is audited with both names. The withdrawal notice has one line per recipient,
//! profile, record and withdrawal, the record named as that recipient's export named it.

use forms::consent::{Consent, ConsentTemplate, Decision, access_well_formed};
use forms::receipt::ReceiptCode;
use hmac::{KeyInit, Mac};

pub use forms::community::{PurposeStanding, Shared, Standing};

use crate::AppState;
use crate::db::ReceiptRecord;
use crate::error::{Error, Result};

/// The keyed hash of a second factor, bound to its receipt code (hex).
pub fn access_hash(secret: &str, receipt: &str, digits: &str) -> String {
    let mac = mac(secret, receipt, digits);
    mac.finalize()
        .into_bytes()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn mac(secret: &str, receipt: &str, digits: &str) -> hmac::Hmac<sha2::Sha256> {
    let mut mac = <hmac::Hmac<sha2::Sha256> as KeyInit>::new_from_slice(secret.as_bytes())
        .expect("HMAC takes any key length");
    mac.update(b"sauti-access\0");
    mac.update(receipt.as_bytes());
    mac.update(b"\0");
    mac.update(digits.as_bytes());
    mac
}

/// Whether `digits` match the stored hash, in constant time.
fn matches(secret: &str, receipt: &str, digits: &str, stored: &str) -> bool {
    let Some(expected) = decode_hex(stored) else {
        return false;
    };
    let mac = mac(secret, receipt, digits);
    mac.verify_slice(&expected).is_ok()
}

fn decode_hex(s: &str) -> Option<Vec<u8>> {
    (0..s.len())
        .step_by(2)
        .map(|i| s.get(i..i + 2).and_then(|h| u8::from_str_radix(h, 16).ok()))
        .collect()
}

/// What the respondent types, and what they withdraw: defined once, in `forms::wire`.
pub use forms::wire::{Credentials, Withdrawal};

/// A found record, or what is left of it.
pub enum Found {
    Live(ReceiptRecord, ReceiptCode),
    Gone {
        receipt: ReceiptCode,
        reason: String,
        at: String,
    },
}

/// Check a receipt code and its second factor; the same error for every failure.
///
/// The attempt is reserved before any work ([`crate::throttle::reserve`]) on the caller's
/// network, on the code from that network, and on the code itself (a hard cap whoever
/// tries), all keyed by the *parsed* code, so another spelling of it counts the same.
pub async fn verify(state: &AppState, credentials: &Credentials, network: &str) -> Result<Found> {
    use crate::throttle::{self, CODE, CODE_FROM_NETWORK, NETWORK_LOOKUPS};
    let digits = forms::consent::normalise_access(&credentials.access);
    let receipt = ReceiptCode::parse(&credentials.receipt).ok();
    let mut keys = vec![(format!("lookups|net:{network}"), NETWORK_LOOKUPS)];
    // A guess is made only with a code that parses and four digits: anything else cannot
    // match, and costs the code's owner nothing.
    let guess = match receipt {
        Some(receipt) if access_well_formed(&digits) => {
            let code = receipt.as_str();
            keys.push((
                format!("lookups|code:{code}|net:{network}"),
                CODE_FROM_NETWORK,
            ));
            keys.push((format!("lookups|code:{code}"), CODE));
            Some(receipt)
        }
        _ => None,
    };
    let reserved = throttle::reserve(&state.db, &keys).await??;
    let found = match guess {
        Some(receipt) => find(state, receipt, &digits).await?,
        None => None,
    };
    match found {
        Some(found) => {
            reserved.succeeded(&state.db).await?;
            Ok(found)
        }
        None => Err(Error::ReceiptNotFound),
    }
}

async fn find(state: &AppState, receipt: ReceiptCode, digits: &str) -> Result<Option<Found>> {
    let code = receipt.as_str();
    if let Some(record) = state.db.record_by_receipt(code).await? {
        let secret = state.db.pseudonym_key(&record.project_id).await?;
        let ok = record
            .access_hash
            .as_deref()
            .is_some_and(|h| matches(&secret, code, digits, h));
        return Ok(ok.then_some(Found::Live(record, receipt)));
    }
    // The same work as a wrong second factor, so timing tells nothing.
    let _ = matches("no such project", code, digits, "00");
    Ok(None)
}

/// A verified record read again (after a withdrawal changed it): what is stored now
/// under its code, without asking for the second factor a second time.
pub async fn reload(state: &AppState, found: Found) -> Result<Found> {
    let receipt = match found {
        Found::Live(_, receipt) | Found::Gone { receipt, .. } => receipt,
    };
    let code = receipt.as_str();
    if let Some(record) = state.db.record_by_receipt(code).await? {
        return Ok(Found::Live(record, receipt));
    }
    match state.db.tombstone_by_receipt(code).await? {
        Some((_, _, _, reason, at)) => Ok(Found::Gone {
            receipt,
            reason,
            at,
        }),
        None => Err(Error::ReceiptNotFound),
    }
}

/// The standing of a found record, labels in `lang`, and its Kantara consent receipt
/// while the record is held (always in the consent's own language: [`receipt_json`]).
pub async fn standing(
    state: &AppState,
    found: &Found,
    lang: Option<&str>,
) -> Result<(Standing, Option<serde_json::Value>)> {
    let (record, receipt) = match found {
        Found::Live(record, receipt) => (record, receipt),
        Found::Gone {
            receipt,
            reason,
            at,
        } => {
            return Ok((
                Standing {
                    receipt: receipt.as_str().to_string(),
                    status: if reason == "withdrawn" {
                        "withdrawn"
                    } else {
                        "deleted"
                    }
                    .into(),
                    recorded_at: None,
                    taken_by: None,
                    controller: None,
                    contact: None,
                    method: None,
                    played_audio: false,
                    purposes: vec![],
                    categories: vec![],
                    sensitive: vec![],
                    shared: vec![],
                    ended_at: Some(at.clone()),
                },
                None,
            ));
        }
    };
    let consent: Consent = serde_json::from_str(&record.consent_json)?;
    let template = template_of(state, &record.project_id, &consent).await?;
    let form = state
        .compiled_form(&record.project_id, &record.form_id, &record.form_version)
        .await?;
    let lang = lang.unwrap_or(&consent.language);
    let fallback = consent.language.as_str();
    let active = state.db.purposes_of(&record.id).await?;
    let withdrawals = state.db.withdrawals_of(&record.id).await?;
    let purposes = template
        .purposes
        .iter()
        .map(|p| PurposeStanding {
            id: p.id.clone(),
            label: p.label.get(lang, fallback).to_string(),
            explanation: p.explanation.get(lang, fallback).to_string(),
            accepted: consent.accepted(&p.id),
            active: active.contains(&p.id),
            withdrawn_at: withdrawals
                .iter()
                .find(|(purpose, _)| purpose.as_deref() == Some(p.id.as_str()))
                .map(|(_, at)| at.clone()),
            retention_days: p.retention_days,
            shared_with: p.shared_with.get(lang, fallback).to_string(),
        })
        .collect();
    let answers: forms::model::Answers = serde_json::from_str(&record.answers_json)?;
    let categories: Vec<String> = form
        .form
        .body
        .iter()
        .filter(|n| n.kind.has_children() && holds_any(n, &answers))
        .map(|n| forms::markup::plain(n.label.get(lang, &form.form.default_language)))
        .collect();
    let shared = state
        .db
        .exports_of(&record.id)
        .await?
        .into_iter()
        .map(|(_, profile, recipient, at)| Shared {
            at,
            recipient,
            profile,
        })
        .collect();
    let kantara = receipt_json(&consent, &template, &form);
    let (status, method) = match &consent.decision {
        Decision::Refused => ("refused", None),
        Decision::Given { method, .. } => ("active", Some(method.name())),
    };
    Ok((
        Standing {
            receipt: receipt.as_str().to_string(),
            status: status.into(),
            recorded_at: Some(consent.recorded_at.clone()),
            taken_by: Some(record.enumerator.clone()),
            controller: Some(template.controller.clone()),
            contact: Some(contact_line(&template)),
            method: method.map(str::to_string),
            played_audio: consent.played_audio,
            purposes,
            categories,
            sensitive: template.sensitive_categories.clone(),
            shared,
            ended_at: None,
        },
        Some(kantara),
    ))
}

/// The Kantara consent receipt of a record, the form's title as the service. Every copy
/// (the steward's, the community API's, the review page's download) is the same
/// document, in the language the consent was given in: it records what the respondent
/// heard, whatever language the reader asks for.
pub fn receipt_json(
    consent: &Consent,
    template: &ConsentTemplate,
    form: &forms::model::CompiledForm,
) -> serde_json::Value {
    let when = time::OffsetDateTime::parse(
        &consent.recorded_at,
        &time::format_description::well_known::Rfc3339,
    )
    .map(|t| t.unix_timestamp())
    .unwrap_or_default();
    let service = form
        .form
        .title
        .get(&consent.language, &form.form.default_language);
    forms::consent::kantara_receipt(consent, template, service, when)
}

/// How to reach the controller, as the review page shows it: the person or office, the
/// telephone and the email address the template gives (those it has).
fn contact_line(template: &ConsentTemplate) -> String {
    [&template.contact, &template.phone, &template.email]
        .into_iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(", ")
}

fn holds_any(node: &forms::model::Node, answers: &forms::model::Answers) -> bool {
    answers.contains_key(&node.name) || node.children.iter().any(|c| holds_any(c, answers))
}

async fn template_of(
    state: &AppState,
    project_id: &str,
    consent: &Consent,
) -> Result<std::sync::Arc<ConsentTemplate>> {
    state
        .consent_template(project_id, &consent.template_id, consent.template_version)
        .await?
        .ok_or_else(|| anyhow::anyhow!("a stored record names an unknown template").into())
}

/// Carry out a withdrawal for a verified record. Withdrawing the last purpose held is
/// withdrawing everything.
pub async fn withdraw(
    state: &AppState,
    found: &Found,
    request: &Withdrawal,
    via: &str,
) -> Result<()> {
    let Found::Live(record, receipt) = found else {
        // Already gone: nothing is left to withdraw.
        return Ok(());
    };
    let chosen = (!request.everything).then_some(request.purposes.as_slice());
    apply(state, record, receipt, chosen, via, via).await
}

/// Withdraw `purposes` (all of them when `None`) from a record, at once.
async fn apply(
    state: &AppState,
    record: &ReceiptRecord,
    receipt: &ReceiptCode,
    purposes: Option<&[String]>,
    via: &str,
    actor: &str,
) -> Result<()> {
    let consent: Consent = serde_json::from_str(&record.consent_json)?;
    if consent.is_refusal() {
        return Err(Error::BadRequest(
            "a refusal holds nothing to withdraw".into(),
        ));
    }
    let held = state.db.purposes_of(&record.id).await?;
    let chosen: Vec<String> = match purposes {
        None => held.clone(),
        Some(wanted) => {
            if let Some(p) = wanted.iter().find(|p| !consent.accepted(p)) {
                return Err(Error::BadRequest(format!("purpose {p} was not accepted")));
            }
            held.iter()
                .filter(|p| wanted.contains(p))
                .cloned()
                .collect()
        }
    };
    let project = record.project_id.as_str();
    let code = receipt.as_str();
    if chosen.len() == held.len() {
        state
            .db
            .withdraw(project, &record.id, code, &[], via)
            .await?;
        state
            .db
            .tombstone(
                project,
                &[(record.id.clone(), code.to_string())],
                "withdrawn",
            )
            .await?;
        state.db.audit(actor, "withdraw-all", &record.id).await?;
    } else if !chosen.is_empty() {
        // Answers that served only the withdrawn purposes go now, not at the next purge,
        // and first: should the erasure fail (a correction racing it every time), nothing
        // is recorded and the withdrawal can be asked again; recorded first, the purposes
        // were gone and their answers stayed for good (the purge erases only by retention).
        let still: Vec<String> = held.into_iter().filter(|p| !chosen.contains(p)).collect();
        let form = state
            .compiled_form(project, &record.form_id, &record.form_version)
            .await?;
        let unheld = forms::purpose::unheld_fields(&form.form, &still);
        crate::purge::erase_answers(&state.db, &record.id, &unheld, false).await?;
        state
            .db
            .withdraw(project, &record.id, code, &chosen, via)
            .await?;
        state
            .db
            .audit(
                actor,
                "withdraw",
                &format!("{} {}", record.id, chosen.join(" ")),
            )
            .await?;
    }
    Ok(())
}

/// What became of the withdrawals of one batch.
#[derive(Debug, Default)]
pub struct FieldOutcome {
    /// Carried out now or before (a refusal holds nothing and counts as done).
    pub done: Vec<ReceiptCode>,
    /// Refused for good: the second factor was needed and missing or wrong.
    pub refused: Vec<ReceiptCode>,
}

/// Withdrawals an enumerator recorded in the field: everything, for a record of the
/// device's project. A record whose respondent chose a second factor is withdrawn only
/// with those digits (checked and throttled as on the community page, counted against the
/// code and this device), unless this phone's enumerator took that very consent; every
/// withdrawal is audited with the enumerator and the device. A code no record of the
/// project has yet is left out, and the phone sends it again later.
pub async fn field_withdrawals(
    state: &AppState,
    device: &crate::auth::Device,
    receipts: &[ReceiptCode],
    access: &std::collections::BTreeMap<String, String>,
) -> Result<FieldOutcome> {
    use crate::throttle::{self, CODE, CODE_FROM_NETWORK};
    let project = device.user.project_id.as_str();
    let actor = format!("{} (device {})", device.user.username, device.device_id);
    let mut outcome = FieldOutcome::default();
    for receipt in receipts {
        let code = receipt.as_str();
        match state.db.record_by_receipt(code).await? {
            Some(record) if record.project_id == project => {
                let own_interview = record.enumerator == device.user.username;
                if let (Some(hash), false) = (&record.access_hash, own_interview) {
                    let digits = access
                        .get(code)
                        .map(|d| forms::consent::normalise_access(d))
                        .filter(|d| access_well_formed(d));
                    let Some(digits) = digits else {
                        outcome.refused.push(receipt.clone());
                        continue;
                    };
                    let keys = [
                        (
                            format!("lookups|code:{code}|device:{}", device.device_id),
                            CODE_FROM_NETWORK,
                        ),
                        (format!("lookups|code:{code}"), CODE),
                    ];
                    let reserved = match throttle::reserve(&state.db, &keys).await? {
                        Ok(reserved) => reserved,
                        // Waiting: try again at the next sync.
                        Err(throttle::Refusal::Wait(_)) => continue,
                        Err(throttle::Refusal::Locked) => {
                            outcome.refused.push(receipt.clone());
                            continue;
                        }
                    };
                    let secret = state.db.pseudonym_key(project).await?;
                    if !matches(&secret, code, &digits, hash) {
                        outcome.refused.push(receipt.clone());
                        continue;
                    }
                    reserved.succeeded(&state.db).await?;
                }
                match apply(state, &record, receipt, None, "field", &actor).await {
                    Ok(()) | Err(Error::BadRequest(_)) => outcome.done.push(receipt.clone()),
                    Err(e) => return Err(e),
                }
            }
            Some(_) => {}
            None => {
                if state
                    .db
                    .tombstone_by_receipt(code)
                    .await?
                    .is_some_and(|(_, p, ..)| p == project)
                {
                    outcome.done.push(receipt.clone());
                }
            }
        }
    }
    Ok(outcome)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hash_is_bound_to_secret_code_and_digits() {
        let h = access_hash("secret", "7K3M-9QPA-X2RT-5", "4821");
        assert_eq!(h.len(), 64);
        assert!(matches("secret", "7K3M-9QPA-X2RT-5", "4821", &h));
        assert!(!matches("secret", "7K3M-9QPA-X2RT-5", "4822", &h));
        assert!(!matches("secret", "7K3M-9QPA-X2RT-6", "4821", &h));
        assert!(!matches("other", "7K3M-9QPA-X2RT-5", "4821", &h));
        assert!(!matches("secret", "7K3M-9QPA-X2RT-5", "4821", "not hex"));
    }
}
