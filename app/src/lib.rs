//! Sauti's browser client: enumerators collect consent and answers offline, stewards
//! review and export. UI only: every rule it applies comes from the `forms` crate.
//! Two entry points (`src/bin/field.rs`, `src/bin/steward.rs`) build two bundles, so a
//! phone in the field downloads only what an enumerator uses.

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

/// The page frame every audience shares: skip link, title bar, language picker.
#[component]
fn Shell(children: Children) -> impl IntoView {
    i18n::Ui::provide();
    view! {
        <a class="skip" href="#main">{t("nav-skip")}</a>
        <header class="bar">
            <span class="brand">{t("app-title")}</span>
            <i18n::LanguagePicker/>
        </header>
        <main id="main">{children()}</main>
    }
}

/// Start the enumerators' app (`/`, `/collect`). Its bundle carries no steward code.
pub fn start_field_app() {
    mount_to_body(|| view! { <Shell><pages::FieldApp/></Shell> });
}

/// Start the data stewards' app (`/steward`), a separate, smaller bundle; it also
/// carries the community review page (`/community`).
pub fn start_steward_app() {
    forms::i18n::use_desk_messages();
    let path = window().location().pathname().unwrap_or_default();
    if path.starts_with("/community") {
        mount_to_body(|| view! { <Shell><pages::community::CommunityApp/></Shell> });
    } else {
        mount_to_body(|| view! { <Shell><pages::steward::StewardApp/></Shell> });
    }
}
