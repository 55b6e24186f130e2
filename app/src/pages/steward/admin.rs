//! The admin's desk: questionnaires in.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::Desk;
use crate::api;
use crate::error::AppError;
use crate::i18n::{t, ui};
use crate::widgets::ErrorLine;

/// The admin's page: upload a questionnaire (XLSForm or Sauti JSON) as a new form
/// version; phones pick it up at their next sync. A refused file shows the importer's
/// message, which names the sheet, row and column to fix.
#[component]
pub(super) fn FormUpload(signed_in: RwSignal<Option<Desk>>) -> impl IntoView {
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
