//! The enumerator's home: what is on the phone, in what state, and sync.

use leptos::prelude::*;

mod feedback;

use crate::i18n::{t, ui};
use crate::records::{self, LocalRecord, Status};
use crate::state::{Note, Screen, field};
use crate::widgets::{ErrorLine, TextField};
use crate::{store, sync};

/// Storage use (percent of the budget) at which the home screen warns…
const STORAGE_WARN_AT: usize = 80;
/// …and at which it refuses to start a new interview.
const STORAGE_REFUSE_AT: usize = 95;

/// The feedback card, for the field binary's split point (`crate::Chunks::feedback`).
pub fn feedback_view() -> AnyView {
    view! { <feedback::FieldFeedbackCard/> }.into_any()
}

/// The feedback card once its chunk is here (fetched when home shows, kept by the service
/// worker with the shell); nothing while it comes or if it cannot be fetched, because
/// records and sync never wait for it.
fn feedback_card() -> impl IntoView {
    let card = RwSignal::new_local(None::<AnyView>);
    if let Some(chunks) = use_context::<crate::Chunks>() {
        leptos::task::spawn_local_scoped_with_cancellation(async move {
            if let Ok(view) = (chunks.feedback)().await {
                card.set(Some(view));
            }
        });
    }
    move || {
        card.track();
        card.try_update_untracked(Option::take).flatten()
    }
}

#[component]
pub fn Home() -> impl IntoView {
    let ui = ui();
    let field = field();
    let Some(session) = field.session() else {
        field.lock(None);
        return ().into_any();
    };
    let records = RwSignal::new(Vec::<LocalRecord>::new());
    let damaged = RwSignal::new(Vec::<String>::new());
    if let Some(id) = field.notice.get_untracked() {
        field.sync_failed.set(false);
        field.sync_note.set(Some(Note::id(id)));
    }
    field.notice.set(None);

    // The lists follow what sync does, batch by batch.
    let used = RwSignal::new(0);
    // Field withdrawals the server refused (digits missing or wrong), until dismissed.
    let refused_withdrawals = RwSignal::new(Vec::<forms::receipt::ReceiptCode>::new());
    // Field withdrawals recorded on this phone and not yet carried out by the server.
    let pending_withdrawals = RwSignal::new(Vec::<forms::receipt::ReceiptCode>::new());
    // Whether anything waits to be sent (the storage advice depends on it).
    let waiting = RwSignal::new(false);
    Effect::new(move |_| {
        field.synced.track();
        if let Some(session) = field.session() {
            let (mut found, errors) = records::load_all(&session);
            records::forget_expired(&session, &mut found);
            for r in found.iter_mut().filter(|r| r.status == Status::Draft) {
                // Drafts an earlier version named "–": named by their first answers.
                if r.name
                    .as_deref()
                    .is_none_or(|n| records::trim_name(n).is_empty())
                {
                    r.name = records::first_answers(
                        &session.with_form(&r.submission.form_id).form,
                        &r.submission.answers,
                    );
                }
            }
            waiting.set(sync::any_queued(&found) || sync::withdrawals_waiting(&session));
            let (kept, unreadable) = match sync::field_withdrawals(&session) {
                Ok(kept) => (kept, None),
                Err(e) => (Default::default(), Some(e.message(ui))),
            };
            refused_withdrawals.set(kept.refused);
            pending_withdrawals.set(kept.pending.into_iter().map(|w| w.receipt).collect());
            // The last draft holding a new form version back is gone: get it now.
            let drafts = found.iter().any(|r| r.status == Status::Draft);
            if !drafts && field.form_waiting.get_untracked() {
                sync::refresh(field, ui);
            }
            records.set(found);
            damaged.set(
                errors
                    .iter()
                    .map(|e| e.message(ui))
                    .chain(unreadable)
                    .collect(),
            );
            leptos::task::spawn_local(async move { used.set(store::used_percent().await) });
        }
    });
    let refused = RwSignal::new(None::<String>);
    // A new interview needs room to be saved: refuse to start one rather than fail later.
    // A new interview of one of the project's forms (by id).
    let start = move |form_id: String| {
        leptos::task::spawn_local(async move {
            let percent = store::used_percent().await;
            if percent >= STORAGE_REFUSE_AT {
                used.set(percent);
                // Syncing helps only records that wait; otherwise only space freed does.
                let id = if waiting.get_untracked() {
                    "err-storage-nearly-full"
                } else {
                    "err-storage-nearly-full-free"
                };
                refused.set(Some(ui.t_with(id, &[("percent", percent.to_string())])));
            } else {
                field
                    .session
                    .update(|s| *s = s.as_ref().map(|s| s.with_form(&form_id)));
                field.screen.set(Screen::Interview(None));
            }
        });
    };
    let keep = session.keep_synced_days;
    // A respondent met in the field withdraws everything: recorded offline with their
    // receipt code and, for a consent another enumerator took, the four digits they chose
    // then (typed in any script); sent with the next sync.
    let withdrawal = RwSignal::new(String::new());
    let withdrawal_access = RwSignal::new(String::new());
    let withdrawal_note = RwSignal::new(None::<String>);
    let withdraw = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(session) = field.session() else {
            return;
        };
        let Ok(code) = forms::receipt::ReceiptCode::parse(&withdrawal.get_untracked()) else {
            withdrawal_note.set(Some(ui.t("withdrawal-bad-code")));
            return;
        };
        let digits = forms::consent::normalise_access(&withdrawal_access.get_untracked());
        if !digits.is_empty() && !forms::consent::access_well_formed(&digits) {
            withdrawal_note.set(Some(ui.t("withdrawal-bad-digits")));
            return;
        }
        let access = (!digits.is_empty()).then_some(digits);
        withdrawal_note.set(None);
        // Confirmed only once it is on disk (a flat battery keeps it).
        leptos::task::spawn_local(async move {
            let note = match sync::record_withdrawal(&session, code, access).await {
                Ok(()) => {
                    withdrawal.set(String::new());
                    withdrawal_access.set(String::new());
                    field.synced.update(|n| *n += 1);
                    sync::request(field, ui, false);
                    ui.t("withdrawal-recorded")
                }
                Err(e) => e.message(ui),
            };
            withdrawal_note.set(Some(note));
        });
    };
    let dismiss_refused = move |_| {
        let Some(session) = field.session() else {
            return;
        };
        leptos::task::spawn_local(async move {
            if sync::dismiss_refused_withdrawals(&session).await.is_ok() {
                refused_withdrawals.set(Vec::new());
            }
        });
    };
    // A new version of the app is waiting (see static/boot.js): offered here, where no
    // interview is open.
    let update = RwSignal::new(update_ready());
    let listener = window_event_listener_untyped("sauti-update", move |_| update.set(true));
    on_cleanup(move || listener.remove());
    // Unlocked, or back from an interview: send what waits, if sending is automatic.
    sync::request(field, ui, false);
    let auto = RwSignal::new(sync::auto_send());

    // Follows the session: a sync can bring a new form version. Each title is the form's
    // words, isolated in the interface's sentence (an Arabic title in an English line).
    let ready = move || {
        let titles: Vec<String> = field.session.with(|s| {
            s.iter()
                .flat_map(|s| s.forms.iter())
                .map(|f| {
                    let title = f.form.title.get(&ui.lang.get(), &f.form.default_language);
                    title.to_string()
                })
                .collect()
        });
        let count = [("count", titles.len().to_string())];
        let (before, after) =
            crate::i18n::around(&ui.lang.get(), "home-offline-ready", &count, "form");
        let last = titles.len().saturating_sub(1);
        let titles = titles
            .into_iter()
            .enumerate()
            .map(|(i, title)| {
                let separator = (i < last).then(|| forms::i18n::list_separator(&ui.lang.get()));
                view! { <bdi>{title}</bdi>{separator} }
            })
            .collect_view();
        view! { {before}{titles}{after} }
    };
    let section = move |status: Status, title_id: &'static str| {
        let list = move || {
            records
                .get()
                .into_iter()
                .filter(|r| r.status == status)
                .collect::<Vec<_>>()
        };
        view! {
            <section class="records" data-status=status.as_str()>
                <h2>{move || ui.t(title_id)} " (" {move || forms::i18n::cldr::format_number(&ui.lang.get(), &list().len().to_string())} ")"</h2>
                <p class="muted" hidden=move || !list().is_empty()>{t("home-empty")}</p>
                <ul>
                    <For each=list key=|r| (r.submission.id, r.status, r.review_note.is_some()) let:record>
                        <RecordLine record=record/>
                    </For>
                </ul>
            </section>
        }
    };

    view! {
        <section class="home">
            <h1>{t("home-title")}</h1>
            <p class="muted">{ready}</p>
            <div class="actions">
                {move || field.session.with(|s| s.as_ref().map(|s| new_interview_buttons(s, start)))}
                // Busy, not disabled: a disabled button would drop the focus.
                <button id="sync" on:click=move |_| sync::request(field, ui, true) aria-disabled=move || field.syncing.get().to_string()>{t("home-sync")}</button>
                <button id="lock" on:click=move |_| field.lock(None)>{t("home-lock")}</button>
                <button id="change-passphrase" class="link" on:click=move |_| field.screen.set(Screen::ChangePassphrase)>{t("passphrase-change")}</button>
            </div>
            <label class="choice" for="auto-send">
                <input id="auto-send" type="checkbox" prop:checked=move || auto.get() on:change=move |ev| {
                    let on = event_target_checked(&ev);
                    sync::set_auto_send(on);
                    auto.set(on);
                    sync::request(field, ui, false);
                }/>
                <span>{t("home-auto-send")}</span>
            </label>
            // Hidden rather than behind <Show>: one view type less in the phone's download.
            <p class="warning" id="update" hidden=move || !update.get()>
                {t("update-ready")} " "
                <button id="update-now" on:click=|_| apply_update()>{t("update-now")}</button>
            </p>
            <ErrorLine error=refused/>
            <p id="home-message" class="status" class:failed=move || field.sync_failed.get() role="status" aria-live="polite">{move || field.sync_note.get().map(|n| n.text(ui)).unwrap_or_default()}</p>
            <div id="withdrawals-refused" class="warning" role="alert" hidden=move || refused_withdrawals.with(Vec::is_empty)>
                <ul>
                    {move || refused_withdrawals.get().into_iter().map(|code| view! {
                        <li>{ui.t_with("withdrawal-refused", &[("code", code.to_string())])}</li>
                    }).collect_view()}
                </ul>
                <button id="withdrawals-refused-dismiss" on:click=dismiss_refused>{t("withdrawal-refused-dismiss")}</button>
            </div>
            <p id="form-waiting" class="warning" role="status" hidden=move || !field.form_waiting.get()>
                {t("home-form-waiting")}
            </p>
            <p id="storage" class="muted" class:warning=move || { used.get() >= STORAGE_WARN_AT }>
                {move || {
                    let percent = used.get();
                    let id = match (percent >= STORAGE_WARN_AT, waiting.get()) {
                        (false, _) => "home-storage",
                        (true, true) => "storage-warning",
                        (true, false) => "storage-warning-free",
                    };
                    ui.t_with(id, &[("percent", percent.to_string())])
                }}
            </p>
            // The live region around the list, not on it: a list that is an alert is no list.
            <div role="alert">
                <ul class="errors">
                    {move || damaged.get().into_iter().map(|m| view! { <li class="error">{m}</li> }).collect_view()}
                </ul>
            </div>
            {section(Status::Draft, "home-drafts")}
            {section(Status::Queued, "home-queued")}
            <section class="records" data-status="withdrawals" hidden=move || pending_withdrawals.with(Vec::is_empty)>
                <h2>{t("home-withdrawals-pending")} " (" {move || pending_withdrawals.with(Vec::len)} ")"</h2>
                <ul>
                    {move || pending_withdrawals.get().into_iter().map(|code| view! {
                        <li class="withdrawal-pending"><span class="receipt-code" dir="ltr">{code.to_string()}</span></li>
                    }).collect_view()}
                </ul>
            </section>
            {section(Status::Rejected, "home-rejected")}
            {section(Status::Synced, "home-synced")}
            <p class="muted">{move || ui.t_with("home-keep", &[("days", keep.to_string())])}</p>
            {feedback_card()}
            <details class="withdrawal">
                <summary>{t("withdrawal-title")}</summary>
                <form on:submit=withdraw>
                    <TextField id="withdrawal-receipt" label="withdrawal-receipt" value=withdrawal hint="withdrawal-hint"/>
                    <TextField id="withdrawal-access" label="withdrawal-access" value=withdrawal_access kind="tel" hint="withdrawal-access-hint"/>
                    <p id="withdrawal-note" class="status" role="status">{move || withdrawal_note.get().unwrap_or_default()}</p>
                    <button id="withdrawal-submit" class="danger" type="submit">{t("withdrawal-submit")}</button>
                </form>
            </details>
        </section>
    }
    .into_any()
}

/// Whether a new version of the app waits to take over.
fn update_ready() -> bool {
    document()
        .document_element()
        .and_then(|root| root.get_attribute("data-update"))
        .as_deref()
        == Some("ready")
}

/// Let the waiting version take over; the page reloads when it has.
fn apply_update() {
    if let Ok(f) = js_sys::Reflect::get(&window(), &"sautiUpdate".into()) {
        let _ = js_sys::Function::from(f).call0(&window());
    }
}

/// Send a record the server refused once more (a refusal in error, or one the server
/// would now take): back in the queue, and a sync started.
fn recheck(field: crate::state::Field, ui: crate::i18n::Ui, record: &LocalRecord) {
    let Some(session) = field.session() else {
        return;
    };
    let mut again = record.clone();
    again.status = Status::Queued;
    again.rejection = None;
    let saving = records::save(&session, &again);
    leptos::task::spawn_local(async move {
        match saving.await {
            Ok(()) => {
                field.synced.update(|n| *n += 1);
                sync::request(field, ui, true);
            }
            Err(e) => {
                field.sync_failed.set(true);
                field.sync_note.set(Some(Note::error(e)));
            }
        }
    });
}

#[component]
fn RecordLine(record: LocalRecord) -> impl IntoView {
    let ui = ui();
    let field = field();
    let receipt = record.submission.consent.receipt.to_string();
    let when = record
        .submission
        .saved_at
        .replace('T', " ")
        .chars()
        .take(16)
        .collect::<String>();
    let is_draft = record.status == Status::Draft;
    let is_refused = record.status == Status::Rejected;
    let refused = record.clone();
    let problems = match &record.rejection {
        Some(forms::batch::Outcome::Rejected {
            errors,
            consent,
            reason,
        }) => errors
            .iter()
            .map(|e| format!("{}: {}", e.path, ui.t(e.problem.message_id())))
            .chain(consent.iter().map(|c| ui.t(c)))
            .chain(reason.iter().map(|r| ui.t(r)))
            .collect::<Vec<_>>(),
        Some(forms::batch::Outcome::EditedOnServer) => vec![ui.t("record-edited")],
        _ => Vec::new(),
    }
    .into_iter()
    .chain(
        record
            .review_note
            .iter()
            .map(|note| ui.t_with("record-sent-back", &[("comment", note.clone())])),
    )
    .collect::<Vec<_>>();
    let draft = record.clone();
    // Discarding a draft asks first; confirmed, the sealed record leaves IndexedDB.
    let confirming = RwSignal::new(false);
    let discarded = record.clone();
    let discard = move |_| {
        let gone = records::discard(&discarded);
        leptos::task::spawn_local(async move {
            match gone.await {
                Ok(()) => {
                    field.sync_failed.set(false);
                    field.sync_note.set(Some(Note::id("home-draft-discarded")));
                }
                Err(e) => {
                    field.sync_failed.set(true);
                    field.sync_note.set(Some(Note::error(e)));
                }
            }
            field.synced.update(|n| *n += 1);
        });
    };
    let name = record.name.clone().unwrap_or_else(|| receipt.clone());
    // Which form, when the phone holds several (two near twins, a town's and another's,
    // are otherwise told apart by nothing).
    let form_title = field.session.with_untracked(|s| {
        let forms = &s.as_ref()?.forms;
        let form = forms
            .iter()
            .find(|f| f.form.id == record.submission.form_id)?;
        (forms.len() > 1).then(|| {
            let title = form
                .form
                .title
                .get(&ui.lang.get_untracked(), &form.form.default_language);
            if title.is_empty() {
                form.form.id.clone()
            } else {
                title.to_string()
            }
        })
    });
    view! {
        <li class="record" data-id=record.submission.id.to_string()>
            {record.name.clone().map(|name| view! { <strong class="record-name" dir="auto">{name}</strong> })}
            {form_title.map(|title| view! { <span class="record-form muted" dir="auto">{title}</span> })}
            <span class="receipt-code" dir="ltr">{receipt}</span>
            <span class="muted" dir="ltr">{when}</span>
            {is_draft.then(|| view! {
                <div class="actions">
                    <button class="resume" on:click=move |_| field.screen.set(Screen::Interview(Some(Box::new(draft.clone()))))>
                        {t("home-resume")}
                    </button>
                    <button class="discard danger" aria-expanded=move || confirming.get().to_string() on:click=move |_| confirming.set(true)>
                        {t("home-discard")}
                    </button>
                </div>
                <div class="confirm warning" role="alertdialog" aria-label=move || ui.t("home-discard") hidden=move || !confirming.get()>
                    <p>{move || ui.t_with("home-discard-confirm", &[("name", name.clone())])}</p>
                    <div class="actions">
                        <button class="discard-confirm danger" on:click=discard>{t("home-discard-yes")}</button>
                        <button class="discard-keep" on:click=move |_| confirming.set(false)>{t("home-discard-no")}</button>
                    </div>
                </div>
            })}
            <ul class="problems">{problems.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}</ul>
            {is_refused.then(|| view! {
                <button class="recheck" on:click=move |_| recheck(field, ui, &refused)>
                    {t("record-recheck")}
                </button>
            })}
        </li>
    }
}

/// One "New interview" button per form the phone has: the first keeps the id
/// `new-interview`; with several forms each says which form it starts.
fn new_interview_buttons<F>(session: &crate::session::Session, start: F) -> impl IntoView + use<F>
where
    F: Fn(String) + Copy + Send + Sync + 'static,
{
    let ui = ui();
    let several = session.forms.len() > 1;
    session
        .forms
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let form = f.form.clone();
            let id = if i == 0 {
                "new-interview".to_string()
            } else {
                format!("new-interview-{i}")
            };
            let form_id = form.id.clone();
            let title = move || {
                form.title
                    .get(&ui.lang.get(), &form.default_language)
                    .to_string()
            };
            view! {
                <button id=id class="primary new-interview" data-form=form_id.clone() on:click=move |_| start(form_id.clone())>
                    {t("home-new")}
                    {several.then(|| view! { ": " <span dir="auto">{title}</span> })}
                </button>
            }
        })
        .collect_view()
}
