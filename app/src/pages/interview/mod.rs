//! One interview: consent first, then the form page by page, then the receipt.
//! No question is shown before consent is recorded; a refusal is kept with no answers.
//!
//! `consent` is the consent step (purposes, the method and its proof), `questions` the
//! form page by page, `overview` its sections to jump between, `nodes` one node of the
//! form on screen, `engine` the adapter to
//! the form engine they share, `receipt` what the respondent keeps.

mod consent;
pub(crate) mod engine;
pub(crate) mod nodes;
mod overview;
mod questions;
mod receipt;

use forms::batch::{Submission, new_record_id};
use forms::consent::Consent;
use forms::model::Answers;
use forms::prefill::{DeviceFacts, apply_defaults, fill_metadata, reads_last_saved};
use leptos::prelude::*;

use crate::clock::{now_local_rfc3339, now_ms};
use crate::error::AppError;
use crate::i18n::ui;
use crate::records::{self, LocalRecord, Status};
use crate::session::Session;
use crate::state::{Screen, field};
use crate::widgets::ErrorLine;
use consent::ConsentStep;
use questions::Questions;
pub use receipt::Receipt;

/// What the form's metadata questions (`deviceid`, `username`, …) record.
/// What the phone knows for a record's metadata; `record_id` is given at every fill, so a
/// draft resumed before its first answer was kept still gets its `instanceID`.
pub(super) fn device_facts<'a>(
    session: &'a Session,
    now: &'a str,
    record_id: &'a str,
) -> DeviceFacts<'a> {
    DeviceFacts {
        now,
        device_id: &session.device.device_id,
        username: &session.device.username,
        instance_id: Some(record_id),
    }
}

/// Back (the browser's, Android's button) inside the interview runs `handler` instead of
/// leaving the app: an entry of the interview's own is pushed on the browser's history,
/// and its `popstate` comes here while the screen is open. `handler` pushes it again
/// ([`push_back_stop`]) when the interview stays open.
pub(super) fn on_back(handler: impl Fn() + 'static) {
    push_back_stop();
    // The page Back leads to opens at its top, as the app's own Back opens it: the
    // browser would put back where that history entry was scrolled to (mid-repeat).
    if let Ok(history) = window().history() {
        let _ = js_sys::Reflect::set(&history, &"scrollRestoration".into(), &"manual".into());
    }
    let listener = window_event_listener_untyped("popstate", move |_| handler());
    on_cleanup(move || listener.remove());
}

/// One history entry for the next Back to stop at.
pub(super) fn push_back_stop() {
    if let Ok(history) = window().history() {
        let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", None);
    }
}

/// The interview screen. The field bundle loads it as a wasm chunk of its own
/// (`src/bin/field.rs`), so the first screens never wait for the form engine.
pub fn view(draft: Option<Box<LocalRecord>>) -> AnyView {
    view! { <Interview draft/> }.into_any()
}

#[component]
fn Interview(draft: Option<Box<LocalRecord>>) -> impl IntoView {
    let ui = ui();
    let field = field();
    let Some(session) = field.session() else {
        field.lock(None);
        return ().into_any();
    };
    // A draft finishes on the form it was begun with.
    let session = match &draft {
        Some(d) => session.with_form(&d.submission.form_id),
        None => session,
    };
    let error = RwSignal::new(None::<String>);
    let id = match &draft {
        Some(d) => d.submission.id,
        None => match new_record_id(now_ms() as u64) {
            Ok(id) => id,
            Err(e) => {
                error.set(Some(AppError::from(e).message(ui)));
                return view! { <ErrorLine error=error/> }.into_any();
            }
        },
    };
    let started_at = draft
        .as_ref()
        .map(|d| d.submission.started_at.clone())
        .unwrap_or_else(now_local_rfc3339);
    let lang = RwSignal::new(
        draft
            .as_ref()
            .map(|d| d.submission.consent.language.clone())
            .unwrap_or_else(|| {
                session
                    .consent
                    .first_language(&session.form.form, &ui.lang.get_untracked())
            }),
    );
    let consent = RwSignal::new(draft.as_ref().map(|d| d.submission.consent.clone()));
    let page = RwSignal::new(draft.as_ref().map_or(0, |d| d.page));
    let audio_first = RwSignal::new(draft.as_ref().is_some_and(|d| d.audio_first));
    // The last record of this form saved here, read once (every sealed record is opened to
    // find it), for a form whose defaults or calculations read `${last-saved#q}`.
    let last = reads_last_saved(&session.form)
        .then(|| records::last_saved(&session))
        .flatten();
    let answers = RwSignal::new(draft.map(|d| d.submission.answers).unwrap_or_else(|| {
        // A new interview starts with the form's defaults and the device's metadata.
        // A `${last-saved#q}` default reads the last record; what the metadata sets off is
        // worked out with it at hand too, as on every screen after (`Questions`).
        let mut a = Answers::new();
        let bound = session.form.with_last_saved(last.as_ref());
        let form = bound.as_ref().unwrap_or(&session.form);
        // `now()` is this moment, not midnight: a `now()` default checked by `. < now()`.
        apply_defaults(form, &mut a, &now_local_rfc3339(), last.as_ref());
        let record_id = id.to_string();
        fill_metadata(
            form,
            &mut a,
            device_facts(&session, &now_local_rfc3339(), &record_id),
        );
        a
    }));

    let session = StoredValue::new(session);
    let record = move |status: Status, answers: Answers, consent: Consent| LocalRecord {
        status,
        name: session.with_value(|s| records::name_for(&s.form, &answers, &now_local_rfc3339())),
        submission: Submission {
            id,
            form_id: session.with_value(|s| s.form.form.id.clone()),
            form_version: session.with_value(|s| s.form.form.version.clone()),
            started_at: started_at.clone(),
            saved_at: now_local_rfc3339(),
            consent,
            answers,
        },
        rejection: None,
        review_note: None,
        page: page.get_untracked(),
        audio_first: audio_first.get_untracked(),
        synced_at: None,
    };
    let record = StoredValue::new(record);

    let on_decided = move |decided: Consent| {
        let refused = decided.is_refusal();
        if refused {
            let code = decided.receipt.to_string();
            let digits = decided.access.is_some();
            let lang = decided.language.clone();
            let r = record.with_value(|f| f(Status::Queued, Answers::new(), decided));
            let saving = session.with_value(|s| records::save(s, &r));
            // The receipt only once the refusal is on disk (a flat battery keeps it).
            leptos::task::spawn_local(async move {
                match saving.await {
                    Ok(()) => {
                        crate::sync::request(field, ui, false);
                        field.screen.set(Screen::Receipt {
                            code,
                            refused: true,
                            digits,
                            lang,
                        })
                    }
                    Err(e) => error.set(Some(e.message(ui))),
                }
            });
        } else {
            // Keep the consent at once as a draft: nothing said so far is lost.
            let r = record.with_value(|f| f(Status::Draft, Answers::new(), decided.clone()));
            let saving = session.with_value(|s| records::save(s, &r));
            leptos::task::spawn_local(async move {
                match saving.await {
                    Ok(()) => {
                        consent.set(Some(decided));
                        // Page 1 from its top, its heading focused and announced.
                        crate::pages::focus_heading();
                    }
                    Err(e) => error.set(Some(e.message(ui))),
                }
            });
        }
    };

    // The interview keeps the interface's direction: only the form's and the template's
    // words carry the respondent's language and direction (`engine::marks`), so an
    // English screen with an Arabic respondent reads right on both sides.
    view! {
        <section class="interview" class:audio-first=move || audio_first.get() class:theme-grid=session.with_value(|s| s.form.has_style("theme-grid"))>
            <ErrorLine error=error/>
            {move || match consent.get() {
                None => view! {
                    <ConsentStep template=session.with_value(|s| s.consent.clone()) form=session.with_value(|s| s.form.clone()) lang=lang audio_first=audio_first on_decided=on_decided/>
                }
                .into_any(),
                Some(given) => view! {
                    <Questions session=session.get_value() record_id=id.to_string() last_saved=last.clone() lang=lang audio_first=audio_first.get_untracked() answers=answers page=page consent=given record=record error=error/>
                }
                .into_any(),
            }}
        </section>
    }
    .into_any()
}
