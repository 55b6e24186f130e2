//! One version of a form, as the admin checks it before publishing: what the import
//! noticed (sheet, row, column), the files it still reads (attached here), the questions
//! the policy does not classify, the preview, and Publish behind a confirmation that says
//! what phones will get. A draft can be deleted; a published version is only looked at.

use leptos::prelude::*;
use leptos::task::spawn_local;

use forms::wire::{FormVersionDetail, FormWarning, VersionState};

use super::forms_list::state_label;
use super::{Page, failed};
use crate::api;
use crate::i18n::{t, ui};
use crate::pages::steward::Desk;
use crate::widgets::ErrorLine;

#[component]
pub(super) fn VersionPage(
    form_id: String,
    version: String,
    page: RwSignal<Page>,
    signed_in: RwSignal<Option<Desk>>,
) -> impl IntoView {
    let detail = RwSignal::new(None::<FormVersionDetail>);
    let error = RwSignal::new(None::<String>);
    let note = RwSignal::new(None::<String>);
    let ids = StoredValue::new((form_id, version));
    let load = move || {
        spawn_local(async move {
            let (form_id, version) = ids.get_value();
            match api::form_version(&form_id, &version).await {
                Ok(d) => detail.set(Some(d)),
                Err(e) => failed(e, error, signed_in),
            }
        })
    };
    load();
    view! {
        <section class="card draft">
            <button type="button" class="link back" on:click=move |_| page.set(Page::Forms)>{t("admin-draft-back")}</button>
            <ErrorLine error=error/>
            <p id="draft-note" class="status" role="status">{move || note.get().unwrap_or_default()}</p>
            {move || detail.get().map(|d| view! { <Version detail=d page=page signed_in=signed_in error=error note=note reload=Callback::new(move |()| load())/> })}
        </section>
    }
}

#[component]
fn Version(
    detail: FormVersionDetail,
    page: RwSignal<Page>,
    signed_in: RwSignal<Option<Desk>>,
    error: RwSignal<Option<String>>,
    note: RwSignal<Option<String>>,
    reload: Callback<()>,
) -> impl IntoView {
    let ui = ui();
    let state = detail.summary.state;
    let title = ui.t_with(
        "admin-draft-title",
        &[
            ("form", detail.title.clone()),
            ("version", detail.summary.version.clone()),
        ],
    );
    let ids = StoredValue::new((detail.form_id.clone(), detail.summary.version.clone()));
    let missing = detail.summary.missing.clone();
    let unclassified = detail.unclassified.clone();
    let confirm_text = {
        let mut text = ui.t_with(
            "admin-draft-confirm-new",
            &[
                ("form", detail.title.clone()),
                ("version", detail.summary.version.clone()),
                ("questions", detail.summary.questions.to_string()),
            ],
        );
        if let Some(old) = &detail.replaces {
            text.push(' ');
            text.push_str(&ui.t_with("admin-draft-confirm-replaces", &[("old", old.clone())]));
        }
        if !unclassified.is_empty() {
            text.push(' ');
            text.push_str(&ui.t_with(
                "admin-draft-confirm-unclassified",
                &[("n", unclassified.len().to_string())],
            ));
        }
        text
    };
    let confirming = RwSignal::new(false);
    let deleting = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let publish = move |_| {
        busy.set(true);
        spawn_local(async move {
            let (form_id, version) = ids.get_value();
            match api::publish_form(&form_id, &version).await {
                Ok(done) => {
                    confirming.set(false);
                    note.set(Some(
                        ui.t_with("admin-draft-published", &[("version", done.version)]),
                    ));
                    reload.run(());
                }
                Err(e) => failed(e, error, signed_in),
            }
            busy.set(false);
        });
    };
    let delete = move |_| {
        busy.set(true);
        spawn_local(async move {
            let (form_id, version) = ids.get_value();
            match api::delete_draft(&form_id, &version).await {
                Ok(_) => page.set(Page::Forms),
                Err(e) => failed(e, error, signed_in),
            }
            busy.set(false);
        });
    };
    let attach = move |ev: leptos::ev::Event| {
        let Some(file) = super::chosen_file(&ev) else {
            return;
        };
        busy.set(true);
        error.set(None);
        spawn_local(async move {
            match api::upload_media(&file).await {
                Ok(stored) => {
                    note.set(Some(
                        ui.t_with("admin-draft-attached", &[("file", stored.name)]),
                    ));
                    reload.run(());
                }
                Err(Ok(refusal)) => error.set(Some(refusal)),
                Err(Err(e)) => failed(e, error, signed_in),
            }
            busy.set(false);
        });
    };
    let draft = state != VersionState::Published;
    let can_publish = state == VersionState::Draft;
    let warnings = detail.warning_list.clone();
    view! {
        <h1 dir="auto">{title}</h1>
        <p>
            <span id="version-state" class=format!("badge state-{}", state.as_str())>{t(state_label(state))}</span>
            " " <span id="version-id" class="muted" dir="ltr"><code>{detail.form_id.clone()}</code> " · " {detail.file_name.clone()}</span>
        </p>

        <h2>{t("admin-draft-warnings")}</h2>
        {if warnings.is_empty() {
            view! { <p class="muted">{t("admin-draft-no-warnings")}</p> }.into_any()
        } else {
            view! { <ul id="draft-warnings" class="warnings">{warnings.into_iter().map(|w| view! { <WarningItem warning=w/> }).collect_view()}</ul> }.into_any()
        }}

        {(!missing.is_empty()).then(|| view! {
            <h2>{t("admin-draft-missing")}</h2>
            <ul id="draft-missing" class="warning">
                {missing.iter().map(|m| view! { <li dir="ltr"><code>{m.clone()}</code></li> }).collect_view()}
            </ul>
            <div class="field">
                <label for="attach-file">{t("admin-draft-attach")}</label>
                <input id="attach-file" type="file" disabled=move || busy.get() on:change=attach/>
            </div>
        })}

        <h2>{t("admin-draft-unclassified")}</h2>
        {if unclassified.is_empty() {
            view! { <p class="muted">{t("admin-draft-all-classified")}</p> }.into_any()
        } else {
            view! {
                <p class="muted">{t("admin-draft-unclassified-help")}</p>
                <ul id="draft-unclassified" class="names">
                    {unclassified.iter().map(|q| view! { <li dir="ltr"><code>{q.clone()}</code></li> }).collect_view()}
                </ul>
            }
            .into_any()
        }}

        <super::preview::Preview form=detail.form.clone()/>

        {draft.then(|| view! {
            <div class="actions publish-actions">
                <button id="publish" type="button" class="primary" disabled=move || !can_publish || busy.get()
                    aria-expanded=move || confirming.get().to_string() on:click=move |_| confirming.set(true)>
                    {t("admin-draft-publish")}
                </button>
                <button id="delete-draft" type="button" class="danger" disabled=move || busy.get()
                    aria-expanded=move || deleting.get().to_string() on:click=move |_| deleting.set(true)>
                    {t("admin-draft-delete")}
                </button>
            </div>
            {(!can_publish).then(|| view! { <p class="muted">{t("admin-draft-cannot-publish")}</p> })}
            <div id="publish-confirm" class="confirm warning" role="alertdialog" aria-label=move || ui.t("admin-draft-publish") hidden=move || !confirming.get()>
                <p>{confirm_text.clone()}</p>
                <div class="actions">
                    <button id="publish-yes" type="button" class="primary" disabled=move || busy.get() on:click=publish>{t("admin-draft-confirm-yes")}</button>
                    <button type="button" on:click=move |_| confirming.set(false)>{t("admin-draft-cancel")}</button>
                </div>
            </div>
            <div id="delete-confirm" class="confirm warning" role="alertdialog" aria-label=move || ui.t("admin-draft-delete") hidden=move || !deleting.get()>
                <p>{t("admin-draft-delete-confirm")}</p>
                <div class="actions">
                    <button id="delete-yes" type="button" class="danger" disabled=move || busy.get() on:click=delete>{t("admin-draft-delete")}</button>
                    <button type="button" on:click=move |_| deleting.set(false)>{t("admin-draft-cancel")}</button>
                </div>
            </div>
        })}
    }
}

/// One warning, with where it is (sheet, row, column) when the import said.
#[component]
fn WarningItem(warning: FormWarning) -> impl IntoView {
    let ui = ui();
    let mut place = Vec::new();
    if let Some(sheet) = &warning.sheet {
        place.push(ui.t_with("admin-draft-place-sheet", &[("sheet", sheet.clone())]));
    }
    if let Some(row) = warning.row {
        place.push(ui.t_with("admin-draft-place-row", &[("row", row.to_string())]));
    }
    if let Some(column) = &warning.column {
        place.push(ui.t_with("admin-draft-place-column", &[("column", column.clone())]));
    }
    view! {
        <li class="draft-warning">
            {(!place.is_empty()).then(|| view! { <strong class="place">{place.join(" · ")}</strong> })}
            <span dir="auto">{warning.message.clone()}</span>
        </li>
    }
}
