//! The cases of feedback and complaints the signed-in account may handle (issue 23): a
//! steward the project's ordinary ones, a focal point the sensitive ones of their
//! categories (the server decides; nobody else is sent them). Each case can be
//! acknowledged, answered (the person reads the answer with their tracking code),
//! referred and closed; overdue cases say so.

use forms::feedback::{Case, CaseAction, CaseStatus};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::feedback as api;
use crate::i18n::{t, ui};
use crate::widgets::ErrorLine;

/// A language's own name when the interface knows it (`العربية`), else its code.
fn language_name(code: &str) -> String {
    forms::i18n::ui_languages()
        .iter()
        .find(|(c, ..)| *c == code)
        .map_or(code.to_string(), |(_, name, _)| name.to_string())
}

/// The list of cases; shown only when the account has any.
#[component]
pub(super) fn FeedbackCases() -> impl IntoView {
    let ui = ui();
    let cases = RwSignal::new(Vec::<Case>::new());
    let error = RwSignal::new(None::<String>);
    let reload = move || {
        spawn_local(async move {
            match api::cases(&ui.lang.get_untracked()).await {
                Ok(found) => cases.set(found),
                Err(e) => error.set(Some(e.message(ui))),
            }
        })
    };
    // Labels in the page's language: again when it changes.
    Effect::new(move |_| {
        ui.lang.track();
        reload();
    });
    let act = move |id: String, action: CaseAction| {
        spawn_local(async move {
            match api::act(&id, &action).await {
                Ok(_) => {
                    error.set(None);
                    reload();
                }
                Err(e) => error.set(Some(e.message(ui))),
            }
        })
    };
    view! {
        <section class="card" id="feedback-cases" hidden=move || cases.with(Vec::is_empty) && error.with(Option::is_none)>
            <h1>{t("steward-feedback-title")}</h1>
            <p class="muted">{move || {
                let (open, overdue) = cases.with(|c| (
                    c.iter().filter(|c| c.status != CaseStatus::Closed).count(),
                    c.iter().filter(|c| c.overdue).count(),
                ));
                ui.t_with("steward-feedback-counts", &[("open", open.to_string()), ("overdue", overdue.to_string())])
            }}</p>
            <ErrorLine error=error/>
            <ul class="profiles">
                <For each=move || cases.get() key=|c| (c.id.clone(), c.status, c.answer.clone(), c.assigned_to.clone()) let:c>
                    <CaseCard case=c act=act/>
                </For>
            </ul>
        </section>
    }
}

#[component]
fn CaseCard(
    case: Case,
    act: impl Fn(String, CaseAction) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let ui = ui();
    let text = RwSignal::new(String::new());
    let id = case.id.clone();
    let text_id = format!("case-text-{}", case.id);
    let open = case.status != CaseStatus::Closed;
    let received = case.status == CaseStatus::Received;
    let with_text = move |make: fn(String) -> CaseAction| {
        let id = id.clone();
        move |_| {
            let typed = text.get_untracked();
            if !typed.trim().is_empty() {
                act(id.clone(), make(typed));
                text.set(String::new());
            }
        }
    };
    let acknowledge = {
        let id = case.id.clone();
        move |_| act(id.clone(), CaseAction::Acknowledge)
    };
    view! {
        <li class="case" data-id=case.id.clone() data-status=case.status.as_str() data-sensitive=case.sensitive.to_string()>
            <p>
                <strong>{case.category_label.clone()}</strong>
                {case.sensitive.then(|| view! { " " <span class="badge">{t("steward-feedback-confidential")}</span> })}
                " · "<span>{ui.t(case.status.message_id())}</span>
                {case.overdue.then(|| view! { " " <span class="state-rejected">{t("steward-feedback-overdue")}</span> })}
            </p>
            <p class="muted"><span dir="ltr">{case.filed_at.get(..16).unwrap_or(&case.filed_at).replace('T', " ")}</span>
                " · "{ui.t_with(
                    if case.channel == "phone" { "steward-feedback-from-phone" } else { "steward-feedback-from-web" },
                    &[("lang", language_name(&case.language))],
                )}</p>
            <p class="case-message" dir="auto">{case.message.clone()}</p>
            {case.voice.then(|| view! {
                <p class="case-voice">{t("steward-feedback-voice")}" "
                    <audio controls preload="none" src=format!("/api/v1/feedback/{}/voice", case.id)></audio>
                </p>
            })}
            <p class="muted">{match case.contact.clone() {
                Some(c) => ui.t_with("steward-feedback-contact", &[("contact", c)]),
                None => ui.t("steward-feedback-anonymous"),
            }}</p>
            {case.answer.clone().map(|a| view! { <p><strong>{t("community-feedback-answer")}</strong>" "<span dir="auto">{a}</span></p> })}
            {case.resolution.clone().map(|r| view! { <p class="muted">{ui.t_with("steward-feedback-resolution", &[("resolution", r)])}</p> })}
            {open.then(move || view! {
                <div class="field">
                    <label for=text_id.clone()>{t("steward-feedback-text")}</label>
                    <textarea id=text_id rows="3" dir="auto" prop:value=move || text.get()
                        on:input=move |ev| text.set(event_target_value(&ev))></textarea>
                </div>
                <div class="actions">
                    {received.then(|| view! { <button class="acknowledge" type="button" on:click=acknowledge>{t("steward-feedback-acknowledge")}</button> })}
                    <button class="answer primary" type="button" on:click=with_text(|text| CaseAction::Answer { text })>{t("steward-feedback-answer")}</button>
                    <button class="refer" type="button" on:click=with_text(|text| CaseAction::Refer { text })>{t("steward-feedback-refer")}</button>
                    <button class="close" type="button" on:click=with_text(|resolution| CaseAction::Close { resolution })>{t("steward-feedback-close")}</button>
                </div>
            })}
        </li>
    }
}
