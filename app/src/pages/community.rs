//! The community review page (`/community`, no account): a respondent, or a focal point
//! helping them, types the receipt code and the four digits chosen at consent time, sees
//! in their language what they agreed to, what kinds of data are held and who received
//! the record, and can withdraw one purpose or everything. Part of the stewards' bundle:
//! phones in the field never download it.

use forms::community::{PurposeStanding, Standing};
use forms::wire::{Credentials, Withdrawal};
use leptos::prelude::*;
use leptos::task::spawn_local;

mod feedback;
mod voice;

use crate::api;
use crate::error::AppError;
use crate::i18n::{t, ui};
use crate::widgets::{ErrorLine, TextField};

/// The date part of an RFC 3339 time, as people read it.
fn day(at: &Option<String>) -> String {
    at.as_deref()
        .map(|a| a.get(..10).unwrap_or(a))
        .unwrap_or_default()
        .to_string()
}

/// How long a purpose keeps the answers and who may receive them, as the template says.
fn terms(ui: crate::i18n::Ui, p: &PurposeStanding) -> String {
    let mut out = Vec::new();
    if let Some(days) = p.retention_days {
        out.push(ui.t_with("community-kept-for", &[("days", days.to_string())]));
    }
    if !p.shared_with.is_empty() {
        out.push(ui.t_with("community-shared-for", &[("who", p.shared_with.clone())]));
    }
    out.join(" ")
}

/// The message for a failed look-up: the server's answer is the same for a wrong code,
/// wrong digits and a consent withdrawn (nothing is kept to check the digits against);
/// it says when guessing has been slowed down, when the code is locked for good (its
/// owner goes through an enumerator or the focal point) and when the server is busy.
fn failure(e: &AppError, ui: crate::i18n::Ui) -> String {
    match e {
        AppError::Server { status: 404, .. } => ui.t("community-not-found"),
        AppError::Server { status: 429, .. } => ui.t("community-wait"),
        AppError::Server { status: 423, .. } => ui.t("err-code-locked"),
        AppError::Server { status: 503, .. } => ui.t("err-busy"),
        other => other.message(ui),
    }
}

#[component]
pub fn CommunityApp() -> impl IntoView {
    let ui = ui();
    // A receipt's QR code opens this page as `/community#r=CODE`: the code is filled in.
    let scanned = window()
        .location()
        .hash()
        .ok()
        .and_then(|h| h.strip_prefix("#r=").map(String::from))
        .and_then(|c| js_sys::decode_uri_component(&c).ok())
        .map(String::from)
        .unwrap_or_default();
    let receipt = RwSignal::new(scanned);
    let access = RwSignal::new(String::new());
    let standing = RwSignal::new(None::<Standing>);
    let error = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    // Calls the server with the typed code and digits (and the UI language for labels).
    // While it runs the buttons say so (`aria-disabled`) but stay focusable: a disabled
    // button would drop the focus to the page's start, and a screen reader user would
    // have to find their place again. Once an answer is shown, focus moves to it.
    let ask = move |path: &'static str, purposes: Vec<String>, everything: bool| {
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        // The key, the language for labels, and what to withdraw.
        let body = Withdrawal {
            credentials: Credentials {
                receipt: receipt.get_untracked(),
                access: access.get_untracked(),
                lang: Some(ui.lang.get_untracked()),
            },
            purposes,
            everything,
        };
        spawn_local(async move {
            match api::community(path, &body).await {
                Ok(found) => {
                    error.set(None);
                    standing.set(Some(found));
                    crate::pages::focus_first("#community-standing h2");
                }
                Err(e) => {
                    // A failed look-up hides what an earlier one showed.
                    if path == "lookup" {
                        standing.set(None);
                    }
                    error.set(Some(failure(&e, ui)));
                }
            }
            busy.set(false);
        });
    };
    let look_up = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        ask("lookup", vec![], false);
    };
    // Labels come from the server in the UI language: ask again when it changes.
    Effect::new(move |previous: Option<String>| {
        let lang = ui.lang.get();
        if previous.is_some_and(|p| p != lang) && standing.with_untracked(Option::is_some) {
            ask("lookup", vec![], false);
        }
        lang
    });
    view! {
        <section class="card">
            <h1>{t("community-title")}</h1>
            <p class="muted">{t("community-intro")}</p>
            <form on:submit=look_up>
                <TextField id="community-receipt" label="community-receipt" value=receipt hint="community-receipt-hint"/>
                <TextField id="community-access" label="community-access" value=access kind="tel" hint="community-access-hint"/>
                <ErrorLine error=error/>
                <button id="community-look-up" class="primary" type="submit" aria-disabled=move || busy.get().to_string()>{t("community-look-up")}</button>
            </form>
        </section>
        {move || standing.get().map(|s| view! { <StandingView standing=s receipt=receipt access=access ask=ask busy=busy/> })}
        <feedback::FeedbackCards/>
    }
}

#[component]
fn StandingView(
    standing: Standing,
    receipt: RwSignal<String>,
    access: RwSignal<String>,
    ask: impl Fn(&'static str, Vec<String>, bool) + Copy + Send + Sync + 'static,
    busy: RwSignal<bool>,
) -> impl IntoView {
    let ui = ui();
    let chosen = RwSignal::new(Vec::<String>::new());
    let confirm_all = RwSignal::new(false);
    let summary = match standing.status.as_str() {
        "active" => ui.t_with(
            "community-given",
            &[
                ("date", day(&standing.recorded_at)),
                ("enumerator", standing.taken_by.clone().unwrap_or_default()),
                (
                    "controller",
                    standing.controller.clone().unwrap_or_default(),
                ),
            ],
        ),
        "refused" => ui.t_with("community-refused", &[("date", day(&standing.recorded_at))]),
        "withdrawn" => ui.t_with("community-withdrawn", &[("date", day(&standing.ended_at))]),
        _ => ui.t_with("community-deleted", &[("date", day(&standing.ended_at))]),
    };
    let live = standing.status == "active";
    let purposes = standing
        .purposes
        .iter()
        .filter(|p| p.accepted)
        .map(|p| {
            let id = format!("withdraw-{}", p.id);
            let state = if p.active {
                ui.t("community-purpose-active")
            } else {
                ui.t_with("community-purpose-withdrawn", &[("date", day(&p.withdrawn_at))])
            };
            let pid = p.id.clone();
            let pid2 = p.id.clone();
            view! {
                <li class="purpose">
                    <label class="choice" for=id.clone()>
                        <input
                            type="checkbox"
                            id=id.clone()
                            hidden=!p.active
                            prop:checked=move || chosen.with(|c| c.contains(&pid))
                            on:change=move |_| chosen.update(|c| {
                                if let Some(i) = c.iter().position(|x| *x == pid2) { c.remove(i); } else { c.push(pid2.clone()); }
                            })
                        />
                        <span>
                            <strong>{p.label.clone()}</strong><br/>
                            <small>{p.explanation.clone()}</small><br/>
                            <small>{terms(ui, p)}</small><br/>
                            <span class=if p.active { "state-approved" } else { "state-rejected" }>{state}</span>
                        </span>
                    </label>
                </li>
            }
        })
        .collect_view();
    let not_accepted: Vec<String> = standing
        .purposes
        .iter()
        .filter(|p| !p.accepted)
        .map(|p| p.label.clone())
        .collect();
    let shared = if standing.shared.is_empty() {
        view! { <p>{t("community-not-shared")}</p> }.into_any()
    } else {
        view! {
            <ul>
                {standing.shared.iter().map(|s| view! {
                    <li>{ui.t_with("community-shared-with", &[("recipient", s.recipient.clone()), ("date", day(&Some(s.at.clone())))])}</li>
                }).collect_view()}
            </ul>
        }
        .into_any()
    };
    let withdraw_chosen = move |_| {
        let purposes = chosen.get_untracked();
        if !purposes.is_empty() {
            ask("withdraw", purposes, false);
        }
    };
    let withdraw_all = move |_| {
        if confirm_all.get_untracked() {
            ask("withdraw", vec![], true);
        } else {
            confirm_all.set(true);
        }
    };
    view! {
        <section class="card" id="community-standing" aria-live="polite">
            <h2 tabindex="-1">{t("community-your-consent")}</h2>
            <p id="community-summary">{summary}</p>
            {standing.played_audio.then(|| view! { <p id="community-played">{t("community-played")}</p> })}
            <p class="receipt-code" lang="en">{standing.receipt.clone()}</p>
            {live.then(move || view! {
                <h3>{t("community-purposes")}</h3>
                <ul class="profiles" id="community-purposes">{purposes}</ul>
                {(!not_accepted.is_empty()).then(|| view! {
                    <p class="muted">{ui.t_with("community-not-accepted", &[("purposes", not_accepted.join(forms::i18n::list_separator(&ui.lang.get_untracked())))])}</p>
                })}
                <h3>{t("community-held")}</h3>
                <p id="community-categories">{standing.categories.join(forms::i18n::list_separator(&ui.lang.get_untracked()))}</p>
                {(!standing.sensitive.is_empty()).then(|| view! {
                    <p class="muted">{ui.t_with("community-sensitive", &[("categories", standing.sensitive.join(forms::i18n::list_separator(&ui.lang.get_untracked())))])}</p>
                })}
                <h3>{t("community-shared")}</h3>
                <div id="community-shared">{shared}</div>
                <p class="muted">{ui.t_with("community-contact", &[("controller", standing.controller.clone().unwrap_or_default()), ("contact", standing.contact.clone().unwrap_or_default())])}</p>
                <div class="actions">
                    <button id="community-withdraw" type="button" on:click=withdraw_chosen
                        aria-disabled=move || (busy.get() || chosen.with(Vec::is_empty)).to_string()>{t("community-withdraw-chosen")}</button>
                    <button id="community-withdraw-all" class="danger" type="button" on:click=withdraw_all aria-disabled=move || busy.get().to_string()>
                        {move || if confirm_all.get() { ui.t("community-withdraw-all-confirm") } else { ui.t("community-withdraw-all") }}
                    </button>
                </div>
                // A plain form: the server sends the receipt as a file to keep.
                <form method="post" action="/api/v1/community/receipt">
                    <input type="hidden" name="receipt" prop:value=move || receipt.get()/>
                    <input type="hidden" name="access" prop:value=move || access.get()/>
                    <button id="community-receipt-json" type="submit">{t("community-receipt-json")}</button>
                </form>
            })}
        </section>
    }
}
