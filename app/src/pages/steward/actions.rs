//! "What we did" (issue 23): a steward publishes on the public dashboard what the project
//! did about feedback: the day, a title and a text in one language at a time, and the
//! cases it answers (chosen among the ordinary cases the steward handles; their
//! categories go with them). The dashboard shows how many cases, never their words;
//! the server refuses a sensitive case whatever the page sends.

use forms::actions::{Action, ActionText, NewAction};
use forms::feedback::Case;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::feedback as api;
use crate::i18n::{t, ui};
use crate::widgets::ErrorLine;

/// An action's title in the page's language, else English, else any.
fn title(action: &Action, lang: &str) -> String {
    action
        .texts
        .get(lang)
        .or_else(|| action.texts.get("en"))
        .or_else(|| action.texts.values().next())
        .map(|t| t.title.clone())
        .unwrap_or_default()
}

#[component]
pub(super) fn Actions() -> impl IntoView {
    let ui = ui();
    let published = RwSignal::new(Vec::<Action>::new());
    let cases = RwSignal::new(Vec::<Case>::new());
    let error = RwSignal::new(None::<String>);
    let date = RwSignal::new(crate::clock::today());
    let lang = RwSignal::new(ui.lang.get_untracked());
    let heading = RwSignal::new(String::new());
    let text = RwSignal::new(String::new());
    let chosen = RwSignal::new(Vec::<String>::new());
    let reload = move || {
        spawn_local(async move {
            match api::actions().await {
                Ok(found) => published.set(found),
                Err(e) => error.set(Some(e.message(ui))),
            }
            if let Ok(found) = api::cases(&ui.lang.get_untracked()).await {
                cases.set(found.into_iter().filter(|c| !c.sensitive).collect());
            }
        })
    };
    reload();
    let publish = move |_| {
        let chosen_ids = chosen.get_untracked();
        let mut categories: Vec<String> = cases.with_untracked(|all| {
            all.iter()
                .filter(|c| chosen_ids.contains(&c.id))
                .map(|c| c.category.clone())
                .collect()
        });
        categories.sort();
        categories.dedup();
        let new = NewAction {
            date: date.get_untracked(),
            texts: [(
                lang.get_untracked(),
                ActionText {
                    title: heading.get_untracked(),
                    text: text.get_untracked(),
                },
            )]
            .into(),
            categories,
            cases: chosen_ids,
        };
        spawn_local(async move {
            match api::publish_action(&new).await {
                Ok(_) => {
                    error.set(None);
                    heading.set(String::new());
                    text.set(String::new());
                    chosen.set(Vec::new());
                    reload();
                }
                Err(e) => error.set(Some(e.message(ui))),
            }
        });
    };
    let withdraw = move |id: String| {
        spawn_local(async move {
            match api::withdraw_action(&id).await {
                Ok(_) => reload(),
                Err(e) => error.set(Some(e.message(ui))),
            }
        })
    };
    let toggle = move |id: String, on: bool| {
        chosen.update(|c| {
            c.retain(|x| *x != id);
            if on {
                c.push(id);
            }
        })
    };
    view! {
        <section class="card" id="dashboard-actions">
            <h1>{t("steward-actions-title")}</h1>
            <p class="muted">{t("steward-actions-intro")}</p>
            <ErrorLine error=error/>
            <div class="field">
                <label for="action-date">{t("steward-actions-date")}</label>
                <input id="action-date" type="date" prop:value=move || date.get()
                    on:input=move |ev| date.set(event_target_value(&ev))/>
            </div>
            <div class="field">
                <label for="action-lang">{t("steward-actions-language")}</label>
                <select id="action-lang" on:change=move |ev| lang.set(event_target_value(&ev))>
                    {forms::i18n::ui_languages().iter().map(|(code, name, _)| {
                        let selected = *code == lang.get_untracked();
                        view! { <option value=*code selected=selected>{*name}</option> }
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="action-title">{t("steward-actions-heading")}</label>
                <input id="action-title" type="text" dir="auto" maxlength="120" prop:value=move || heading.get()
                    on:input=move |ev| heading.set(event_target_value(&ev))/>
            </div>
            <div class="field">
                <label for="action-text">{t("steward-actions-text")}</label>
                <textarea id="action-text" rows="3" dir="auto" maxlength="1000" prop:value=move || text.get()
                    on:input=move |ev| text.set(event_target_value(&ev))></textarea>
            </div>
            <fieldset class="field" hidden=move || cases.with(Vec::is_empty)>
                <legend>{t("steward-actions-cases")}</legend>
                <For each=move || cases.get() key=|c| c.id.clone() let:c>
                    {
                        let id = c.id.clone();
                        let checked = {
                            let id = id.clone();
                            move || chosen.with(|x| x.contains(&id))
                        };
                        let mut words: String = c.message.chars().take(60).collect();
                        if c.message.chars().count() > 60 {
                            words.push('\u{2026}');
                        }
                        view! {
                            <label class="check">
                                <input type="checkbox" class="action-case" value=id.clone() prop:checked=checked
                                    on:change=move |ev| toggle(id.clone(), event_target_checked(&ev))/>
                                " "<strong>{c.category_label.clone()}</strong>" · "<span dir="auto">{words}</span>
                            </label>
                        }
                    }
                </For>
            </fieldset>
            <div class="actions">
                <button id="action-publish" class="primary" type="button" on:click=publish>{t("steward-actions-publish")}</button>
            </div>
            <p class="muted" hidden=move || !published.with(Vec::is_empty)>{t("steward-actions-none")}</p>
            <ul class="profiles">
                <For each=move || published.get() key=|a| a.id.clone() let:a>
                    {
                        let id = a.id.clone();
                        view! {
                            <li class="published-action" data-id=a.id.clone()>
                                <p><strong dir="auto">{title(&a, &ui.lang.get_untracked())}</strong></p>
                                <p class="muted">{ui.t_with("steward-actions-published", &[("date", a.date.clone()), ("n", a.cases.to_string())])}</p>
                                <button class="withdraw-action" type="button" on:click=move |_| withdraw(id.clone())>{t("steward-actions-withdraw")}</button>
                            </li>
                        }
                    }
                </For>
            </ul>
        </section>
    }
}
