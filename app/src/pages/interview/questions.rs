//! The form, page by page: answers settle as they are typed, the draft is autosaved,
//! and Save checks every page before the record is queued.
//!
//! Which screens there are, which are shown with the answers so far and where Next and
//! Back lead is `forms::paging`'s to say; here each screen's "shown" is a memo woken only
//! by the nodes that can change it (`Paging::watched`), so a keystroke re-asks one or two
//! screens, not every screen of a long form. `page` is a screen's id, not its number:
//! when a group before it appears or goes, the enumerator stays on the same page.
//! A Next or Save refused for errors moves focus to the first wrong answer
//! ([`focus_answer`]); the summary above the buttons lasts while this page has one.

use std::sync::Arc;

use forms::consent::Consent;
use forms::model::Answers;
use forms::paging::{self, Paging};
use forms::prefill::fill_metadata;
use forms::validate::{Context, FieldError, settle, validate};
use leptos::prelude::*;

use super::device_facts;
use super::engine::InterviewCtx;
use super::nodes::NodeView;
use super::overview::Overview;
use crate::clock::now_local_rfc3339;
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
    /// The record's id, for its `instanceID`.
    record_id: String,
    /// The last record of the form saved here, when the form reads it.
    last_saved: Option<Answers>,
    lang: RwSignal<String>,
    /// One question per screen, each prompt played as its screen opens.
    audio_first: bool,
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
    // A calculation reading `${last-saved#q}` reads the last record saved here, fixed
    // while this screen is open, as in Collect.
    if let Some(bound) = session.form.with_last_saved(last_saved.as_ref()) {
        session.form = Arc::new(bound);
    }
    let form = session.form.clone();
    let layout = if audio_first {
        Paging::one_per_screen(&form)
    } else {
        Paging::of(&form)
    };
    // The moment the screen opened: what relevance and calculations read as `today()` and
    // `now()` while the enumerator answers (the checks below read the clock anew).
    let opened_at = now_local_rfc3339();
    let show_errors = RwSignal::new(false);
    let form_for_errors = form.clone();
    // Every check reads the clock when it runs, as ODK does: `now()` is the moment of the
    // check, so a time recorded earlier (a `now()` default) is before it. The errors shown
    // and the check that refuses Next or Save agree: they once read two clocks (the
    // interview's start, and midnight), and Next was refused with nothing shown.
    let errors = Memo::new(move |_| {
        if !show_errors.get() {
            return Vec::new();
        }
        answers.with(|a| validate(&form_for_errors, a, &now_local_rfc3339()))
    });
    let ctx = InterviewCtx {
        form: StoredValue::new(form.clone()),
        answers,
        lang,
        errors,
        today: StoredValue::new(opened_at.clone()),
        watched: StoredValue::new(Default::default()),
        order_seed: forms::shuffle::seed_of(0, &record_id),
    };
    // A draft from an older screen may predate a calculation: settle once on open.
    answers.update(|a| settle(&form, a, &opened_at));

    // Whether each screen is shown, asked again only when a node it watches changed.
    let watched: Vec<Vec<String>> = (0..layout.len())
        .map(|id| layout.watched(&form, id))
        .collect();
    let paging = StoredValue::new(layout);
    let shows: Vec<Memo<bool>> = watched
        .into_iter()
        .enumerate()
        .map(|(id, watched)| {
            Memo::new(move |_| {
                watched.iter().for_each(|name| ctx.watch(name));
                let (form, today) = (ctx.form.get_value(), ctx.today.get_value());
                ctx.answers.with_untracked(|answers| {
                    let context = Context {
                        form: &form,
                        answers,
                        today: &today,
                    };
                    paging.with_value(|p| p.shows(&context, id))
                })
            })
        })
        .collect();
    // The interview's pages: the screens shown now, in order.
    let shown = Memo::new(move |_| {
        (0..shows.len())
            .filter(|&id| shows[id].get())
            .collect::<Vec<_>>()
    });
    // The screen on view: the page, or the next one shown when it stopped applying.
    let at = Memo::new(move |_| {
        let page = page.get();
        shown.with(|s| paging::landing(s, page)).unwrap_or(page)
    });
    // The names on the screen on view: its errors are the page's.
    let on_view = Memo::new(move |_| {
        let id = at.get();
        paging.with_value(|p| ctx.form.with_value(|f| p.names(f, id)))
    });
    let overview = RwSignal::new(false);
    // Audio-first: each screen's prompt plays as it opens (and again in another language).
    Effect::new(move |_| {
        at.track();
        lang.track();
        if audio_first {
            crate::widgets::prompt::play_first_prompt();
        }
    });

    let session = StoredValue::new(session);
    let consent = StoredValue::new(consent);
    // The first problem on screen `id`, with the answers as they are.
    let first_error = move |id: usize| -> Option<FieldError> {
        let f = session.with_value(|s| s.form.clone());
        let names = paging.with_value(|p| p.names(&f, id));
        answers
            .with_untracked(|a| validate(&f, a, &now_local_rfc3339()))
            .into_iter()
            .find(|e| names.contains(&e.name))
    };
    // "Some answers need attention" while the page on view has one.
    let page_has_errors =
        move || on_view.with(|names| errors.with(|e| e.iter().any(|e| names.contains(&e.name))));
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
    // An answer changed since the draft was last written.
    let unsaved = StoredValue::new(false);
    // Writes a draft in the background; a failure is shown.
    let store_draft = move || {
        // Saved (or leaving saved): a draft written now would turn the queued record
        // back into a draft once both writes reach the disk.
        if finished.try_get_value() != Some(false) {
            return;
        }
        unsaved.set_value(false);
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
        unsaved.set_value(true);
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
    // Hidden (a call, another app: the phone may kill the tab later) or unloading (a
    // reload, Android's pull to refresh, the tab closed): the last answers are sealed and
    // written now. The browser aborts a write its unloading page left running, so this
    // one is also kept where it lands at once (`store::set_sealed_as_page_goes`).
    let save_now = move || {
        if unsaved.try_get_value() == Some(true) && finished.try_get_value() == Some(false) {
            unsaved.set_value(false);
            let r = record
                .with_value(|f| f(Status::Draft, answers.get_untracked(), consent.get_value()));
            if let Some(Err(e)) = session.try_with_value(|s| records::save_as_page_goes(s, &r)) {
                error.set(Some(e.message(ui)));
            }
        }
    };
    let hidden = window_event_listener_untyped("visibilitychange", move |_| {
        if document().hidden() {
            save_now();
        }
    });
    let leaving = window_event_listener_untyped("pagehide", move |_| save_now());
    on_cleanup(move || {
        hidden.remove();
        leaving.remove();
    });
    let next = move |_: leptos::ev::MouseEvent| {
        let id = at.get_untracked();
        if let Some(first) = first_error(id) {
            show_errors.set(true);
            focus_answer(&first.path);
            return;
        }
        error.set(None);
        show_errors.set(false);
        if let Some(n) = shown.with_untracked(|s| paging::next(s, id)) {
            page.set(n);
        }
        store_draft();
        scroll_top();
        // The new page is announced ("Page 3 of 8") and Tab starts from its top.
        focus_later("page-indicator");
    };
    let back = move || {
        error.set(None);
        let id = at.get_untracked();
        if let Some(p) = shown.with_untracked(|s| paging::previous(s, id)) {
            page.set(p);
        }
        // The draft reopens where the enumerator is, whichever way they moved.
        store_draft();
        scroll_top();
        focus_later("page-indicator");
    };
    // From the overview: any section, answered or not (Save checks them all); its errors
    // are shown once a Next or Save is refused there.
    let jump = move |id: usize| {
        error.set(None);
        show_errors.set(false);
        overview.set(false);
        page.set(id);
        store_draft();
        scroll_top();
        focus_later("page-indicator");
    };
    let save = move |_: leptos::ev::MouseEvent| {
        if finished.get_value() {
            return;
        }
        let f = session.with_value(|s| s.form.clone());
        let problems = answers.with_untracked(|a| validate(&f, a, &now_local_rfc3339()));
        if let Some(first) = problems.first() {
            show_errors.set(true);
            if let Some(id) = paging.with_value(|p| p.screen_of(&f, &first.name)) {
                page.set(id);
            }
            focus_answer(&first.path);
            return;
        }
        let now = now_local_rfc3339();
        session.with_value(|s| {
            answers.update(|a| fill_metadata(&s.form, a, device_facts(s, &now, &record_id)))
        });
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
                        lang: r.submission.consent.language.clone(),
                    })
                }
                Err(e) => error.set(Some(e.message(ui))),
            }
        });
    };
    let leave = move || {
        // After Save (its write may still be on its way), a draft must not follow it onto
        // disk and turn the saved record back into a draft.
        if finished.get_value() {
            return;
        }
        let saving = store(Status::Draft);
        finished.set_value(true);
        leptos::task::spawn_local(async move {
            match saving.await {
                Ok(_) => field.screen.set(Screen::Home),
                Err(e) => error.set(Some(e.message(ui))),
            }
        });
    };
    // Back: the overview closes; else the page before, and from the first page home with
    // the draft saved (nothing typed is lost either way).
    super::on_back(move || {
        if finished.get_value() {
            return;
        }
        let id = at.get_untracked();
        if overview.get_untracked() {
            overview.set(false);
            super::push_back_stop();
        } else if shown.with_untracked(|s| paging::previous(s, id)).is_none() {
            leave();
        } else {
            back();
            super::push_back_stop();
        }
    });
    let title = session.with_value(|s| s.form.form.title.clone());
    let default_lang = session.with_value(|s| s.form.form.default_language.clone());
    let (title_lang, title_dir) = ctx.marks(StoredValue::new(title.clone()));
    let languages = session.with_value(|s| s.form.form.languages.clone());
    // The language the questions are shown in: the respondent's, or the form's own first
    // one when the form lacks it (a consent in English before a form in Bangla and one
    // unnamed label column), so the selector never shows a blank.
    let shown_lang =
        move || session.with_value(|s| s.form.form.language_shown(&lang.get()).to_string());

    view! {
        <h1 lang=title_lang dir=title_dir>{move || title.get(&lang.get(), &default_lang).to_string()}</h1>
        // A form in one language (most are: plain `label` columns) has nothing to choose.
        {(languages.len() > 1).then(|| view! {
            <div class="field inline">
                <label for="form-lang">{t("consent-language")}</label>
                <select id="form-lang" prop:value=shown_lang on:change=move |ev| lang.set(event_target_value(&ev))>
                    {languages.iter().map(|l| view! { <option lang=forms::langtag::tag(&l.code) value=l.code.clone()>{l.name.clone()}</option> }).collect_view()}
                </select>
            </div>
        })}
        <div class="page-bar">
            <p class="muted" id="page-indicator" tabindex="-1">{move || {
                let (n, total) = shown.with(|s| (s.iter().position(|&i| i == at.get()).unwrap_or(0) + 1, s.len().max(1)));
                ui.t_with("interview-page", &[("n", n.to_string()), ("total", total.to_string())])
            }}</p>
            <button id="overview-open" type="button" aria-expanded=move || overview.get().to_string() aria-controls="overview"
                on:click=move |_| {
                    overview.update(|o| *o = !*o);
                    focus_later(if overview.get_untracked() { "overview-title" } else { "overview-open" });
                }>
                {t("overview-open")}
            </button>
        </div>
        {move || overview.get().then(|| view! {
            <Overview paging=paging ctx=ctx shown=shown at=at jump=Callback::new(jump)
                close=Callback::new(move |()| { overview.set(false); focus_later("overview-open"); })/>
        })}
        // `hidden` while the overview is open: what is typed on the page stays as it is.
        <div class="questions" hidden=move || overview.get()>
            {move || {
                let id = at.get();
                let nodes = session.with_value(|s| paging.with_value(|p| p.nodes(&s.form, id)));
                view! { <div class="page" id=move || format!("page-{}", shown.with(|s| s.iter().position(|&i| i == id).unwrap_or(0) + 1))>
                    {nodes.into_iter().map(|n| view! { <NodeView node=n ctx=ctx/> }).collect_view()}
                </div> }
            }}
            <p id="page-errors" class="error" role="alert">{move || page_has_errors().then(|| ui.t("interview-has-errors"))}</p>
            <div class="actions nav">
                // `hidden` rather than <Show>: fewer view types in the phone's download.
                <button id="back" type="button" hidden=move || shown.with(|s| paging::previous(s, at.get()).is_none()) on:click=move |_| back()>{t("interview-back")}</button>
                <button id="next" class="primary" type="button" hidden=move || shown.with(|s| paging::next(s, at.get()).is_none()) on:click=next>{t("interview-next")}</button>
                <button id="save" class="primary" type="button" hidden=move || shown.with(|s| paging::next(s, at.get()).is_some()) on:click=save>{t("interview-save")}</button>
            </div>
        </div>
        <p id="draft-status" class="muted" role="status">{move || if draft_saved.get() { ui.t("interview-draft-saved") } else { String::new() }}</p>
        <button id="save-draft" type="button" class="link" on:click=move |_| leave()>{t("interview-save-draft")}</button>
    }
    .into_any()
}

fn scroll_top() {
    window().scroll_to_with_x_and_y(0.0, 0.0);
}

/// Focus the element `id` once the screen is drawn (the reactive updates run first).
fn focus_later(id: &'static str) {
    request_animation_frame(move || {
        use wasm_bindgen::JsCast;
        if let Some(el) = document()
            .get_element_by_id(id)
            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
        }
    });
}

/// Once the page shows its errors: the question whose answer is at `path`
/// (`members[2]/member_age`) scrolled to the top of the screen, its input focused (for
/// choices, the first one; for a repeat with no instance, its Add button). The input is
/// `aria-invalid` and described by the error, so a screen reader reads both.
fn focus_answer(path: &str) {
    use wasm_bindgen::JsCast;
    // `q-members-2-member_age`, as `nodes::dom_id` spells it.
    let id = format!("q-{}", path.replace("]/", "-").replace('[', "-"));
    request_animation_frame(move || {
        let doc = document();
        let question = doc
            .get_element_by_id(&format!("{id}-error"))
            .and_then(|e| e.closest(".question").ok().flatten());
        let target = match &question {
            Some(question) => doc
                .get_element_by_id(&id)
                .filter(|el| question.contains(Some(el)) && !el.has_attribute("hidden"))
                .or_else(|| {
                    question
                        .query_selector("input:not([hidden]), select, textarea, button")
                        .ok()
                        .flatten()
                }),
            None => doc.get_element_by_id(&format!("add-{}", &id[2..])),
        };
        if let Some(frame) = question.as_ref().or(target.as_ref()) {
            frame.scroll_into_view_with_bool(true);
        }
        if let Some(el) = target.and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = el.focus();
        }
    });
}
