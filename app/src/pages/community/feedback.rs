//! Feedback, a question or a complaint on the community page (issue 23): no account, no
//! name unless the person leaves a contact for an answer. Categories are pictures with
//! words, for people who read little; the tracking code comes back large, written like a
//! receipt code, and reads the status and the answer later.

use super::voice::{Voice, VoiceRecorder, upload};
use forms::feedback::{
    Category, FeedbackFiled, FeedbackProject, FeedbackStatus, NewFeedback, TrackingRequest,
};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::feedback as api;
use crate::error::AppError;
use crate::i18n::{t, ui};
use crate::widgets::{ErrorLine, TextField};

/// A category's picture: simple shapes that need no font.
fn icon(name: &str) -> impl IntoView + use<> {
    let shape = match name {
        "question" => view! { <circle cx="12" cy="12" r="10"/><path d="M9 9a3 3 0 1 1 4 2.8c-.7.3-1 .8-1 1.5V15M12 18v.5"/> }.into_any(),
        "suggestion" => view! { <path d="M9 18h6M10 21h4M12 3a6 6 0 0 0-3.5 10.9c.6.5 1 1.2 1 2V16h5v-.1c0-.8.4-1.5 1-2A6 6 0 0 0 12 3z"/> }.into_any(),
        "thanks" => view! { <path d="M12 20s-7.5-4.6-9-9.3C2 7.3 4.3 4.5 7.3 4.5c2 0 3.6 1.2 4.7 2.9 1.1-1.7 2.7-2.9 4.7-2.9 3 0 5.3 2.8 4.3 6.2-1.5 4.7-9 9.3-9 9.3z"/> }.into_any(),
        "problem" => view! { <path d="M12 3 2 21h20L12 3zM12 10v5M12 18v.5"/> }.into_any(),
        "safety" => view! { <path d="M12 2 4 5.5V11c0 5 3.4 9.4 8 11 4.6-1.6 8-6 8-11V5.5L12 2zM9 12l2 2 4-4"/> }.into_any(),
        _ => view! { <circle cx="12" cy="12" r="10"/><path d="M15 8.5c-.6-1-1.7-1.5-3-1.5-1.9 0-3 1-3 2.3 0 3 6 1.6 6 4.6 0 1.4-1.3 2.6-3 2.6-1.4 0-2.6-.6-3.2-1.6M12 5v2M12 17v2"/> }.into_any(),
    };
    view! {
        <svg class="tile-icon" viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor"
            stroke-width="2" stroke-linecap="round" stroke-linejoin="round">{shape}</svg>
    }
}

/// What a failed call means here, in the page's language.
fn failure(e: &AppError, ui: crate::i18n::Ui) -> String {
    match e {
        AppError::Server { status: 404, .. } => ui.t("community-feedback-not-found"),
        AppError::Server { status: 429, .. } => ui.t("community-wait"),
        AppError::Server { status: 400, .. } => ui.t("community-feedback-incomplete"),
        other => other.message(ui),
    }
}

/// The project named in the page's address (`/community?project=demo`).
fn project_in_address() -> Option<String> {
    let search = window().location().search().ok()?;
    let value = search
        .trim_start_matches('?')
        .split('&')
        .find_map(|pair| pair.strip_prefix("project="))?;
    js_sys::decode_uri_component(value)
        .ok()
        .map(String::from)
        .filter(|p| !p.is_empty())
}

/// Send feedback, and follow it with its code.
#[component]
pub fn FeedbackCards() -> impl IntoView {
    let ui = ui();
    let projects = RwSignal::new(Vec::<FeedbackProject>::new());
    let project = RwSignal::new(project_in_address());
    let categories = RwSignal::new(Vec::<Category>::new());
    let category = RwSignal::new(None::<String>);
    let message = RwSignal::new(String::new());
    let contact = RwSignal::new(String::new());
    let filed = RwSignal::new(None::<FeedbackFiled>);
    let error = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let voice = Voice::new();
    spawn_local(async move {
        if let Ok(found) = api::projects().await {
            if project.get_untracked().is_none()
                && let [only] = found.as_slice()
            {
                project.set(Some(only.id.clone()));
            }
            projects.set(found);
        }
    });
    // The categories in the page's language, again when it or the project changes.
    Effect::new(move |_| {
        let lang = ui.lang.get();
        let Some(chosen) = project.get() else {
            return;
        };
        spawn_local(async move {
            match api::categories(&chosen, &lang).await {
                Ok(found) => categories.set(found),
                Err(e) => error.set(Some(failure(&e, ui))),
            }
        });
    });
    let send = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (Some(project), Some(chosen)) = (project.get_untracked(), category.get_untracked())
        else {
            error.set(Some(ui.t("community-feedback-choose")));
            // Into what is missing, not left on Send below it.
            crate::pages::focus_first(if project.with_untracked(Option::is_none) {
                "#feedback-project, #feedback-categories input"
            } else {
                "#feedback-categories input"
            });
            return;
        };
        let recording = voice.0.get_untracked();
        if recording.is_none() && message.with_untracked(|m| m.trim().is_empty()) {
            error.set(Some(ui.t("community-feedback-incomplete")));
            crate::pages::focus_first("#feedback-message");
            return;
        }
        let contact = contact.get_untracked();
        let new = NewFeedback {
            voice: recording.is_some(),
            project,
            category: chosen,
            message: message.get_untracked(),
            contact: (!contact.trim().is_empty()).then_some(contact),
            language: ui.lang.get_untracked(),
        };
        busy.set(true);
        spawn_local(async move {
            match api::send(&new).await {
                Ok(done) => {
                    error.set(None);
                    // The voice message goes up bound to the code just given.
                    if let Some(file) = recording
                        && !upload(&done.tracking, &file).await
                    {
                        error.set(Some(ui.t("community-voice-failed")));
                    }
                    voice.0.set(None);
                    message.set(String::new());
                    filed.set(Some(done));
                    // The tracking code, said and focused: the button's place is empty.
                    crate::pages::focus_first("#feedback-filed");
                }
                Err(e) => error.set(Some(failure(&e, ui))),
            }
            busy.set(false);
        });
    };
    let several = move || projects.with(|p| p.len() > 1);
    let sensitive_chosen = move || {
        let chosen = category.get();
        categories.with(|c| {
            c.iter()
                .any(|c| Some(&c.id) == chosen.as_ref() && c.sensitive)
        })
    };
    view! {
        <section class="card" id="feedback" hidden=move || projects.with(Vec::is_empty) && project.with(Option::is_none)>
            <h2>{t("community-feedback-title")}</h2>
            <p class="muted">{t("community-feedback-intro")}</p>
            <form on:submit=send>
                <Show when=several>
                    <div class="field">
                        <label for="feedback-project">{t("community-feedback-project")}</label>
                        <select id="feedback-project" on:change=move |ev| project.set(Some(event_target_value(&ev)))>
                            <option value="" selected=move || project.with(Option::is_none)></option>
                            {move || projects.get().into_iter().map(|p| {
                                let id = p.id.clone();
                                view! { <option value=p.id.clone() selected=move || project.get().as_deref() == Some(id.as_str())>{p.name}</option> }
                            }).collect_view()}
                        </select>
                    </div>
                </Show>
                <fieldset class="tiles" id="feedback-categories">
                    <legend>{t("community-feedback-category")}</legend>
                    {move || categories.get().into_iter().map(|c| {
                        let id = format!("feedback-category-{}", c.id);
                        let label_for = id.clone();
                        let value = c.id.clone();
                        let mine = c.id.clone();
                        view! {
                            <label class="tile" for=label_for data-sensitive=c.sensitive.to_string()>
                                <input type="radio" name="feedback-category" id=id value=c.id.clone()
                                    prop:checked=move || category.get().as_deref() == Some(mine.as_str())
                                    on:change=move |_| category.set(Some(value.clone()))/>
                                {icon(&c.icon)}
                                <span>{c.label}</span>
                            </label>
                        }
                    }).collect_view()}
                </fieldset>
                <Show when=sensitive_chosen>
                    <p class="note" id="feedback-confidential">{t("community-feedback-confidential")}</p>
                </Show>
                <div class="field">
                    <label for="feedback-message">{t("community-feedback-message")}</label>
                    <textarea id="feedback-message" rows="5" dir="auto" maxlength="4000"
                        aria-describedby="feedback-message-hint"
                        prop:value=move || message.get()
                        on:input=move |ev| message.set(event_target_value(&ev))></textarea>
                    <p class="hint" id="feedback-message-hint">{t("community-feedback-message-hint")}</p>
                </div>
                <VoiceRecorder voice=voice error=error/>
                <TextField id="feedback-contact" label="community-feedback-contact" value=contact hint="community-feedback-contact-hint"/>
                <ErrorLine error=error/>
                <button id="feedback-send" class="primary" type="submit" prop:disabled=move || busy.get()>{t("community-feedback-send")}</button>
            </form>
            {move || filed.get().map(|f| view! {
                <div id="feedback-filed" role="status" class="filed">
                    <p>{t("community-feedback-filed")}</p>
                    <p class="receipt-code" lang="en" dir="ltr" id="feedback-tracking-code">{f.tracking.clone()}</p>
                    <p>{ui.t_with("community-feedback-keep", &[("days", f.acknowledge_days.to_string())])}</p>
                </div>
            })}
        </section>
        <FollowCard/>
    }
}

/// Read a case's status and answer with its tracking code.
#[component]
fn FollowCard() -> impl IntoView {
    let ui = ui();
    let code = RwSignal::new(String::new());
    let found = RwSignal::new(None::<FeedbackStatus>);
    let error = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let follow = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let request = TrackingRequest {
            tracking: code.get_untracked(),
            lang: Some(ui.lang.get_untracked()),
        };
        busy.set(true);
        spawn_local(async move {
            match api::status(&request).await {
                Ok(status) => {
                    error.set(None);
                    found.set(Some(status));
                }
                Err(e) => {
                    found.set(None);
                    error.set(Some(failure(&e, ui)));
                }
            }
            busy.set(false);
        });
    };
    view! {
        <section class="card" id="feedback-follow">
            <h2>{t("community-feedback-follow-title")}</h2>
            <form on:submit=follow>
                <TextField id="feedback-tracking" label="community-feedback-tracking" value=code hint="community-receipt-hint"/>
                <ErrorLine error=error/>
                <button id="feedback-follow-submit" class="primary" type="submit" prop:disabled=move || busy.get()>{t("community-feedback-follow")}</button>
            </form>
            {move || found.get().map(|s| view! {
                <div id="feedback-status" role="status" aria-live="polite">
                    <p><strong>{s.category.clone()}</strong>" · "<span>{ui.t(s.status.message_id())}</span></p>
                    {s.answer.clone().map(|a| view! {
                        <h3>{t("community-feedback-answer")}</h3>
                        <p id="feedback-answer" dir="auto">{a}</p>
                    })}
                </div>
            })}
        </section>
    }
}
