//! The form, page by page: answers settle as they are typed, the draft is autosaved,
//! and Save checks every page before the record is queued.

use std::sync::Arc;

use forms::consent::Consent;
use forms::model::Answers;
use forms::prefill::fill_metadata;
use forms::validate::{settle, validate};
use leptos::prelude::*;

use super::device_facts;
use super::engine::InterviewCtx;
use super::nodes::NodeView;
use crate::clock::{now_local_rfc3339, today};
use crate::error::AppError;
use crate::i18n::{t, ui};
use crate::records::{self, LocalRecord, Status};
use crate::session::Session;
use crate::state::{Screen, field};

/// How long after the last answer the draft is sealed and stored.
const AUTOSAVE_AFTER_MS: u64 = 600;

#[component]
pub(super) fn Questions<F>(
    session: Session,
    lang: RwSignal<String>,
    answers: RwSignal<Answers>,
    page: RwSignal<usize>,
    consent: Consent,
    record: StoredValue<F>,
    error: RwSignal<Option<String>>,
) -> impl IntoView
where
    F: Fn(Status, Answers, Consent) -> LocalRecord + Send + Sync + 'static,
{
    let ui = ui();
    let field = field();
    // Questions serving a purpose the respondent refused are never asked nor kept.
    let mut session = session;
    match session.form.for_purposes(consent.purposes()) {
        Ok(Some(narrowed)) => session.form = Arc::new(narrowed),
        Ok(None) => {}
        Err(e) => {
            error.set(Some(AppError::from(e).message(ui)));
            return ().into_any();
        }
    }
    let form = session.form.clone();
    let pages = form.pages();
    let total = pages.len();
    let today_value = now_local_rfc3339();
    let show_errors = RwSignal::new(false);
    let form_for_errors = form.clone();
    let today_for_errors = today_value.clone();
    let errors = Memo::new(move |_| {
        if !show_errors.get() {
            return Vec::new();
        }
        answers.with(|a| validate(&form_for_errors, a, &today_for_errors))
    });
    let ctx = InterviewCtx {
        form: StoredValue::new(form.clone()),
        answers,
        lang,
        errors,
        today: StoredValue::new(today_value.clone()),
        watched: StoredValue::new(Default::default()),
    };
    // A draft from an older screen may predate a calculation: settle once on open.
    answers.update(|a| settle(&form, a, &today_value));

    let pages = StoredValue::new(pages);
    let session = StoredValue::new(session);
    let consent = StoredValue::new(consent);
    let page_errors = move |p: usize| -> usize {
        let f = session.with_value(|s| s.form.clone());
        let names = pages.with_value(|ps| f.page_names(&ps[p]));
        answers.with(|a| {
            validate(&f, a, &today())
                .iter()
                .filter(|e| names.contains(&e.name))
                .count()
        })
    };
    // Once the interview is saved or left, no autosave may write a draft over it.
    let finished = StoredValue::new(false);
    // "Draft saved", once an autosave is on disk; gone at the next answer.
    let draft_saved = RwSignal::new(false);
    // Seals the record and starts its write at once (writes reach the disk in the order
    // they start); the future resolves once it is on disk.
    let store = move |status: Status| {
        let r = record.with_value(|f| f(status, answers.get_untracked(), consent.get_value()));
        let saving = session.with_value(|s| records::save(s, &r));
        if status != Status::Draft {
            finished.set_value(true);
        }
        async move {
            match saving.await {
                Ok(()) => Ok(r),
                Err(e) => {
                    // Not saved: the interview is still open, and autosave goes on.
                    finished.set_value(false);
                    Err::<LocalRecord, AppError>(e)
                }
            }
        }
    };
    // Writes a draft in the background; a failure is shown.
    let store_draft = move || {
        let saving = store(Status::Draft);
        leptos::task::spawn_local(async move {
            match saving.await {
                Ok(_) => draft_saved.set(true),
                Err(e) => error.set(Some(e.message(ui))),
            }
        });
    };
    // Autosave: every answer is sealed into the draft once the enumerator pauses, so a
    // tab the phone kills (or a flat battery) reopens the interview where it was. Each
    // write replaces the whole sealed record in one IndexedDB transaction (strict
    // durability), which either happens or not: there is no half-written draft to repair.
    let edits = StoredValue::new(0u32);
    Effect::new(move |ran: Option<()>| {
        answers.track();
        if ran.is_none() {
            return;
        }
        draft_saved.set(false);
        let edit = edits.try_update_value(|n| {
            *n += 1;
            *n
        });
        set_timeout(
            move || {
                let current = edits.try_get_value() == edit;
                if current && finished.try_get_value() == Some(false) {
                    store_draft();
                }
            },
            std::time::Duration::from_millis(AUTOSAVE_AFTER_MS),
        );
    });
    let next = move |_: leptos::ev::MouseEvent| {
        let p = page.get_untracked();
        if page_errors(p) > 0 {
            show_errors.set(true);
            error.set(Some(ui.t("interview-has-errors")));
            return;
        }
        error.set(None);
        show_errors.set(false);
        page.set((p + 1).min(total - 1));
        store_draft();
        scroll_top();
    };
    let back = move |_: leptos::ev::MouseEvent| {
        error.set(None);
        page.update(|p| *p = p.saturating_sub(1));
        scroll_top();
    };
    let save = move |_: leptos::ev::MouseEvent| {
        if finished.get_value() {
            return;
        }
        let f = session.with_value(|s| s.form.clone());
        let problems = answers.with_untracked(|a| validate(&f, a, &today()));
        if let Some(first) = problems.first() {
            show_errors.set(true);
            error.set(Some(ui.t("interview-has-errors")));
            if let Some(p) = pages.with_value(|ps| {
                ps.iter()
                    .position(|pg| f.page_names(pg).contains(&first.name))
            }) {
                page.set(p);
            }
            return;
        }
        let now = now_local_rfc3339();
        session
            .with_value(|s| answers.update(|a| fill_metadata(&s.form, a, device_facts(s, &now))));
        let saving = store(Status::Queued);
        // The receipt only once the record is on disk (a flat battery keeps it).
        leptos::task::spawn_local(async move {
            match saving.await {
                Ok(r) => {
                    crate::sync::request(field, ui, false);
                    field.screen.set(Screen::Receipt {
                        code: r.submission.consent.receipt.to_string(),
                        refused: false,
                        digits: r.submission.consent.access.is_some(),
                    })
                }
                Err(e) => error.set(Some(e.message(ui))),
            }
        });
    };
    let leave = move || {
        let saving = store(Status::Draft);
        finished.set_value(true);
        leptos::task::spawn_local(async move {
            match saving.await {
                Ok(_) => field.screen.set(Screen::Home),
                Err(e) => error.set(Some(e.message(ui))),
            }
        });
    };
    // Back: the page before, and from the first page home with the draft saved (nothing
    // typed is lost either way).
    super::on_back(move || {
        if finished.get_value() {
            return;
        }
        if page.get_untracked() == 0 {
            leave();
        } else {
            error.set(None);
            page.update(|p| *p -= 1);
            scroll_top();
            super::push_back_stop();
        }
    });
    let title = session.with_value(|s| s.form.form.title.clone());
    let default_lang = session.with_value(|s| s.form.form.default_language.clone());

    view! {
        <h1>{move || title.get(&lang.get(), &default_lang).to_string()}</h1>
        <div class="field inline">
            <label for="form-lang">{t("consent-language")}</label>
            <select id="form-lang" prop:value=move || lang.get() on:change=move |ev| lang.set(event_target_value(&ev))>
                {session.with_value(|s| s.form.form.languages.clone()).into_iter().map(|l| view! { <option value=l.code.clone()>{l.name.clone()}</option> }).collect_view()}
            </select>
        </div>
        <p class="muted" id="page-indicator">{move || ui.t_with("interview-page", &[("n", (page.get() + 1).to_string()), ("total", total.to_string())])}</p>
        {move || {
            let p = page.get();
            let nodes = session.with_value(|s| pages.with_value(|ps| ps[p].iter().map(|&i| s.form.form.body[i].clone()).collect::<Vec<_>>()));
            view! { <div class="page" id=format!("page-{}", p + 1)>{nodes.into_iter().map(|n| view! { <NodeView node=n ctx=ctx/> }).collect_view()}</div> }
        }}
        <div class="actions nav">
            // `hidden` rather than <Show>: fewer view types in the phone's download.
            <button id="back" type="button" hidden=move || page.get() == 0 on:click=back>{t("interview-back")}</button>
            <button id="next" class="primary" type="button" hidden={move || page.get() + 1 >= total} on:click=next>{t("interview-next")}</button>
            <button id="save" class="primary" type="button" hidden={move || page.get() + 1 < total} on:click=save>{t("interview-save")}</button>
        </div>
        <p id="draft-status" class="muted" role="status">{move || if draft_saved.get() { ui.t("interview-draft-saved") } else { String::new() }}</p>
        <button id="save-draft" type="button" class="link" on:click=move |_| leave()>{t("interview-save-draft")}</button>
    }
    .into_any()
}

fn scroll_top() {
    window().scroll_to_with_x_and_y(0.0, 0.0);
}
