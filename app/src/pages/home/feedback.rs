//! Recording feedback or a complaint for someone the enumerator meets (issue 23): on the
//! phone, offline, sealed in the vault and sent with the next sync. The tracking code is
//! made here and shown at once, large, for the person to keep (written on their receipt
//! slip or a paper): with it they read the answer on the community page or through an
//! enumerator.

use leptos::prelude::*;

use crate::i18n::{t, ui};
use crate::state::field;
use crate::sync;
use crate::widgets::TextField;

#[component]
pub(super) fn FieldFeedbackCard() -> impl IntoView {
    let ui = ui();
    let field = field();
    // Kept from the last time the phone was online (none: nothing to offer yet), asked
    // again in the interface's language whenever the phone is online.
    let categories = RwSignal::new(crate::feedback::categories());
    Effect::new(move |_| {
        let lang = ui.lang.get();
        let Some(session) = field.session() else {
            return;
        };
        if !window().navigator().on_line() {
            return;
        }
        leptos::task::spawn_local(async move {
            crate::feedback::refresh_categories(&session.device.project_id, &lang).await;
            categories.set(crate::feedback::categories());
        });
    });
    let category = RwSignal::new(None::<String>);
    let message = RwSignal::new(String::new());
    let contact = RwSignal::new(String::new());
    let note = RwSignal::new(None::<String>);
    let code = RwSignal::new(None::<String>);
    let waiting = RwSignal::new(
        field
            .session()
            .map_or(0, |s| crate::feedback::pending(&s).len()),
    );
    // Sync settles what waits: count again when it does.
    Effect::new(move |_| {
        field.synced.track();
        if let Some(session) = field.session() {
            waiting.set(crate::feedback::pending(&session).len());
        }
    });
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(session) = field.session() else {
            return;
        };
        let (Some(chosen), typed) = (category.get_untracked(), message.get_untracked()) else {
            note.set(Some(ui.t("home-feedback-incomplete")));
            return;
        };
        if typed.trim().is_empty() {
            note.set(Some(ui.t("home-feedback-incomplete")));
            return;
        }
        let reach = contact.get_untracked();
        let reach = (!reach.trim().is_empty()).then_some(reach);
        note.set(None);
        // Shown only once it is on disk (a flat battery keeps it).
        leptos::task::spawn_local(async move {
            let language = ui.lang.get_untracked();
            match crate::feedback::record(&session, chosen, typed, reach, language).await {
                Ok(tracking) => {
                    message.set(String::new());
                    contact.set(String::new());
                    category.set(None);
                    code.set(Some(tracking.to_string()));
                    waiting.update(|n| *n += 1);
                    sync::request(field, ui, false);
                }
                Err(e) => note.set(Some(e.message(ui))),
            }
        });
    };
    view! {
        <details class="field-feedback" id="field-feedback" hidden=move || categories.with(Vec::is_empty)>
            <summary>{t("home-feedback-title")}</summary>
            <p class="muted">{t("home-feedback-intro")}</p>
            <form on:submit=save>
                <fieldset class="choices">
                    <legend>{t("home-feedback-category")}</legend>
                    {move || categories.get().into_iter().map(|c| {
                        let id = format!("field-feedback-{}", c.id);
                        let label_for = id.clone();
                        let value = c.id.clone();
                        let mine = c.id.clone();
                        view! {
                            <label class="choice" for=label_for>
                                <input type="radio" name="field-feedback-category" id=id
                                    prop:checked=move || category.get().as_deref() == Some(mine.as_str())
                                    on:change=move |_| category.set(Some(value.clone()))/>
                                <span>{c.label}</span>
                            </label>
                        }
                    }).collect_view()}
                </fieldset>
                <div class="field">
                    <label for="field-feedback-message">{t("home-feedback-message")}</label>
                    <textarea id="field-feedback-message" rows="4" dir="auto" maxlength="4000"
                        prop:value=move || message.get()
                        on:input=move |ev| message.set(event_target_value(&ev))></textarea>
                </div>
                <TextField id="field-feedback-contact" label="home-feedback-contact" value=contact hint="home-feedback-contact-hint"/>
                <p id="field-feedback-note" class="status" role="status">{move || note.get().unwrap_or_default()}</p>
                <button id="field-feedback-save" class="primary" type="submit">{t("home-feedback-save")}</button>
            </form>
            <div id="field-feedback-done" role="status" hidden=move || code.with(Option::is_none)>
                <p>{t("home-feedback-saved")}</p>
                <p class="receipt-code" lang="en" dir="ltr" id="field-feedback-code">{move || code.get().unwrap_or_default()}</p>
            </div>
            <p class="muted" id="field-feedback-waiting" hidden=move || waiting.get() == 0>
                {move || ui.t_with("home-feedback-waiting", &[("n", waiting.get().to_string())])}
            </p>
        </details>
    }
}
