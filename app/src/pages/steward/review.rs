//! The review desk: the list of records with its state tabs, filters and search
//! (`filters.rs`), paged by the server's cursor ("Show more"), bulk approval behind a
//! confirmation, and one record at a time (`record.rs`). Every decision can be undone
//! for a while: Undo asks the server to reopen the records (recorded and audited). On a
//! keyboard, j and k go to the next and the previous record.

use std::collections::BTreeSet;

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::filters::Filters;
use super::record::Record;
use super::{Desk, SignOut};
use crate::api::{self, SubmissionSummary};
use crate::error::AppError;
use crate::i18n::{t, ui};
use crate::widgets::ErrorLine;
use forms::wire::{Decision, ReviewQuery, StateCounts};

/// Records per page of the desk.
const PAGE: u32 = 25;
/// How long Undo stays offered after a decision, in milliseconds.
const UNDO_MS: i32 = 12_000;

/// A decision just taken, which Undo reopens.
#[derive(Clone, PartialEq)]
pub(super) struct Done {
    pub ids: Vec<String>,
    pub decision: Decision,
    /// Tells one decision's Undo from the next one's.
    pub serial: u32,
}

/// The state tabs: the query's `state` and the message naming it.
const TABS: [(&str, &str); 5] = [
    ("to_review", "review-tab-to_review"),
    ("has_issues", "review-tab-has_issues"),
    ("approved", "review-tab-approved"),
    ("rejected", "review-tab-rejected"),
    ("", "review-tab-all"),
];

fn tab_count(counts: &StateCounts, state: &str) -> u64 {
    match state {
        "to_review" => counts.to_review(),
        "has_issues" => counts.has_issues,
        "approved" => counts.approved,
        "rejected" => counts.rejected,
        _ => counts.all(),
    }
}

#[component]
pub(super) fn Submissions(signed_in: RwSignal<Option<Desk>>) -> impl IntoView {
    let ui = ui();
    let query = RwSignal::new(ReviewQuery {
        state: Some("to_review".into()),
        limit: Some(PAGE),
        ..Default::default()
    });
    let items = RwSignal::new(Vec::<SubmissionSummary>::new());
    let next = RwSignal::new(None::<String>);
    let counts = RwSignal::new(StateCounts::default());
    let total = RwSignal::new(0u64);
    let loading = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    let open = RwSignal::new(None::<String>);
    let selected = RwSignal::new(BTreeSet::<String>::new());
    let confirming_bulk = RwSignal::new(false);
    let done = RwSignal::new(None::<Done>);
    let serial = StoredValue::new(0u32);
    let fail = move |e: AppError| {
        if matches!(e, AppError::Server { status: 401, .. }) {
            signed_in.set(Some(Desk::Out));
        }
        error.set(Some(e.message(ui)));
    };
    // Load the first page of the query, or (`more`) the page after the last one shown.
    let load = move |more: bool| {
        let mut q = query.get_untracked();
        q.lang = Some(ui.lang.get_untracked());
        if more {
            q.after = next.get_untracked();
        }
        loading.set(true);
        spawn_local(async move {
            match api::review_page(&q).await {
                Ok(page) => {
                    error.set(None);
                    if more {
                        items.update(|list| list.extend(page.items));
                    } else {
                        items.set(page.items);
                        selected.set(BTreeSet::new());
                    }
                    next.set(page.next);
                    counts.set(page.counts);
                    total.set(page.total);
                }
                Err(e) => fail(e),
            }
            loading.set(false);
        });
    };
    Effect::new(move |_| {
        query.track();
        ui.lang.track();
        load(false);
    });
    // A decision was taken (here or in the record): offer Undo, and refresh the list.
    let decided = Callback::new(move |(ids, decision): (Vec<String>, Decision)| {
        let n = serial.get_value() + 1;
        serial.set_value(n);
        done.set(Some(Done {
            ids,
            decision,
            serial: n,
        }));
        set_timeout_ms(UNDO_MS, move || {
            if done.get_untracked().is_some_and(|d| d.serial == n) {
                done.set(None);
            }
        });
        load(false);
    });
    let undo = move |_| {
        let Some(d) = done.get_untracked() else {
            return;
        };
        done.set(None);
        spawn_local(async move {
            match api::review_many(&d.ids, Decision::Reopen, "").await {
                Ok(_) => {
                    let n = d.ids.len();
                    let back = Done {
                        ids: Vec::new(),
                        decision: Decision::Reopen,
                        serial: n as u32,
                    };
                    done.set(Some(back));
                    load(false);
                    // The record being read shows its new state too.
                    if let Some(id) = open.get_untracked() {
                        open.set(None);
                        open.set(Some(id));
                    }
                }
                Err(e) => fail(e),
            }
        });
    };
    // j and k, as in mail and code-review tools: the next and the previous record of
    // the list, read one after another without going back to it (a laptop's way through
    // a day's records). A record decided away from the list leaves its place to the next.
    let place = StoredValue::new(0usize);
    let step = move |forward: bool| {
        let ids: Vec<String> = items.with_untracked(|v| v.iter().map(|s| s.id.clone()).collect());
        let here = open
            .get_untracked()
            .map(|id| ids.iter().position(|i| *i == id));
        let to = match (here, forward) {
            (None, true) => Some(0),
            (None, false) => None,
            (Some(Some(i)), true) => Some(i + 1),
            (Some(Some(i)), false) => i.checked_sub(1),
            (Some(None), true) => Some(place.get_value()),
            (Some(None), false) => place.get_value().checked_sub(1),
        };
        if let Some((i, id)) = to.and_then(|i| ids.get(i).map(|id| (i, id.clone()))) {
            place.set_value(i);
            open.set(Some(id));
        }
    };
    let keys = window_event_listener(leptos::ev::keydown, move |e| {
        if let Some(forward) = record_key(&e) {
            e.prevent_default();
            step(forward);
        }
    });
    on_cleanup(move || keys.remove());
    let approve_selected = move |_| {
        let ids: Vec<String> = selected.get_untracked().into_iter().collect();
        confirming_bulk.set(false);
        spawn_local(async move {
            // Undo reopens only the records this approved (not those already decided).
            match api::review_many(&ids, Decision::Approve, "").await {
                // Nothing approved (all decided already): nothing to undo.
                Ok(done) if done.ids.is_empty() => load(false),
                Ok(done) => decided.run((done.ids, Decision::Approve)),
                Err(e) => fail(e),
            }
        });
    };
    let done_text = move || {
        done.get().map(|d| match d.decision {
            Decision::Reopen => ui.t("review-done-reopen"),
            Decision::Approve if d.ids.len() > 1 => {
                ui.t_with("review-done-bulk", &[("count", d.ids.len().to_string())])
            }
            other => ui.t(&format!("review-done-{}", other.as_str())),
        })
    };
    view! {
        <section class="card" id="review-desk">
            <h1>{t("steward-title")}</h1>
            <SignOut signed_in=signed_in/>
            <ErrorLine error=error/>
            <div class="undo" role="status" aria-live="polite">
                {move || done_text().map(|text| view! {
                    <span>{text}</span>
                    <Show when=move || done.with(|d| d.as_ref().is_some_and(|d| d.decision != Decision::Reopen))>
                        <button type="button" id="undo" on:click=undo>{t("review-undo")}</button>
                    </Show>
                })}
            </div>
            <Show when=move || open.with(Option::is_some)>
                {move || open.get().map(|id| view! { <Record id=id open=open decided=decided/> })}
            </Show>
            <div hidden=move || open.with(Option::is_some)>
                <nav class="tabs" aria-label=move || ui.t("review-states")>
                    {TABS.into_iter().map(|(state, label)| {
                        let current = move || query.with(|q| q.state.as_deref().unwrap_or("") == state);
                        view! {
                            <button type="button" class="tab" data-state=state
                                aria-pressed=move || current().to_string()
                                on:click=move |_| query.update(|q| {
                                    q.state = (!state.is_empty()).then(|| state.to_string());
                                    q.after = None;
                                })>
                                <span class=format!("dot state-{state}") aria-hidden="true"></span>
                                {move || ui.t(label)}
                                " "
                                <span class="count">{move || counts.with(|c| tab_count(c, state))}</span>
                            </button>
                        }
                    }).collect_view()}
                </nav>
                <Filters query=query/>
                <p class="muted" role="status" aria-live="polite" id="review-total">
                    {move || ui.t_with("review-count", &[("count", total.get().to_string())])}
                </p>
                <div class="bulk" hidden=move || selected.with(BTreeSet::is_empty)>
                    <button type="button" id="bulk-approve" class="primary"
                        on:click=move |_| confirming_bulk.set(true)>
                        {move || ui.t_with("review-bulk-approve", &[("count", selected.with(BTreeSet::len).to_string())])}
                    </button>
                    <button type="button" on:click=move |_| selected.set(BTreeSet::new())>{t("review-clear-selection")}</button>
                </div>
                <div class="confirm" id="bulk-confirm" role="alertdialog" aria-labelledby="bulk-confirm-text" hidden=move || !confirming_bulk.get()>
                    <p id="bulk-confirm-text">{move || ui.t_with("review-bulk-confirm", &[("count", selected.with(BTreeSet::len).to_string())])}</p>
                    <div class="actions">
                        <button type="button" id="bulk-confirm-yes" class="primary" on:click=approve_selected>{t("review-confirm")}</button>
                        <button type="button" on:click=move |_| confirming_bulk.set(false)>{t("review-cancel")}</button>
                    </div>
                </div>
                <Show when=move || !items.with(Vec::is_empty) fallback=move || view! {
                    <p class="muted" hidden=move || loading.get()>{t("steward-empty")}</p>
                }>
                    <ul class="records" id="submissions">
                        <For each=move || items.get() key=|s| (s.id.clone(), s.review_state.clone()) let:s>
                            <RecordLine s=s open=open selected=selected/>
                        </For>
                    </ul>
                </Show>
                <button type="button" id="more" hidden=move || next.with(Option::is_none)
                    on:click=move |_| load(true)>{t("review-more")}</button>
                <p class="muted keys-hint" hidden=move || items.with(Vec::is_empty)>{t("review-keys")}</p>
            </div>
        </section>
    }
}

/// One record in the list: a checkbox for bulk decisions, its name (or receipt code) to
/// open it, its state in words and colour, where, when and by whom.
#[component]
fn RecordLine(
    s: SubmissionSummary,
    open: RwSignal<Option<String>>,
    selected: RwSignal<BTreeSet<String>>,
) -> impl IntoView {
    let ui = ui();
    let id = s.id.clone();
    let state = s.review_state.clone();
    let has_name = s.name.as_ref().is_some_and(|n| !n.is_empty());
    let title = s
        .name
        .clone()
        .filter(|n| !n.is_empty())
        .unwrap_or_else(|| s.receipt.clone());
    let title = if title.is_empty() {
        s.id.chars().take(8).collect()
    } else {
        title
    };
    let checkbox = format!("select-{}", s.id);
    let (check_id, open_id) = (s.id.clone(), s.id.clone());
    let checked = {
        let id = s.id.clone();
        move || selected.with(|set| set.contains(&id))
    };
    let purposes = if s.purpose_labels.is_empty() {
        s.purposes.join(", ")
    } else {
        s.purpose_labels.join(", ")
    };
    let refused = s.refused;
    let explained = s.explained_again.join(", ");
    let received = s
        .received_at
        .replace('T', " ")
        .chars()
        .take(16)
        .collect::<String>();
    let label = title.clone();
    view! {
        <li class="record-line" data-id=id.clone() data-state=state.clone()>
            <input type="checkbox" id=checkbox.clone() prop:checked=checked
                aria-label=move || ui.t_with("review-select", &[("name", label.clone())])
                on:change=move |ev| {
                    let on = event_target_checked(&ev);
                    selected.update(|set| {
                        if on { set.insert(check_id.clone()); } else { set.remove(&check_id); }
                    });
                }/>
            <button type="button" class="open" on:click=move |_| open.set(Some(open_id.clone()))>
                <strong dir="auto" class="record-name">{title}</strong>
                <span class=format!("badge state-{state}")>{let state = state.clone(); move || ui.t(&format!("steward-state-{state}"))}</span>
                <small class="muted">
                    // Only what the title does not already say: no separator before a
                    // missing area, no receipt code twice when it is the title.
                    {s.area.clone().filter(|a| !a.is_empty()).map(|a| view! { <span dir="auto">{a}</span> " · " })}
                    <span dir="auto">{s.enumerator.clone()}</span>
                    " · " <span dir="ltr">{received}</span>
                    {(has_name && !s.receipt.is_empty()).then(|| view! { " · " <span dir="ltr" class="receipt-code">{s.receipt.clone()}</span> })}
                </small>
                <small class="muted" dir="auto">{move || if refused { ui.t("steward-refused") } else { ui.t_with("steward-purposes", &[("purposes", purposes.clone())]) }}</small>
                {(!explained.is_empty()).then(|| view! {
                    <small class="explained" dir="auto">{move || ui.t_with("steward-explained-again", &[("points", explained.clone())])}</small>
                })}
            </button>
        </li>
    }
}

/// `Some(true)` for j (next record), `Some(false)` for k (previous), when the key is
/// meant for the desk: not typed into a field, nor with a modifier (a shortcut of the
/// browser's or of a screen reader's).
fn record_key(e: &web_sys::KeyboardEvent) -> Option<bool> {
    use wasm_bindgen::JsCast;
    if e.ctrl_key() || e.meta_key() || e.alt_key() || e.repeat() {
        return None;
    }
    let typing = e
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
        .is_some_and(|el| {
            matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                || el.is_content_editable()
        });
    if typing {
        return None;
    }
    match e.key().as_str() {
        "j" => Some(true),
        "k" => Some(false),
        _ => None,
    }
}

/// Run `f` once after `ms` milliseconds.
fn set_timeout_ms(ms: i32, f: impl FnOnce() + 'static) {
    use wasm_bindgen::JsCast;
    let callback = wasm_bindgen::closure::Closure::once_into_js(f);
    if let Some(window) = web_sys::window() {
        let _ = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(callback.unchecked_ref(), ms);
    }
}
