//! The review list: records to approve, send back or reject.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::{Desk, SignOut};
use crate::api::{self, SubmissionSummary};
use crate::error::AppError;
use crate::i18n::{t, ui};
use crate::widgets::ErrorLine;
use forms::wire::Decision;

#[component]
pub(super) fn Submissions(signed_in: RwSignal<Option<Desk>>) -> impl IntoView {
    let ui = ui();
    let list = RwSignal::new(Vec::<SubmissionSummary>::new());
    let error = RwSignal::new(None::<String>);
    let fail = move |e: AppError| {
        if matches!(e, AppError::Server { status: 401, .. }) {
            signed_in.set(Some(Desk::Out));
        }
        error.set(Some(e.message(ui)));
    };
    let reload = move || {
        spawn_local(async move {
            match api::submissions().await {
                Ok(found) => list.set(found),
                Err(e) => fail(e),
            }
        })
    };
    reload();
    // The record being sent back to its enumerator, and what they should check.
    let sending_back = RwSignal::new(None::<(String, String)>);
    let comment = RwSignal::new(String::new());
    let decide = move |id: String, decision: Decision, note: String| {
        spawn_local(async move {
            match api::review(&id, decision, &note).await {
                Ok(_) => {
                    sending_back.set(None);
                    comment.set(String::new());
                    reload()
                }
                Err(e) => fail(e),
            }
        })
    };
    let send_back = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if let Some((id, _)) = sending_back.get_untracked() {
            decide(id, Decision::HasIssues, comment.get_untracked());
        }
    };
    view! {
        <section class="card">
            <h1>{t("steward-title")}</h1>
            <SignOut signed_in=signed_in/>
            <ErrorLine error=error/>
            <form id="send-back" class="card" hidden=move || sending_back.with(Option::is_none) on:submit=send_back>
                <h2>{move || sending_back.get().map(|(_, receipt)| ui.t_with("review-send-back-title", &[("receipt", receipt)])).unwrap_or_default()}</h2>
                <div class="field">
                    <label for="send-back-comment">{t("review-send-back-label")}</label>
                    <textarea id="send-back-comment" rows="3" prop:value=move || comment.get()
                        on:input=move |ev| comment.set(event_target_value(&ev))></textarea>
                </div>
                <div class="actions">
                    <button id="send-back-submit" class="primary" type="submit">{t("review-send-back")}</button>
                    <button type="button" on:click=move |_| sending_back.set(None)>{t("review-cancel")}</button>
                </div>
            </form>
            <Show when=move || !list.with(Vec::is_empty) fallback=move || view! { <p class="muted">{t("steward-empty")}</p> }>
                <div class="table-wrap">
                    <table id="submissions">
                        <thead>
                            <tr>
                                <th scope="col">{t("steward-col-receipt")}</th>
                                <th scope="col">{t("steward-col-received")}</th>
                                <th scope="col">{t("steward-col-area")}</th>
                                <th scope="col">{t("steward-col-state")}</th>
                                <th scope="col">{t("steward-col-actions")}</th>
                            </tr>
                        </thead>
                        <tbody>
                            <For each=move || list.get() key=|s| (s.id.clone(), s.review_state.clone()) let:s>
                                {
                                    let (approve_id, reject_id) = (s.id.clone(), s.id.clone());
                                    let back = (s.id.clone(), s.receipt.clone());
                                    let state = s.review_state.clone();
                                    let area = s.answers.get("admin_area").and_then(|v| v.as_str()).unwrap_or("").to_string();
                                    let purposes = s.purposes.join(", ");
                                    let refused = s.refused;
                                    let explained = s.explained_again.join(", ");
                                    view! {
                                        <tr data-id=s.id.clone() data-state=state.clone()>
                                            <td>
                                                {s.name.clone().map(|name| view! { <strong class="record-name" dir="auto">{name}</strong><br/> })}
                                                <span dir="ltr" class="receipt-code">{s.receipt.clone()}</span>
                                            </td>
                                            <td dir="ltr">{s.received_at.replace('T', " ").chars().take(16).collect::<String>()}</td>
                                            <td>{area}<br/><small class="muted">{s.enumerator.clone()}</small></td>
                                            <td>
                                                <span class=format!("state-{state}")>{let state = state.clone(); move || ui.t(&format!("steward-state-{state}"))}</span><br/>
                                                <small class="muted">{move || if refused { ui.t("steward-refused") } else { ui.t_with("steward-purposes", &[("purposes", purposes.clone())]) }}</small>
                                                {(!explained.is_empty()).then(|| view! { <br/><small class="explained">{move || ui.t_with("steward-explained-again", &[("points", explained.clone())])}</small> })}
                                            </td>
                                            <td class="actions">
                                                <button class="approve" type="button" on:click=move |_| decide(approve_id.clone(), Decision::Approve, String::new())>{t("steward-approve")}</button>
                                                <button class="send-back" type="button" on:click=move |_| sending_back.set(Some(back.clone()))>{t("review-send-back")}</button>
                                                <button class="reject danger" type="button" on:click=move |_| decide(reject_id.clone(), Decision::Reject, String::new())>{t("steward-reject")}</button>
                                            </td>
                                        </tr>
                                    }
                                }
                            </For>
                        </tbody>
                    </table>
                </div>
            </Show>
        </section>
    }
}
