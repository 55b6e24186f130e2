//! The admin's team page (issue 20): who works in the session's project with which role,
//! adding a member (an existing account, or a new one whose password is shown once),
//! changing a role, and, each after a confirmation, resetting a password, disabling or
//! enabling an account, ending its sessions, removing it from the project; each member's
//! phones with their last sync, and revoking one.

use forms::wire::{Account, DeviceInfo, NewMember};
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::Desk;
use super::projects::{ROLES, directory, failed, role_name};
use crate::api;
use crate::i18n::{t, ui};
use crate::widgets::{ErrorLine, TextField};

/// What waits for the admin's confirmation.
#[derive(Clone, PartialEq)]
enum Act {
    Reset(String),
    Disable(String, bool),
    Sessions(String),
    Remove(String),
    Revoke {
        id: String,
        label: String,
        username: String,
    },
}

#[component]
pub(super) fn Team(signed_in: RwSignal<Option<Desk>>) -> impl IntoView {
    let ui = ui();
    let dir = directory();
    let members = RwSignal::new(Vec::<Account>::new());
    let devices = RwSignal::new(Vec::<DeviceInfo>::new());
    let error = RwSignal::new(None::<String>);
    let status = RwSignal::new(String::new());
    // A password shown this once: (username, password).
    let shown_once = RwSignal::new(None::<(String, String)>);
    let pending = RwSignal::new(None::<Act>);
    let project = move || dir.me.with(|m| m.as_ref().map(|m| m.project_id.clone()));
    let myself = move || {
        dir.me
            .with(|m| m.as_ref().map(|m| m.username.clone()).unwrap_or_default())
    };
    let reload = move || {
        let Some(project) = project() else { return };
        spawn_local(async move {
            match api::members(&project).await {
                Ok(found) => members.set(found),
                Err(e) => failed(ui, signed_in, error, e),
            }
            match api::devices().await {
                Ok(found) => devices.set(found),
                Err(e) => failed(ui, signed_in, error, e),
            }
        });
    };
    per_project(reload);
    let done = move |message: String| {
        error.set(None);
        status.set(message);
        reload();
    };
    let run = move |act: Act| {
        pending.set(None);
        shown_once.set(None);
        let Some(project) = project() else { return };
        spawn_local(async move {
            let outcome = match act {
                Act::Reset(username) => api::reset_password(&username).await.map(|created| {
                    shown_once.set(Some((created.username, created.password)));
                    ui.t("admin-done")
                }),
                Act::Disable(username, disabled) => api::set_disabled(&username, disabled)
                    .await
                    .map(|_| ui.t("admin-done")),
                Act::Sessions(username) => api::end_sessions(&username).await.map(|ended| {
                    ui.t_with(
                        "admin-team-sessions-ended",
                        &[("n", ended.ended.to_string())],
                    )
                }),
                Act::Remove(username) => api::remove_member(&project, &username)
                    .await
                    .map(|_| ui.t_with("admin-team-removed", &[("username", username)])),
                Act::Revoke { id, .. } => api::revoke_device(&id).await.map(|_| ui.t("admin-done")),
            };
            match outcome {
                Ok(message) => done(message),
                Err(e) => failed(ui, signed_in, error, e),
            }
        });
    };
    let question = move || {
        let project = dir.current().map(|p| p.name).unwrap_or_default();
        pending.get().map(|act| match act {
            Act::Reset(u) => ui.t_with("admin-team-reset-confirm", &[("username", u)]),
            Act::Disable(u, true) => ui.t_with("admin-team-disable-confirm", &[("username", u)]),
            Act::Disable(u, false) => ui.t_with("admin-team-enable-confirm", &[("username", u)]),
            Act::Sessions(u) => ui.t_with("admin-team-sessions-confirm", &[("username", u)]),
            Act::Remove(u) => ui.t_with(
                "admin-team-remove-confirm",
                &[("username", u), ("project", project)],
            ),
            Act::Revoke {
                label, username, ..
            } => ui.t_with(
                "admin-device-revoke-confirm",
                &[("label", label), ("username", username)],
            ),
        })
    };
    let change_role = move |username: String, role: String| {
        let Some(project) = project() else { return };
        spawn_local(async move {
            match api::change_role(&project, &username, &role).await {
                Ok(account) => done(ui.t_with(
                    "admin-team-role-changed",
                    &[
                        ("username", account.username),
                        ("role", role_name(ui, &account.role)),
                    ],
                )),
                Err(e) => {
                    failed(ui, signed_in, error, e);
                    reload();
                }
            }
        });
    };

    // Adding a member.
    let username = RwSignal::new(String::new());
    let role = RwSignal::new("enumerator".to_string());
    let existing = RwSignal::new(false);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(project) = project() else { return };
        shown_once.set(None);
        let member = NewMember {
            username: username.get_untracked().trim().to_lowercase(),
            role: role.get_untracked(),
            existing: existing.get_untracked(),
        };
        spawn_local(async move {
            match api::add_member(&project, &member).await {
                Ok(added) => {
                    if let Some(password) = added.password {
                        shown_once.set(Some((added.username.clone(), password)));
                    }
                    username.set(String::new());
                    done(ui.t_with(
                        "admin-team-added",
                        &[
                            ("username", added.username),
                            ("role", role_name(ui, &added.role)),
                        ],
                    ));
                }
                Err(e) => failed(ui, signed_in, error, e),
            }
        });
    };
    let role_options = move |selected: String| {
        ROLES
            .iter()
            .map(|r| {
                let is = *r == selected;
                view! { <option value=*r selected=is>{move || role_name(ui, r)}</option> }
            })
            .collect_view()
    };

    view! {
        <section class="card" id="team">
            <h1>{t("admin-team-title")}</h1>
            <p class="muted">{move || ui.t_with("admin-team-intro", &[("project", dir.current().map(|p| p.name).unwrap_or_default())])}</p>
            <ErrorLine error=error/>
            <p class="status" role="status" id="team-status">{move || status.get()}</p>
            <p class="once" id="one-time-password" role="status" hidden=move || shown_once.with(Option::is_none)>
                {move || shown_once.get().map(|(username, password)| view! {
                    {ui.t_with("admin-team-password-once", &[("username", username)])}
                    <br/>
                    <code class="password" dir="ltr">{password}</code>
                })}
            </p>
            <div class="confirm" role="alertdialog" aria-labelledby="team-question" hidden=move || pending.with(Option::is_none)>
                <p id="team-question">{question}</p>
                <div class="actions">
                    <button id="team-confirm" class="primary" type="button"
                        on:click=move |_| if let Some(act) = pending.get_untracked() { run(act) }>{t("admin-confirm")}</button>
                    <button id="team-cancel" type="button" on:click=move |_| pending.set(None)>{t("admin-cancel")}</button>
                </div>
            </div>
            <ul class="team" id="members">
                <For each=move || with_phones(members.get(), &devices.get()) key=row_key let:row>
                    {
                        let (m, phones) = row;
                        let name = m.username.clone();
                        let me = name == myself();
                        let select_id = format!("role-{name}");
                        let (n1, n2, n3, n4, n5) = (name.clone(), name.clone(), name.clone(), name.clone(), name.clone());
                        let disabled = m.disabled;
                        view! {
                            <li data-username=name.clone() data-role=m.role.clone() data-disabled=disabled.to_string()>
                                <p class="who">
                                    <strong dir="ltr">{name.clone()}</strong>
                                    {me.then(|| view! { " " <span class="muted">{t("admin-team-you")}</span> })}
                                    {disabled.then(|| view! { " " <span class="badge danger">{t("admin-team-disabled")}</span> })}
                                </p>
                                <div class="field">
                                    <label for=select_id.clone()>{move || ui.t_with("admin-team-role-of", &[("username", n1.clone())])}</label>
                                    <select id=select_id class="role" on:change=move |ev| change_role(n2.clone(), event_target_value(&ev))>
                                        {role_options(m.role.clone())}
                                    </select>
                                </div>
                                <div class="actions" hidden=me>
                                    <button class="reset" type="button" on:click=move |_| pending.set(Some(Act::Reset(n3.clone())))>{t("admin-team-reset")}</button>
                                    <button class="disable" class:danger=!disabled type="button" on:click=move |_| pending.set(Some(Act::Disable(n4.clone(), !disabled)))>
                                        {move || if disabled { ui.t("admin-team-enable") } else { ui.t("admin-team-disable") }}
                                    </button>
                                    <button class="sessions" type="button" on:click=move |_| pending.set(Some(Act::Sessions(n5.clone())))>{t("admin-team-sessions")}</button>
                                    <button class="remove danger" type="button" on:click={let n = name.clone(); move |_| pending.set(Some(Act::Remove(n.clone())))}>{t("admin-team-remove")}</button>
                                </div>
                                {(!phones.is_empty()).then(|| view! {
                                    <h3 class="phones-title">{t("admin-devices-title")}</h3>
                                    <ul class="devices">
                                        {phones.into_iter().map(|d| {
                                            let act = Act::Revoke { id: d.id.clone(), label: d.label.clone(), username: d.username.clone() };
                                            let synced = d.last_sync_at.clone().map(|s| short_time(&s));
                                            let created = short_time(&d.created_at);
                                            let revoked = d.revoked_at.clone().map(|s| short_time(&s));
                                            let is_revoked = revoked.is_some();
                                            let label: String = if d.label.is_empty() { d.id.chars().take(8).collect() } else { d.label.chars().take(40).collect() };
                                            view! {
                                                <li class="device" data-device=d.id.clone() data-revoked=is_revoked.to_string()>
                                                    <span dir="auto">{move || ui.t_with("admin-device-line", &[
                                                        ("label", label.clone()),
                                                        ("created", created.clone()),
                                                        ("synced", synced.clone().unwrap_or_else(|| ui.t("admin-device-never"))),
                                                    ])}</span>
                                                    {revoked.clone().map(|at| view! { " " <span class="badge">{move || ui.t_with("admin-device-revoked", &[("at", at.clone())])}</span> })}
                                                    <button class="revoke danger" type="button" hidden=is_revoked
                                                        on:click=move |_| pending.set(Some(act.clone()))>{t("admin-device-revoke")}</button>
                                                </li>
                                            }
                                        }).collect_view()}
                                    </ul>
                                })}
                            </li>
                        }
                    }
                </For>
            </ul>
            <form id="add-member" class="card" on:submit=add>
                <h2>{t("admin-team-add")}</h2>
                <TextField id="member-username" label="admin-team-username" value=username hint="admin-team-username-hint"/>
                <div class="field">
                    <label for="member-role">{t("admin-team-role")}</label>
                    <select id="member-role" on:change=move |ev| role.set(event_target_value(&ev))>
                        {role_options("enumerator".to_string())}
                    </select>
                </div>
                <div class="field check">
                    <input id="member-existing" type="checkbox" prop:checked=move || existing.get()
                        on:change=move |ev| existing.set(event_target_checked(&ev))/>
                    <label for="member-existing">{t("admin-team-existing")}</label>
                </div>
                <button id="member-submit" class="primary" type="submit">{t("admin-team-add-submit")}</button>
            </form>
        </section>
    }
}

/// Run `load` once the session's project is known, and again whenever it changes.
pub(super) fn per_project(load: impl Fn() + 'static) {
    let dir = directory();
    Effect::new(move |seen: Option<Option<String>>| {
        let now = dir.me.with(|m| m.as_ref().map(|m| m.project_id.clone()));
        if now.is_some() && seen.as_ref() != Some(&now) {
            load();
        }
        now
    });
}

/// Each member with their phones in the project.
fn with_phones(members: Vec<Account>, devices: &[DeviceInfo]) -> Vec<(Account, Vec<DeviceInfo>)> {
    members
        .into_iter()
        .map(|m| {
            let phones = devices
                .iter()
                .filter(|d| d.username == m.username)
                .cloned()
                .collect();
            (m, phones)
        })
        .collect()
}

/// A member's line is drawn again when their role, account or phones change.
type RowKey = (String, String, bool, Vec<(String, bool, Option<String>)>);

fn row_key((m, phones): &(Account, Vec<DeviceInfo>)) -> RowKey {
    let phones = phones
        .iter()
        .map(|d| (d.id.clone(), d.revoked_at.is_some(), d.last_sync_at.clone()))
        .collect();
    (m.username.clone(), m.role.clone(), m.disabled, phones)
}

/// `2026-12-06T10:04:05Z` as `2026-12-06 10:04`.
fn short_time(rfc3339: &str) -> String {
    rfc3339.replace('T', " ").chars().take(16).collect()
}
