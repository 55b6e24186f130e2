//! The project's consent template and data policy on the admin's page: each uploaded as
//! its TOML file, checked by the server against the project's forms, with every problem
//! listed when refused. A new project needs both before it collects (the template is
//! what respondents hear; the policy decides what leaves in exports), and its admin may
//! have no terminal, so this card stands beside the forms.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::{Desk, chosen_file, failed};
use crate::api::governance as api;
use crate::error::AppError;
use crate::i18n::{t, ui};
use crate::widgets::ErrorLine;

#[component]
pub(super) fn Governance(signed_in: RwSignal<Option<Desk>>) -> impl IntoView {
    let ui = ui();
    let version = RwSignal::new(None::<i64>);
    let error = RwSignal::new(None::<String>);
    let note = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    spawn_local(async move {
        match api::policy().await {
            Ok(policy) => version.set(Some(policy.version)),
            Err(e) => failed(e, error, signed_in),
        }
    });
    let start = move || {
        busy.set(true);
        error.set(None);
        note.set(None);
    };
    let install_template = move |ev: leptos::ev::Event| {
        let Some(file) = chosen_file(&ev) else {
            return;
        };
        start();
        spawn_local(async move {
            match api::install_template(&file).await {
                Ok(()) => note.set(Some(ui.t("admin-template-installed"))),
                Err(Ok(refusal)) => error.set(Some(refusal)),
                // A version records were given under never changes: say what to do.
                Err(Err(AppError::Server { status: 409, .. })) => {
                    error.set(Some(ui.t("admin-template-in-use")))
                }
                Err(Err(e)) => failed(e, error, signed_in),
            }
            busy.set(false);
        });
    };
    let install_policy = move |ev: leptos::ev::Event| {
        let Some(file) = chosen_file(&ev) else {
            return;
        };
        start();
        spawn_local(async move {
            match api::install_policy(&file).await {
                Ok(installed) => {
                    version.set(Some(installed.version));
                    note.set(Some(ui.t_with(
                        "admin-policy-installed",
                        &[("version", installed.version.to_string())],
                    )));
                }
                Err(Ok(refusal)) => error.set(Some(refusal)),
                Err(Err(e)) => failed(e, error, signed_in),
            }
            busy.set(false);
        });
    };
    view! {
        <section class="card" id="governance" aria-labelledby="governance-title">
            <h2 id="governance-title">{t("admin-governance-title")}</h2>
            <p class="muted">{t("admin-governance-intro")}</p>
            <p id="policy-version">{move || version.get().map(|v| if v == 0 {
                ui.t("admin-policy-default")
            } else {
                ui.t_with("admin-policy-current", &[("version", v.to_string())])
            })}</p>
            <div class="field">
                <label for="template-file">{t("admin-template-file")}</label>
                <input id="template-file" type="file" accept=".toml,text/plain"
                    disabled=move || busy.get() on:change=install_template/>
            </div>
            <div class="field">
                <label for="policy-file">{t("admin-policy-file")}</label>
                <input id="policy-file" type="file" accept=".toml,text/plain"
                    disabled=move || busy.get() on:change=install_policy/>
            </div>
            <div id="governance-error" class="problems"><ErrorLine error=error/></div>
            <p id="governance-result" class="status" role="status">{move || note.get().unwrap_or_default()}</p>
        </section>
    }
}
