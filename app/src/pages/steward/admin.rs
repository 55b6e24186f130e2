//! The admin's desk: the project's forms. An upload is a draft; the admin opens it, sees
//! what the import noticed, attaches the files it still reads, sees which questions the
//! policy does not classify and how the form looks on a phone in each of its languages,
//! and publishes it behind a confirmation that says what phones will get.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::Desk;
use crate::api;
use crate::error::AppError;
use crate::i18n::{t, ui};

mod draft;
mod forms_list;
mod governance;
mod interface_languages;
mod preview;
mod recordings;
mod translate;

pub(super) use interface_languages::InterfaceLanguages;
pub(super) use translate::Translate;

/// Which of the admin's pages is shown.
#[derive(Clone, PartialEq)]
enum Page {
    Forms,
    /// One version: (form id, version).
    Version(String, String),
    /// Recordings for respondents who do not read.
    Recordings,
}

/// The admin's page: the forms list, or one version of a form.
#[component]
pub(super) fn FormsDesk(signed_in: RwSignal<Option<Desk>>) -> impl IntoView {
    let page = RwSignal::new(Page::Forms);
    let sign_out = move |_| {
        spawn_local(async move {
            let _ = api::sign_out().await;
            signed_in.set(Some(Desk::Out));
        })
    };
    view! {
        {move || match page.get() {
            Page::Forms => view! {
                <forms_list::FormsList page=page signed_in=signed_in/>
                <governance::Governance signed_in=signed_in/>
            }.into_any(),
            Page::Version(form_id, version) => {
                view! { <draft::VersionPage form_id=form_id version=version page=page signed_in=signed_in/> }.into_any()
            }
            Page::Recordings => view! { <recordings::Recordings page=page signed_in=signed_in/> }.into_any(),
        }}
        <section class="card" hidden=move || page.get() == Page::Recordings>
            <button id="open-recordings" type="button" on:click=move |_| page.set(Page::Recordings)>{t("admin-record-open")}</button>
        </section>
        <section class="card">
            <button id="steward-sign-out" type="button" on:click=sign_out>{t("steward-sign-out")}</button>
        </section>
    }
}

/// The file chosen in a file input, if one was.
fn chosen_file(ev: &leptos::ev::Event) -> Option<web_sys::File> {
    event_target::<web_sys::HtmlInputElement>(ev)
        .files()
        .and_then(|files| files.get(0))
}

/// Show an error of a call; a lost session goes back to signing in.
fn failed(e: AppError, error: RwSignal<Option<String>>, signed_in: RwSignal<Option<Desk>>) {
    if matches!(e, AppError::Server { status: 401, .. }) {
        signed_in.set(Some(Desk::Out));
    }
    error.set(Some(e.message(ui())));
}
