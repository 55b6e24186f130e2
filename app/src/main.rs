//! Sauti's browser client: enumerators collect consent and answers offline, stewards
//! review and export. UI only: every rule it applies comes from the `forms` crate.

mod api;
mod clock;
mod error;
mod i18n;
mod pages;
mod records;
mod session;
mod store;
mod sync;
mod widgets;

use leptos::prelude::*;

use crate::i18n::t;

fn main() {
    console_error_panic_hook::set_once();
    mount_to_body(App);
}

/// Picks the audience from the address: `/steward…` for data stewards, anything else
/// for enumerators in the field.
#[component]
fn App() -> impl IntoView {
    i18n::Ui::provide();
    let path = window().location().pathname().unwrap_or_default();
    let steward = path.starts_with("/steward");
    view! {
        <a class="skip" href="#main">{t("nav-skip")}</a>
        <header class="bar">
            <span class="brand">{t("app-title")}</span>
            <i18n::LanguagePicker/>
        </header>
        <main id="main">
            {if steward {
                view! { <pages::steward::StewardApp/> }.into_any()
            } else {
                view! { <pages::FieldApp/> }.into_any()
            }}
        </main>
    }
}
