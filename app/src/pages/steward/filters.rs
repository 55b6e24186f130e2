//! The review list's search and filters: a search box first (receipt code, name or
//! enumerator), then, folded on a phone, the enumerator, area, form version and the days
//! received. Each change makes a new query; the list reloads from its first page.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api;
use crate::i18n::{t, ui};
use forms::wire::{ReviewFilters, ReviewQuery};

/// `Some(value)` unless empty.
fn some(value: String) -> Option<String> {
    (!value.trim().is_empty()).then_some(value)
}

#[component]
pub(super) fn Filters(query: RwSignal<ReviewQuery>) -> impl IntoView {
    let ui = ui();
    let options = RwSignal::new(None::<ReviewFilters>);
    Effect::new(move |_| {
        let lang = ui.lang.get();
        spawn_local(async move {
            if let Ok(found) = api::review_filters(&lang).await {
                options.set(Some(found));
            }
        });
    });
    let search = RwSignal::new(String::new());
    let set = move |f: fn(&mut ReviewQuery, Option<String>), value: String| {
        query.update(|q| {
            f(q, some(value));
            q.after = None;
        })
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        set(|q, v| q.q = v, search.get_untracked());
    };
    let value = move |f: fn(&ReviewQuery) -> Option<String>| {
        move || query.with(|q| f(q).unwrap_or_default())
    };
    view! {
        <form class="filters" role="search" on:submit=submit>
            <div class="field search">
                <label for="review-search">{t("review-search")}</label>
                <div class="row">
                    <input id="review-search" type="search" dir="auto" autocomplete="off"
                        placeholder=move || ui.t("review-search-hint")
                        prop:value=move || search.get()
                        on:input=move |ev| search.set(event_target_value(&ev))/>
                    <button type="submit" class="primary">{t("review-search-go")}</button>
                </div>
            </div>
            <details class="more-filters">
                <summary>{t("review-filters")}</summary>
                <div class="field">
                    <label for="filter-enumerator">{t("review-filter-enumerator")}</label>
                    <select id="filter-enumerator" prop:value=value(|q| q.enumerator.clone())
                        on:change=move |ev| set(|q, v| q.enumerator = v, event_target_value(&ev))>
                        <option value="">{t("review-filter-any")}</option>
                        {move || options.get().map(|o| o.enumerators.into_iter().map(|e| view! {
                            <option value=e.clone()>{e.clone()}</option>
                        }).collect_view())}
                    </select>
                </div>
                {move || options.get().and_then(|o| o.area).map(|area| view! {
                    <div class="field">
                        <label for="filter-area">{t("review-filter-area")}</label>
                        <select id="filter-area" prop:value=value(|q| q.area.clone())
                            on:change=move |ev| set(|q, v| q.area = v, event_target_value(&ev))>
                            <option value="">{t("review-filter-any")}</option>
                            {area.areas.into_iter().map(|a| view! {
                                <option value=a.value.clone()>{a.label.clone()}</option>
                            }).collect_view()}
                        </select>
                    </div>
                })}
                <div class="field">
                    <label for="filter-form">{t("review-filter-form")}</label>
                    <select id="filter-form"
                        prop:value=move || query.with(|q| match (&q.form, &q.version) {
                            (Some(f), Some(v)) => format!("{f}\u{1f}{v}"),
                            _ => String::new(),
                        })
                        on:change=move |ev| {
                            let chosen = event_target_value(&ev);
                            query.update(|q| {
                                let (f, v) = chosen.split_once('\u{1f}').unwrap_or_default();
                                q.form = some(f.to_string());
                                q.version = some(v.to_string());
                                q.after = None;
                            });
                        }>
                        <option value="">{t("review-filter-any")}</option>
                        {move || options.get().map(|o| o.forms.into_iter().map(|f| view! {
                            <option value=format!("{}\u{1f}{}", f.form_id, f.version)>
                                {format!("{} ({})", f.title, f.version)}
                            </option>
                        }).collect_view())}
                    </select>
                </div>
                <div class="dates">
                    <div class="field">
                        <label for="filter-from">{t("review-filter-from")}</label>
                        <input id="filter-from" type="date" prop:value=value(|q| q.from.clone())
                            on:change=move |ev| set(|q, v| q.from = v, event_target_value(&ev))/>
                    </div>
                    <div class="field">
                        <label for="filter-to">{t("review-filter-to")}</label>
                        <input id="filter-to" type="date" prop:value=value(|q| q.to.clone())
                            on:change=move |ev| set(|q, v| q.to = v, event_target_value(&ev))/>
                    </div>
                </div>
                <button type="button" id="filter-clear" on:click=move |_| {
                    search.set(String::new());
                    query.update(|q| {
                        *q = ReviewQuery { state: q.state.clone(), limit: q.limit, ..Default::default() };
                    });
                }>{t("review-filter-clear")}</button>
            </details>
        </form>
    }
}
