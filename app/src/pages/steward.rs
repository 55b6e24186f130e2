//! The page for everyone who works on the server side: a steward reviews and exports, a
//! reviewer reviews (seeing what the policy lets reviewers see), a partner downloads the
//! exports shared with them, an admin uploads forms.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::{self, SubmissionSummary};
use crate::error::AppError;
use crate::i18n::{t, ui};
use crate::widgets::{ErrorLine, TextField};
use forms::wire::{Decision, ProfileInfo};

/// Who is signed in on this page: nobody yet, a steward (review and export), a reviewer
/// (review), a partner (shared exports) or an admin (forms).
#[derive(Clone, Copy, PartialEq)]
enum Desk {
    Out,
    Steward,
    Reviewer,
    Partner,
    Admin,
}

fn desk(role: &str) -> Desk {
    match role {
        "steward" => Desk::Steward,
        "reviewer" => Desk::Reviewer,
        "partner" => Desk::Partner,
        "admin" => Desk::Admin,
        _ => Desk::Out,
    }
}

#[component]
pub fn StewardApp() -> impl IntoView {
    let signed_in = RwSignal::new(None::<Desk>);
    spawn_local(async move {
        let now = api::me().await.map_or(Desk::Out, |me| desk(&me.role));
        signed_in.set(Some(now));
    });
    move || match signed_in.get() {
        None => ().into_any(),
        Some(Desk::Out) => view! { <SignIn signed_in=signed_in/> }.into_any(),
        Some(Desk::Steward) => view! {
            <Exports signed_in=signed_in/>
            <Submissions signed_in=signed_in/>
        }
        .into_any(),
        Some(Desk::Reviewer) => view! { <Submissions signed_in=signed_in/> }.into_any(),
        Some(Desk::Partner) => view! { <Exports signed_in=signed_in/> }.into_any(),
        Some(Desk::Admin) => view! { <FormUpload signed_in=signed_in/> }.into_any(),
    }
}

/// The admin's page: upload a questionnaire (XLSForm or Sauti JSON) as a new form
/// version; phones pick it up at their next sync. A refused file shows the importer's
/// message, which names the sheet, row and column to fix.
#[component]
fn FormUpload(signed_in: RwSignal<Option<Desk>>) -> impl IntoView {
    let ui = ui();
    let result = RwSignal::new(None::<String>);
    let warnings = RwSignal::new(Vec::<String>::new());
    let error = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let upload = move |ev: leptos::ev::Event| {
        let Some(file) = event_target::<web_sys::HtmlInputElement>(&ev)
            .files()
            .and_then(|files| files.get(0))
        else {
            return;
        };
        busy.set(true);
        result.set(None);
        warnings.set(Vec::new());
        error.set(None);
        spawn_local(async move {
            match api::upload_form(&file).await {
                Ok(done) => {
                    result.set(Some(ui.t_with(
                        "admin-upload-done",
                        &[
                            ("form", done.title),
                            ("id", done.form_id),
                            ("version", done.version),
                            ("questions", done.questions.to_string()),
                        ],
                    )));
                    warnings.set(done.warnings);
                }
                Err(Ok(refusal)) => error.set(Some(refusal)),
                Err(Err(e)) => {
                    if matches!(e, AppError::Server { status: 401, .. }) {
                        signed_in.set(Some(Desk::Out));
                    }
                    error.set(Some(e.message(ui)));
                }
            }
            busy.set(false);
        });
    };
    let sign_out = move |_| {
        spawn_local(async move {
            let _ = api::sign_out().await;
            signed_in.set(Some(Desk::Out));
        })
    };
    view! {
        <section class="card">
            <h1>{t("admin-upload-title")}</h1>
            <p class="muted">{t("admin-upload-intro")}</p>
            <div class="field">
                <label for="form-file">{t("admin-upload-label")}</label>
                <input id="form-file" type="file" accept=".xlsx,.xls,.json" disabled=move || busy.get() on:change=upload/>
            </div>
            <ErrorLine error=error/>
            <p id="upload-result" class="status" role="status">{move || result.get().unwrap_or_default()}</p>
            <ul id="upload-warnings">
                {move || warnings.get().into_iter().map(|w| view! { <li>{w}</li> }).collect_view()}
            </ul>
            <button id="steward-sign-out" type="button" on:click=sign_out>{t("steward-sign-out")}</button>
        </section>
    }
}

#[component]
fn SignIn(signed_in: RwSignal<Option<Desk>>) -> impl IntoView {
    let ui = ui();
    let username = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        spawn_local(async move {
            match api::sign_in(&username.get_untracked(), &password.get_untracked()).await {
                Ok(me) if desk(&me.role) != Desk::Out => signed_in.set(Some(desk(&me.role))),
                Ok(_) => error.set(Some(ui.t("err-forbidden"))),
                Err(e) => error.set(Some(e.message(ui))),
            }
        });
    };
    view! {
        <section class="card">
            <h1>{t("steward-sign-in")}</h1>
            <form on:submit=submit>
                <TextField id="steward-username" label="steward-username" value=username autocomplete="username"/>
                <TextField id="steward-password" label="steward-password" value=password kind="password" autocomplete="current-password"/>
                <ErrorLine error=error/>
                <button id="steward-submit" class="primary" type="submit">{t("steward-sign-in")}</button>
            </form>
        </section>
    }
}

/// The export profiles the signed-in steward or partner may download, each as CSV or
/// JSON, main table or a repeat's table. What each lets out is the project's policy.
#[component]
fn Exports(signed_in: RwSignal<Option<Desk>>) -> impl IntoView {
    let ui = ui();
    let profiles = RwSignal::new(Vec::<ProfileInfo>::new());
    let tables = RwSignal::new(Vec::<String>::new());
    let error = RwSignal::new(None::<String>);
    spawn_local(async move {
        match api::export_profiles().await {
            Ok(found) => {
                tables.set(found.tables);
                profiles.set(found.profiles);
            }
            Err(e) => {
                if matches!(e, AppError::Server { status: 401, .. }) {
                    signed_in.set(Some(Desk::Out));
                }
                error.set(Some(e.message(ui)));
            }
        }
    });
    let partner = signed_in.get_untracked() == Some(Desk::Partner);
    view! {
        <section class="card" id="exports">
            <h1>{t("exports-title")}</h1>
            <p class="muted">{t("exports-intro")}</p>
            <ErrorLine error=error/>
            <ul class="profiles">
                <For each=move || profiles.get() key=|p| p.name.clone() let:p>
                    {
                        let href = |format: &str| format!("/api/v1/exports/{}?format={format}", p.name);
                        let k = p.k;
                        view! {
                            <li data-profile=p.name.clone()>
                                <strong>{p.description.clone()}</strong>
                                <small class="muted">{move || if k > 1 { ui.t_with("exports-k", &[("k", k.to_string())]) } else { String::new() }}</small>
                                <div class="actions">
                                    <a class="button" href=href("csv") download="">{t("exports-csv")}</a>
                                    <a class="button" href=href("json") download="">{t("exports-json")}</a>
                                    <a class="button" href=href("xlsx") download="">{t("exports-xlsx")}</a>
                                    {
                                        let name = p.name.clone();
                                        move || tables.get().into_iter().map(|table| {
                                            let label = ui.t_with("exports-table", &[("table", table.clone())]);
                                            view! {
                                                <a class="button" href=format!("/api/v1/exports/{name}?table={table}") download="">{label}</a>
                                            }
                                        }).collect_view()
                                    }
                                </div>
                            </li>
                        }
                    }
                </For>
            </ul>
            // Who received records whose respondents have since withdrawn (stewards only).
            <p hidden=partner>
                <a id="withdrawal-notice" class="button" href="/api/v1/withdrawals/notice" download="">{t("exports-withdrawal-notice")}</a>
            </p>
            <Show when=move || partner>
                <SignOut signed_in=signed_in/>
            </Show>
        </section>
    }
}

#[component]
fn SignOut(signed_in: RwSignal<Option<Desk>>) -> impl IntoView {
    let sign_out = move |_| {
        spawn_local(async move {
            let _ = api::sign_out().await;
            signed_in.set(Some(Desk::Out));
        })
    };
    view! { <button id="steward-sign-out" type="button" on:click=sign_out>{t("steward-sign-out")}</button> }
}

#[component]
fn Submissions(signed_in: RwSignal<Option<Desk>>) -> impl IntoView {
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
