//! Sending queued records. A record is marked synced only after the server acknowledged
//! it (accepted now, or already had it); on any failure the records stay queued.
//!
//! When: on demand (the Sync button), when the phone comes back online (`online` event),
//! after each saved interview and on unlocking, if the enumerator leaves "send
//! automatically" on. Every request has a timeout (`api`), so a server that accepts and
//! never answers ends the sync like any failure. A failure of the network or the server is
//! retried later (when sending is automatic, and said so), each time waiting about twice
//! as long (2 s up to 5 min), with jitter so that the phones of a team coming back into
//! coverage together do not all call at the same moment. An offline phone is not retried
//! on a timer: the `online` event sends what waits. Saving never waits for a sync;
//! records saved while one runs are sent right after it.
//!
//! How much, and how long to wait: `forms::sync::Pace` (batches start at 10 records and
//! double while a batch takes under 2 s, halve when one takes over 8 s or fails).

use std::cell::Cell;
use std::time::Duration;

use forms::batch::{Batch, Outcome};
use forms::receipt::ReceiptCode;
use forms::sync::Pace;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::api;
use crate::clock::now_ms;
use crate::error::AppError;
use crate::i18n::Ui;
use crate::records::{self, LocalRecord, Status};
use crate::session::Session;
use crate::state::{Field, Note, Screen};
use crate::store;

/// Counts for the message shown after a sync.
#[derive(Debug, Default, Clone, Copy, PartialEq)]
pub struct SyncReport {
    pub accepted: usize,
    pub duplicates: usize,
    pub rejected: usize,
    /// Sent again after a steward corrected them on the server (the correction stays).
    pub edited: usize,
    /// Field withdrawals the server refused (the respondent's digits missing or wrong).
    pub refused_withdrawals: usize,
    /// Field withdrawals the server carried out.
    pub withdrawn: usize,
    /// Feedback recorded in the field that the server filed.
    pub feedback_sent: usize,
    /// Feedback the server refused for good (a category the project no longer has).
    pub feedback_refused: usize,
}

impl SyncReport {
    /// What the enumerator is told: the records' counts when records went (or nothing
    /// at all did), then the withdrawals carried out and refused.
    fn message(&self, ui: Ui) -> String {
        let records = self.accepted + self.duplicates + self.rejected + self.edited;
        let mut parts = Vec::new();
        let others =
            self.withdrawn + self.refused_withdrawals + self.feedback_sent + self.feedback_refused;
        if records > 0 || others == 0 {
            parts.push(ui.t_with(
                "sync-done",
                &[
                    ("accepted", self.accepted.to_string()),
                    ("duplicates", self.duplicates.to_string()),
                    ("rejected", self.rejected.to_string()),
                ],
            ));
        }
        if self.edited > 0 {
            parts.push(ui.t_with("sync-edited", &[("n", self.edited.to_string())]));
        }
        if self.withdrawn > 0 {
            parts.push(ui.t_with(
                "sync-withdrawals-done",
                &[("n", self.withdrawn.to_string())],
            ));
        }
        if self.refused_withdrawals > 0 {
            parts.push(ui.t_with(
                "sync-withdrawals-refused",
                &[("n", self.refused_withdrawals.to_string())],
            ));
        }
        if self.feedback_sent > 0 {
            parts.push(ui.t_with(
                "sync-feedback-sent",
                &[("n", self.feedback_sent.to_string())],
            ));
        }
        if self.feedback_refused > 0 {
            parts.push(ui.t_with(
                "sync-feedback-refused",
                &[("n", self.feedback_refused.to_string())],
            ));
        }
        parts.join(" ")
    }
}

/// Where the withdrawals recorded in the field wait for the next sync (sealed).
const WITHDRAWALS: &str = "field-withdrawals";
/// Where versions before the respondent's digits kept them: bare receipt codes (sealed).
/// Read as withdrawals without digits; removed by the first write of `WITHDRAWALS`.
const OLDER_WITHDRAWALS: &str = "withdrawals";

/// A withdrawal of everything recorded on this phone: the respondent's receipt code and,
/// when they gave them, their four digits (normalised to ASCII). The server needs the
/// digits when another enumerator took that consent and the respondent chose some.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct FieldWithdrawal {
    pub receipt: ReceiptCode,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access: Option<String>,
}

/// The field withdrawals kept on the phone, sealed like the records.
#[derive(Default, Serialize, Deserialize)]
pub struct FieldWithdrawals {
    /// Waiting to be carried out: sent with every sync until the server has.
    #[serde(default)]
    pub pending: Vec<FieldWithdrawal>,
    /// Refused by the server (the respondent's digits missing or wrong, or the code
    /// locked): never sent again; shown to the enumerator until they record it again or
    /// dismiss the notice.
    #[serde(default)]
    pub refused: Vec<ReceiptCode>,
}

/// The withdrawals recorded on this phone (and those an older version kept). An error
/// when the list cannot be opened (damaged storage): it is then never written over, which
/// would lose the withdrawals it holds.
pub fn field_withdrawals(session: &Session) -> Result<FieldWithdrawals, AppError> {
    let mut kept: FieldWithdrawals = session.get(WITHDRAWALS)?.unwrap_or_default();
    let older: Vec<ReceiptCode> = session.get(OLDER_WITHDRAWALS)?.unwrap_or_default();
    for receipt in older {
        if !kept.pending.iter().any(|w| w.receipt == receipt) {
            kept.pending.push(FieldWithdrawal {
                receipt,
                access: None,
            });
        }
    }
    Ok(kept)
}

/// Keep the field withdrawals; resolves once they are on disk. The older version's entry
/// goes in the same write, so a withdrawal is never in both or in neither.
fn keep_withdrawals(
    session: &Session,
    kept: &FieldWithdrawals,
) -> impl Future<Output = Result<(), AppError>> + use<> {
    session.put_replacing(WITHDRAWALS, kept, &[OLDER_WITHDRAWALS])
}

/// Record a respondent's withdrawal of everything (offline), with their four digits if
/// they gave them; it leaves with the next sync. Recording a code again replaces what
/// was recorded for it (a refusal included). Resolves once it is on disk.
pub async fn record_withdrawal(
    session: &Session,
    receipt: ReceiptCode,
    access: Option<String>,
) -> Result<(), AppError> {
    let mut kept = field_withdrawals(session)?;
    kept.pending.retain(|w| w.receipt != receipt);
    kept.refused.retain(|r| *r != receipt);
    kept.pending.push(FieldWithdrawal { receipt, access });
    keep_withdrawals(session, &kept).await
}

/// The enumerator has read which withdrawals were refused: forget them.
pub async fn dismiss_refused_withdrawals(session: &Session) -> Result<(), AppError> {
    let mut kept = field_withdrawals(session)?;
    kept.refused.clear();
    keep_withdrawals(session, &kept).await
}

thread_local! {
    /// The batch size the connection has earned, and the failures in a row.
    static PACE: Cell<Pace> = const { Cell::new(Pace::new()) };
}

/// Change the pace kept between syncs.
fn pace<T>(f: impl FnOnce(&mut Pace) -> T) -> T {
    let mut p = PACE.get();
    let out = f(&mut p);
    PACE.set(p);
    out
}

const AUTO_SEND_KEY: &str = "sauti/auto-send";

/// Whether records are sent without pressing Sync (the enumerator's choice, kept on the
/// phone: teams paying for data may want to send only on Wi-Fi, by hand).
pub fn auto_send() -> bool {
    store::get_plain(AUTO_SEND_KEY).as_deref() != Some("off")
}

pub fn set_auto_send(on: bool) {
    store::set_plain(AUTO_SEND_KEY, if on { "on" } else { "off" });
}

fn online() -> bool {
    window().navigator().on_line()
}

/// Send every queued record, in batches sized to the connection; stops at the first
/// failure of the network or the server, keeping what was already acknowledged.
/// `progress(done, total)` follows each batch.
pub async fn sync_all(
    session: &Session,
    progress: impl Fn(usize, usize),
) -> Result<SyncReport, AppError> {
    let (all, _) = records::load_all(session);
    let queued: Vec<LocalRecord> = all
        .into_iter()
        .filter(|r| r.status == Status::Queued)
        .collect();
    let mut report = SyncReport::default();
    let mut rest = queued.as_slice();
    // Withdrawals go with the first batch (after its records, so one recorded right after
    // its interview applies to it), and again with every later batch until the server has
    // carried them out: the record a withdrawal is about may be in a later batch (older
    // records go last), and the server only withdraws a record it holds.
    // A damaged list sends nothing (home says it is damaged).
    let mut withdrawals = field_withdrawals(session)
        .map(|w| w.pending)
        .unwrap_or_default();
    // Feedback recorded in the field goes with the first batch too.
    let mut feedback = crate::feedback::pending(session);
    while !rest.is_empty() || !withdrawals.is_empty() || !feedback.is_empty() {
        // As many as the pace allows, within the byte budget (records with recordings
        // are megabytes each).
        let size = forms::sync::fit(
            rest.iter()
                .map(|r| serde_json::to_vec(&r.submission).map_or(0, |b| b.len())),
            PACE.get().next_batch(rest.len()),
        );
        let (chunk, tail) = rest.split_at(size);
        let sent = std::mem::take(&mut withdrawals);
        // Filled by `insert`, not `collect`: collecting into a map sorts first, and that
        // sort's code would be the phone's only copy (about 1.5 KB gzip).
        let mut withdrawal_access = std::collections::BTreeMap::new();
        for w in &sent {
            if let Some(digits) = &w.access {
                withdrawal_access.insert(w.receipt.as_str().to_string(), digits.clone());
            }
        }
        let batch = Batch {
            records: chunk.iter().map(|r| r.submission.clone()).collect(),
            withdrawals: sent.iter().map(|w| w.receipt.clone()).collect(),
            withdrawal_access,
            feedback: std::mem::take(&mut feedback),
        };
        let started = now_ms();
        let ack = match api::send_batch(&session.device.token, &batch).await {
            Ok(ack) => ack,
            // Too large for the server (a server with a lower limit than this phone
            // budgets for): several records are sent again in smaller batches; one record
            // alone is kept back, said on the phone, so that the records behind it go.
            Err(AppError::Server { status: 413, .. }) if !chunk.is_empty() => {
                pace(|p| p.batch_failed(size));
                withdrawals = sent;
                feedback = batch.feedback;
                if let [record] = chunk {
                    let mut kept = record.clone();
                    kept.status = Status::Rejected;
                    kept.rejection = Some(Outcome::Rejected {
                        errors: Vec::new(),
                        consent: Vec::new(),
                        reason: Some(forms::batch::REASON_TOO_LARGE.into()),
                    });
                    records::save_all(session, std::slice::from_ref(&kept)).await?;
                    report.rejected += 1;
                    rest = tail;
                }
                continue;
            }
            Err(e) => {
                pace(|p| p.batch_failed(size));
                return Err(e);
            }
        };
        let took = now_ms() - started;
        pace(|p| p.acknowledged(size, took));
        if !ack.withdrawn.is_empty() || !ack.refused_withdrawals.is_empty() {
            // Read again: the enumerator may have recorded one while the batch was away.
            let mut kept = field_withdrawals(session)?;
            let FieldWithdrawals { pending, refused } = &mut kept;
            pending.retain(|w| {
                if ack.withdrawn.contains(&w.receipt) {
                    report.withdrawn += 1;
                    return false;
                }
                // Refused for good: not sent again, and the enumerator is told (unless
                // it was recorded again meanwhile, with other digits: that one goes).
                let no = ack.refused_withdrawals.contains(&w.receipt) && sent.contains(w);
                if no && !refused.contains(&w.receipt) {
                    refused.push(w.receipt.clone());
                    report.refused_withdrawals += 1;
                }
                !no
            });
            keep_withdrawals(session, &kept).await?;
        }
        report.feedback_refused +=
            crate::feedback::settle(session, &ack.feedback_filed, &ack.feedback_refused).await?;
        report.feedback_sent += ack.feedback_filed.len();
        let mut acknowledged = Vec::with_capacity(ack.results.len());
        for result in ack.results {
            let Some(record) = chunk.iter().find(|r| r.submission.id == result.id) else {
                continue;
            };
            let mut updated = record.clone();
            match &result.outcome {
                Outcome::Accepted => report.accepted += 1,
                Outcome::Duplicate => report.duplicates += 1,
                Outcome::EditedOnServer => report.edited += 1,
                Outcome::Rejected { .. } => report.rejected += 1,
            }
            if result.outcome.is_settled() {
                updated.status = Status::Synced;
                updated.synced_at = Some(crate::clock::now_local_rfc3339());
                // Kept to tell the enumerator their copy was corrected on the server.
                updated.rejection =
                    (result.outcome == Outcome::EditedOnServer).then_some(result.outcome);
            } else {
                updated.status = Status::Rejected;
                updated.rejection = Some(result.outcome);
            }
            acknowledged.push(updated);
        }
        records::save_all(session, &acknowledged).await?;
        rest = tail;
        if !rest.is_empty() {
            // Neither carried out nor refused: the record may be in what is left.
            withdrawals = sent
                .into_iter()
                .filter(|w| {
                    !ack.withdrawn.contains(&w.receipt)
                        && !ack.refused_withdrawals.contains(&w.receipt)
                })
                .collect();
        }
        progress(queued.len() - rest.len(), queued.len().max(1));
    }
    Ok(report)
}

/// While online, fetch the project's current form and settings; a new form version is
/// taken only when no draft is open on the phone (a draft is finished on the version it
/// was started with), and the enumerator is told.
async fn refresh_bundle(field: Field, ui: Ui) -> Option<Note> {
    // Never under an open interview: it finishes on the form it started with.
    if matches!(field.screen.get_untracked(), Screen::Interview(_)) {
        return None;
    }
    let session = field.session()?;
    crate::feedback::refresh_categories(&session.device.project_id, &ui.lang.get_untracked()).await;
    // With the tag of the bundle taken in last: `None` (a 304, no body) when it is current.
    let held = crate::session::bundle_tag(&session);
    let (mut bundle, tag) = api::bundle(&session.device.token, held.as_deref())
        .await
        .ok()??;
    if records::mark_issues(&session, &std::mem::take(&mut bundle.issues)).await {
        field.synced.update(|n| *n += 1);
    }
    // The download may take minutes on 2G: an interview started meanwhile finishes on the
    // version it started with (taken at the next refresh), and a phone locked meanwhile
    // stays locked.
    if held_back(field) {
        return None;
    }
    let drafts = records::load_all(&session)
        .0
        .iter()
        .any(|r| r.status == Status::Draft);
    if drafts {
        // Never silently: the enumerator finishes or discards the drafts, then gets it.
        let waits = crate::session::is_newer(&session, &bundle);
        field.form_waiting.set(waits);
        if !waits {
            // Taken in (its sent-back records marked): the next refresh is a 304.
            crate::session::keep_tag(&session, &tag).await;
        }
        return waits.then(|| Note::id("sync-new-form-waits"));
    }
    field.form_waiting.set(false);
    let fresh = crate::session::refresh(&session, bundle, &tag)
        .await
        .ok()??;
    let ids = |s: &crate::session::Session| {
        s.forms
            .iter()
            .map(|f| f.form.id.clone())
            .collect::<Vec<_>>()
    };
    // Forms given or taken away (an assignment changed, a form published): say which
    // forms the phone now offers, not "a new version".
    // Titles in the interface's language when the note is drawn.
    let titles = |forms: Vec<&forms::model::Form>| {
        let titles: Vec<_> = forms
            .into_iter()
            .map(|f| (f.title.clone(), f.default_language.clone()))
            .collect();
        move |ui: Ui| {
            let lang = ui.lang.get();
            titles
                .iter()
                .map(|(title, default)| title.get(&lang, default).to_string())
                .collect::<Vec<_>>()
                .join(", ")
        }
    };
    let note = if ids(&session) == ids(&fresh) {
        let form = titles(vec![&fresh.form.form]);
        Note::new(move |ui| ui.t_with("sync-new-form", &[("form", form(ui))]))
    } else {
        let forms = titles(fresh.forms.iter().map(|f| &f.form).collect());
        Note::new(move |ui| ui.t_with("sync-forms-changed", &[("forms", forms(ui))]))
    };
    // Locked while it was written: the key must not come back into memory behind the
    // unlock screen (the new version is on disk; the next unlock reads it).
    if field.session.with_untracked(Option::is_none) {
        return None;
    }
    field.session.set(Some(fresh));
    Some(note)
}

/// Whether a form version that arrived must not be taken now: the phone was locked, or
/// an interview is open.
fn held_back(field: Field) -> bool {
    field.session.with_untracked(Option::is_none)
        || matches!(field.screen.get_untracked(), Screen::Interview(_))
}

/// Ask the server for a newer form version or template now (the last draft that held
/// one back was finished or discarded), and say what came.
pub fn refresh(field: Field, ui: Ui) {
    if !online() {
        return;
    }
    leptos::task::spawn_local(async move {
        if let Some(note) = refresh_bundle(field, ui).await {
            field.sync_failed.set(false);
            field.sync_note.set(Some(note));
        }
    });
}

/// Whether records, withdrawals or feedback wait to be sent.
pub fn waiting(session: &Session) -> bool {
    any_queued(&records::load_all(session).0)
        || withdrawals_waiting(session)
        || !crate::feedback::pending(session).is_empty()
}

pub fn any_queued(records: &[LocalRecord]) -> bool {
    records.iter().any(|r| r.status == Status::Queued)
}

/// Whether withdrawals recorded in the field wait to be sent.
pub fn withdrawals_waiting(session: &Session) -> bool {
    field_withdrawals(session).is_ok_and(|w| !w.pending.is_empty())
}

/// Start a sync unless one is running or the phone is locked. `manual`: the enumerator
/// pressed Sync (say so when there is nothing to send, and send even with automatic
/// sending off).
pub fn request(field: Field, ui: Ui, manual: bool) {
    let Some(session) = field.session() else {
        return;
    };
    if field.syncing.get_untracked() || !(manual || (auto_send() && online())) {
        return;
    }
    if !waiting(&session) {
        if manual && !online() {
            // Nothing was sent, and nothing could be asked: not a success.
            field.sync_failed.set(true);
            field.sync_note.set(Some(Note::error(AppError::Offline)));
            return;
        }
        if manual {
            field.sync_failed.set(false);
            field.sync_note.set(Some(Note::id("sync-nothing")));
        }
        // Nothing to send, but maybe something to receive: a new form version.
        leptos::task::spawn_local(async move {
            if let Some(note) = refresh_bundle(field, ui).await {
                field.sync_note.set(Some(note));
            }
        });
        return;
    }
    field.syncing.set(true);
    field.sync_failed.set(false);
    field.sync_note.set(Some(Note::id("sync-busy")));
    leptos::task::spawn_local(async move {
        let result = sync_all(&session, |done, total| {
            field.sync_note.set(Some(Note::new(move |ui| {
                ui.t_with(
                    "sync-progress",
                    &[("done", done.to_string()), ("total", total.to_string())],
                )
            })));
            field.synced.update(|n| *n += 1);
        })
        .await;
        field.syncing.set(false);
        field.synced.update(|n| *n += 1);
        field.sync_failed.set(result.is_err());
        let note = match result {
            Ok(r) => {
                pace(Pace::succeeded);
                let new_form = refresh_bundle(field, ui).await;
                let mut note = Note::new(move |ui| r.message(ui));
                if let Some(new_form) = new_form {
                    note = note.then(new_form);
                }
                // Records saved while this sync ran were not in it: they go now (every
                // record it sent is settled, so a queued one is new).
                if any_queued(&records::load_all(&session).0) {
                    set_timeout(move || request(field, ui, manual), Duration::ZERO);
                }
                note
            }
            Err(AppError::Server { status: 401, .. }) => Note::id("err-device-revoked"),
            // Offline: nothing is retried on a timer; the `online` event sends what waits
            // (when sending is automatic).
            Err(AppError::Offline) if auto_send() => Note::id("sync-offline-wait"),
            Err(
                e @ (AppError::Network
                | AppError::TimedOut
                | AppError::Server { status: 500.., .. }),
            ) => {
                let mut note = Note::error(e);
                // Retried by itself only when sending is automatic; said only then.
                if auto_send() {
                    let wait = pace(|p| p.retry_after_s(js_sys::Math::random()));
                    set_timeout(
                        move || request(field, ui, false),
                        Duration::from_millis((wait * 1000.0) as u64),
                    );
                    let seconds = (wait.round() as u32).max(1).to_string();
                    note = note.then(Note::new(move |ui| {
                        ui.t_with("sync-retry", &[("seconds", seconds.clone())])
                    }));
                }
                note
            }
            Err(e) => Note::error(e),
        };
        field.sync_note.set(Some(note));
    });
}
