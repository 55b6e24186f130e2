//! Projects on the server-side desks (issue 20): the bar every desk shows (which project
//! this session acts in, a switcher for anyone with several, changing one's own password)
//! and the admin's projects card (create, rename, archive, restore).
//!
//! The signed-in account and its projects (`GET /auth/me`) are one [`Directory`] shared by
//! the desk's pieces; switching project loads the page again, so every desk starts in the
//! new project with the role there.

use forms::wire::{Me, Project};
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::Desk;
use crate::api;
use crate::error::AppError;
use crate::i18n::{Ui, t, ui};
use crate::widgets::{ErrorLine, TextField};

/// The signed-in account and its projects, shared by the desk's pieces.
#[derive(Clone, Copy)]
pub(crate) struct Directory {
    pub me: RwSignal<Option<Me>>,
}

impl Directory {
    /// Create it (at the top of the steward page) and load it.
    pub(crate) fn provide() {
        let directory = Directory {
            me: RwSignal::new(None),
        };
        provide_context(directory);
        directory.reload();
    }

    pub(crate) fn reload(self) {
        spawn_local(async move {
            if let Ok(me) = api::me().await {
                self.me.set(Some(me));
            }
        });
    }

    /// The project this session acts in.
    pub(crate) fn current(self) -> Option<Project> {
        self.me.with(|me| {
            me.as_ref()
                .and_then(|me| me.projects.iter().find(|p| p.id == me.project_id).cloned())
        })
    }
}

pub(crate) fn directory() -> Directory {
    expect_context::<Directory>()
}

/// A role's name in the UI language.
pub(super) fn role_name(ui: Ui, role: &str) -> String {
    ui.t(&format!("admin-role-{role}"))
}

/// The roles an admin gives, in the order they are offered.
pub(super) const ROLES: [&str; 6] = [
    "enumerator",
    "steward",
    "reviewer",
    "partner",
    "translator",
    "admin",
];

/// A failure shown on a card; an ended session goes back to signing in.
pub(super) fn failed(
    ui: Ui,
    signed_in: RwSignal<Option<Desk>>,
    error: RwSignal<Option<String>>,
    e: AppError,
) {
    if matches!(e, AppError::Server { status: 401, .. }) {
        signed_in.set(Some(Desk::Out));
    }
    error.set(Some(e.message(ui)));
}

/// Which project this session acts in, a switcher when the account has several, and
/// changing one's own password. On every desk.
#[component]
pub(super) fn ProjectBar(signed_in: RwSignal<Option<Desk>>) -> impl IntoView {
    let ui = ui();
    let dir = directory();
    // Drawn after each sign-in and switch: the account and its projects are read again.
    dir.me.set(None);
    dir.reload();
    let error = RwSignal::new(None::<String>);
    let switch = move |ev: leptos::ev::Event| {
        let wanted = event_target_value(&ev);
        spawn_local(async move {
            match api::switch_project(&wanted).await {
                // The page starts again in that project, with the role there: every desk
                // (forms, review, exports, team) reads the new project from the start.
                Ok(_) => {
                    let _ = window().location().reload();
                }
                Err(e) => failed(ui, signed_in, error, e),
            }
        });
    };
    let several = move || {
        dir.me
            .with(|me| me.as_ref().is_some_and(|m| m.projects.len() > 1))
    };
    let current = move || {
        dir.current()
            .map(|p| {
                ui.t_with(
                    "admin-project-current",
                    &[
                        ("project", p.name.clone()),
                        ("role", role_name(ui, &p.role)),
                    ],
                )
            })
            .unwrap_or_default()
    };
    view! {
        <section class="card project-bar" id="project-bar">
            <p id="project-current"><strong>{current}</strong></p>
            <Show when=several>
                <div class="field">
                    <label for="project-switch">{t("admin-project-switch")}</label>
                    <select id="project-switch" on:change=switch
                        prop:value=move || dir.me.with(|m| m.as_ref().map(|m| m.project_id.clone()).unwrap_or_default())>
                        {move || dir.me.get().map(|me| me.projects.into_iter().map(|p| {
                            let label = format!("{} · {}{}", p.name, role_name(ui, &p.role),
                                if p.archived { format!(" · {}", ui.t("admin-projects-archived")) } else { String::new() });
                            let selected = p.id == me.project_id;
                            view! { <option value=p.id.clone() selected=selected>{label}</option> }
                        }).collect_view())}
                    </select>
                </div>
            </Show>
            <Show when=move || dir.current().is_some_and(|p| p.archived)>
                <p class="note" id="project-archived-note">{t("admin-project-archived-note")}</p>
            </Show>
            <ErrorLine error=error/>
            <OwnPassword signed_in=signed_in/>
        </section>
    }
}

/// Changing one's own password: the policy is checked here first (the same
/// `forms::password` the server applies), then by the server.
#[component]
fn OwnPassword(signed_in: RwSignal<Option<Desk>>) -> impl IntoView {
    let ui = ui();
    let dir = directory();
    let current = RwSignal::new(String::new());
    let new = RwSignal::new(String::new());
    let again = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let done = RwSignal::new(false);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        done.set(false);
        let username = dir
            .me
            .with_untracked(|m| m.as_ref().map(|m| m.username.clone()).unwrap_or_default());
        let (old, wanted) = (current.get_untracked(), new.get_untracked());
        if let Err(problem) = forms::password::check(&username, &wanted) {
            error.set(Some(ui.t(problem.code())));
            return;
        }
        if wanted != again.get_untracked() {
            error.set(Some(ui.t("admin-password-mismatch")));
            return;
        }
        error.set(None);
        spawn_local(async move {
            match api::change_password(&old, &wanted).await {
                Ok(_) => {
                    for field in [current, new, again] {
                        field.set(String::new());
                    }
                    done.set(true);
                }
                Err(e) => failed(ui, signed_in, error, e),
            }
        });
    };
    view! {
        <details id="own-password">
            <summary>{t("admin-password-title")}</summary>
            <form on:submit=submit>
                <TextField id="password-current" label="admin-password-current" value=current kind="password" autocomplete="current-password"/>
                <TextField id="password-new" label="admin-password-new" value=new kind="password" autocomplete="new-password" hint="admin-password-new-hint"/>
                <TextField id="password-again" label="admin-password-repeat" value=again kind="password" autocomplete="new-password"/>
                <ErrorLine error=error/>
                <p class="status" role="status" id="password-changed">{move || if done.get() { ui.t("admin-password-changed") } else { String::new() }}</p>
                <button id="password-submit" class="primary" type="submit">{t("admin-password-submit")}</button>
            </form>
        </details>
    }
}

/// The admin's projects: the account's projects with its role in each, the current one
/// renamed, archived or restored (after a confirmation), and a new one created.
#[component]
pub(super) fn Projects(signed_in: RwSignal<Option<Desk>>) -> impl IntoView {
    let ui = ui();
    let dir = directory();
    let error = RwSignal::new(None::<String>);
    let status = RwSignal::new(String::new());
    let new_id = RwSignal::new(String::new());
    let new_name = RwSignal::new(String::new());
    let rename_to = RwSignal::new(String::new());
    let confirming = RwSignal::new(false);
    Effect::new(move |_| {
        if let Some(p) = dir.current() {
            rename_to.set(p.name);
        }
    });
    let create = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (id, name) = (
            new_id.get_untracked().trim().to_string(),
            new_name.get_untracked(),
        );
        spawn_local(async move {
            match api::create_project(&id, &name).await {
                Ok(p) => {
                    error.set(None);
                    status.set(ui.t_with("admin-project-created", &[("project", p.name)]));
                    new_id.set(String::new());
                    new_name.set(String::new());
                    dir.reload();
                }
                Err(e) => failed(ui, signed_in, error, e),
            }
        });
    };
    let rename = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(p) = dir.current() else { return };
        let name = rename_to.get_untracked();
        spawn_local(async move {
            match api::rename_project(&p.id, &name).await {
                Ok(_) => {
                    error.set(None);
                    status.set(ui.t("admin-project-renamed"));
                    dir.reload();
                }
                Err(e) => failed(ui, signed_in, error, e),
            }
        });
    };
    let archive = move |_| {
        let Some(p) = dir.current() else { return };
        confirming.set(false);
        spawn_local(async move {
            match api::archive_project(&p.id, !p.archived).await {
                Ok(_) => {
                    error.set(None);
                    status.set(ui.t("admin-done"));
                    dir.reload();
                }
                Err(e) => failed(ui, signed_in, error, e),
            }
        });
    };
    let digits = move |ev: leptos::ev::Event| {
        let Some(p) = dir.current() else { return };
        let native = match event_target_value(&ev).as_str() {
            "latin" => Some(false),
            "native" => Some(true),
            _ => None,
        };
        spawn_local(async move {
            match api::set_project_digits(&p.id, native).await {
                Ok(_) => {
                    error.set(None);
                    status.set(ui.t("admin-digits-saved"));
                    dir.reload();
                }
                Err(e) => failed(ui, signed_in, error, e),
            }
        });
    };
    let digits_now = move || match dir.current().and_then(|p| p.native_digits) {
        None => "language",
        Some(false) => "latin",
        Some(true) => "native",
    };
    let archived = move || dir.current().is_some_and(|p| p.archived);
    let current_name = move || dir.current().map(|p| p.name).unwrap_or_default();
    view! {
        <section class="card" id="projects">
            <h1>{t("admin-projects-title")}</h1>
            <p class="muted">{t("admin-projects-intro")}</p>
            <ul class="project-list">
                {move || dir.me.get().map(|me| me.projects.into_iter().map(|p| {
                    let current = p.id == me.project_id;
                    let role = role_name(ui, &p.role);
                    let archived = p.archived.then(|| ui.t("admin-projects-archived"));
                    view! {
                        <li data-project=p.id.clone() aria-current=current.then_some("true")>
                            <strong dir="auto">{p.name.clone()}</strong>
                            " " <span class="muted" dir="ltr">{p.id.clone()}</span>
                            " · " {role}
                            {archived.map(|a| view! { " · " <span class="badge">{a}</span> })}
                        </li>
                    }
                }).collect_view())}
            </ul>
            <ErrorLine error=error/>
            <p class="status" role="status" id="projects-status">{move || status.get()}</p>
            <form id="rename-project" on:submit=rename>
                <TextField id="project-rename" label="admin-project-name" value=rename_to/>
                <button type="submit">{t("admin-project-rename")}</button>
            </form>
            <div class="field">
                <label for="project-digits">{t("admin-digits")}</label>
                <select id="project-digits" aria-describedby="project-digits-hint" prop:value=digits_now on:change=digits>
                    {["language", "latin", "native"].map(|v| view! {
                        <option value=v>{move || ui.t(&format!("admin-digits-{v}"))}</option>
                    }).collect_view()}
                </select>
                <p class="hint" id="project-digits-hint">{t("admin-digits-hint")}</p>
            </div>
            <div class="actions">
                <button id="project-archive" type="button" class:danger=move || !archived()
                    on:click=move |_| confirming.set(true)>
                    {move || if archived() { ui.t("admin-project-restore") } else { ui.t("admin-project-archive") }}
                </button>
            </div>
            <div class="confirm" role="alertdialog" aria-labelledby="archive-question" hidden=move || !confirming.get()>
                <p id="archive-question">{move || if archived() {
                    ui.t_with("admin-project-restore-confirm", &[("project", current_name())])
                } else {
                    ui.t_with("admin-project-archive-confirm", &[("project", current_name())])
                }}</p>
                <div class="actions">
                    <button id="archive-confirm" class="primary" type="button" on:click=archive>{t("admin-confirm")}</button>
                    <button type="button" on:click=move |_| confirming.set(false)>{t("admin-cancel")}</button>
                </div>
            </div>
            <form id="new-project" on:submit=create>
                <h2>{t("admin-project-new")}</h2>
                <TextField id="new-project-id" label="admin-project-id" value=new_id hint="admin-project-id-hint"/>
                <TextField id="new-project-name" label="admin-project-name" value=new_name/>
                <button id="new-project-submit" class="primary" type="submit">{t("admin-project-create")}</button>
            </form>
        </section>
    }
}
