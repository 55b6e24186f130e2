//! The exports a steward or partner may download.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::{Desk, SignOut};
use crate::api;
use crate::error::AppError;
use crate::i18n::{t, ui};
use crate::widgets::ErrorLine;
use forms::wire::{ExportForm, ProfileInfo};

/// The export profiles the signed-in steward or partner may download, each as CSV or
/// JSON, main table or a repeat's table, of the form chosen (a project with several
/// forms: the picker; each export holds every published version of that form). What
/// each lets out is the project's policy.
#[component]
pub(super) fn Exports(signed_in: RwSignal<Option<Desk>>) -> impl IntoView {
    let ui = ui();
    let profiles = RwSignal::new(Vec::<ProfileInfo>::new());
    let exported = RwSignal::new(Vec::<ExportForm>::new());
    // The form exported: the one published last until the steward picks another.
    let chosen = RwSignal::new(None::<String>);
    let error = RwSignal::new(None::<String>);
    spawn_local(async move {
        match api::export_profiles().await {
            Ok(found) => {
                chosen.set(found.forms.first().map(|f| f.id.clone()));
                exported.set(found.forms);
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
    let tables = move || {
        let id = chosen.get();
        exported.with(|forms| {
            forms
                .iter()
                .find(|f| Some(&f.id) == id.as_ref())
                .map(|f| f.tables.clone())
                .unwrap_or_default()
        })
    };
    // Every link names the form, so a download is of the form on screen.
    let form_query = move || {
        chosen
            .get()
            .map(|id| format!("&form={}", js_sys::encode_uri_component(&id)))
            .unwrap_or_default()
    };
    let partner = signed_in.get_untracked() == Some(Desk::Partner);
    view! {
        <section class="card" id="exports">
            <h1>{t("exports-title")}</h1>
            <p class="muted">{t("exports-intro")}</p>
            <ErrorLine error=error/>
            <div class="field" hidden=move || exported.with(|f| f.len() < 2)>
                <label for="export-form">{t("exports-form")}</label>
                <select id="export-form" on:change=move |ev| chosen.set(Some(event_target_value(&ev)))>
                    {move || exported.get().into_iter().map(|f| {
                        let selected = chosen.with_untracked(|c| c.as_ref() == Some(&f.id));
                        view! { <option value=f.id.clone() selected=selected dir="auto">{f.title.clone()}</option> }
                    }).collect_view()}
                </select>
            </div>
            <ul class="profiles">
                <For each=move || profiles.get() key=|p| p.name.clone() let:p>
                    {
                        let name = p.name.clone();
                        let href = move |format: &'static str| {
                            let name = name.clone();
                            move || format!("/api/v1/exports/{name}?format={format}{}", form_query())
                        };
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
                                        move || tables().into_iter().map(|table| {
                                            let label = ui.t_with("exports-table", &[("table", table.clone())]);
                                            view! {
                                                <a class="button" href=format!("/api/v1/exports/{name}?table={table}{}", form_query()) download="">{label}</a>
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
