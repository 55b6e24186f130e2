//! The project's forms, each with its versions and where they stand (draft, waiting for
//! files, published), and the upload that makes a new draft and opens it.

use leptos::prelude::*;
use leptos::task::spawn_local;

use forms::wire::{FormSummary, FormVersionSummary, VersionState};

use super::{Page, failed};
use crate::api::{self, Uploaded};
use crate::i18n::{t, ui};
use crate::pages::steward::Desk;
use crate::widgets::ErrorLine;

/// The message id of a version's state.
pub(super) fn state_label(state: VersionState) -> &'static str {
    match state {
        VersionState::Draft => "admin-version-state-draft",
        VersionState::Waiting => "admin-version-state-waiting",
        VersionState::Published => "admin-version-state-published",
    }
}

#[component]
pub(super) fn FormsList(page: RwSignal<Page>, signed_in: RwSignal<Option<Desk>>) -> impl IntoView {
    let ui = ui();
    let list = RwSignal::new(None::<api::FormList>);
    let error = RwSignal::new(None::<String>);
    let note = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let load = move || {
        spawn_local(async move {
            match api::forms().await {
                Ok(forms) => list.set(Some(forms)),
                Err(e) => failed(e, error, signed_in),
            }
        })
    };
    load();
    let upload = move |ev: leptos::ev::Event| {
        let Some(file) = super::chosen_file(&ev) else {
            return;
        };
        busy.set(true);
        error.set(None);
        note.set(None);
        spawn_local(async move {
            match api::upload_form(&file).await {
                // A draft opens at once: its warnings, files and preview are what to check.
                Ok(Uploaded::Imported(done)) => page.set(Page::Version(done.form_id, done.version)),
                Ok(Uploaded::Waiting(waiting)) if !waiting.form_id.is_empty() => {
                    page.set(Page::Version(waiting.form_id, waiting.version))
                }
                Ok(Uploaded::Waiting(waiting)) => {
                    note.set(Some(ui.t_with(
                        "admin-upload-waiting",
                        &[("files", waiting.missing.join(", "))],
                    )));
                    load();
                }
                Err(Ok(refusal)) => error.set(Some(refusal)),
                Err(Err(e)) => failed(e, error, signed_in),
            }
            busy.set(false);
        });
    };
    view! {
        <section class="card">
            <h1>{t("admin-upload-title")}</h1>
            <p class="muted">{t("admin-forms-intro")}</p>
            <div class="field">
                <label for="form-file">{t("admin-upload-label")}</label>
                <input id="form-file" type="file" accept=".xlsx,.xls,.json" disabled=move || busy.get() on:change=upload/>
            </div>
            <div id="upload-error"><ErrorLine error=error/></div>
            <p id="upload-result" class="status" role="status">{move || note.get().unwrap_or_default()}</p>
        </section>
        <section class="card" aria-labelledby="forms-heading">
            <h2 id="forms-heading">{t("admin-forms-heading")}</h2>
            {move || list.get().map(|list| {
                if list.forms.is_empty() && list.unreadable.is_empty() {
                    return view! { <p class="muted">{t("admin-forms-none")}</p> }.into_any();
                }
                view! {
                    <ul id="forms" class="forms">
                        {list.forms.into_iter().map(|form| view! { <FormEntry form=form page=page/> }).collect_view()}
                    </ul>
                    <ul class="waiting">
                        {list.unreadable.into_iter().map(|w| view! {
                            <li class="warning">{w.file_name.clone()} ": " {ui.t_with("admin-upload-waiting", &[("files", w.missing.join(", "))])}</li>
                        }).collect_view()}
                    </ul>
                }
                .into_any()
            })}
        </section>
    }
}

#[component]
fn FormEntry(form: FormSummary, page: RwSignal<Page>) -> impl IntoView {
    let ui = ui();
    let live = match &form.live {
        Some(version) => ui.t_with("admin-forms-live", &[("version", version.clone())]),
        None => ui.t("admin-forms-not-live"),
    };
    let form_id = form.form_id.clone();
    view! {
        <li class="form-entry" data-form=form.form_id.clone()>
            <h3 dir="auto">{form.title.clone()}</h3>
            <p class="muted"><code>{form.form_id.clone()}</code> " · " {live}</p>
            <ul class="versions">
                {form.versions.into_iter().map(|v| view! { <VersionLine version=v form_id=form_id.clone() page=page/> }).collect_view()}
            </ul>
        </li>
    }
}

#[component]
fn VersionLine(
    version: FormVersionSummary,
    form_id: String,
    page: RwSignal<Page>,
) -> impl IntoView {
    let ui = ui();
    let when = version
        .published_at
        .clone()
        .unwrap_or_else(|| version.created_at.clone());
    let line = ui.t_with(
        "admin-version-line",
        &[
            ("questions", version.questions.to_string()),
            ("records", version.records.to_string()),
            ("when", when.get(..10).unwrap_or_default().to_string()),
            (
                "who",
                match version.created_by.as_str() {
                    "" => "—".to_string(),
                    who => who.to_string(),
                },
            ),
        ],
    );
    let state = version.state;
    let open_label = ui.t_with(
        "admin-version-open",
        &[("version", version.version.clone())],
    );
    let v = version.version.clone();
    view! {
        <li class="version" data-version=version.version.clone() data-state=state.as_str()>
            <span class=format!("badge state-{}", state.as_str())>{t(state_label(state))}</span>
            <strong dir="ltr">{version.version.clone()}</strong>
            <span class="muted">{line}</span>
            <button type="button" class="open-version" aria-label=open_label on:click=move |_| page.set(Page::Version(form_id.clone(), v.clone()))>
                {t("admin-version-open-short")}
            </button>
        </li>
    }
}
