//! The UI language: a signal every label reads, so switching language re-renders text
//! in place, and `<html lang dir>` follows it (right to left for Arabic, Dari, Pashto).

use forms::i18n::{is_available, is_reviewed, is_rtl, supported, tr, tr_args, ui_languages};
use leptos::prelude::*;

const LANG_KEY: &str = "sauti/ui-lang";

/// Handle on the UI language; cheap to copy into closures.
#[derive(Clone, Copy)]
pub struct Ui {
    pub lang: RwSignal<String>,
}

impl Ui {
    /// Create the UI language from the last choice or the browser's, and share it.
    pub fn provide() -> Ui {
        let stored = crate::store::get_plain(LANG_KEY);
        let browser = window().navigator().language().unwrap_or_default();
        let wanted = supported(stored.as_deref().unwrap_or(&browser));
        let lang = RwSignal::new("en".to_string());
        Effect::new(move |_| {
            let code = lang.get();
            if let Some(root) = document().document_element() {
                let _ = root.set_attribute("lang", &code);
                let _ = root.set_attribute("dir", if is_rtl(&code) { "rtl" } else { "ltr" });
            }
        });
        let ui = Ui { lang };
        ui.switch(wanted);
        provide_context(ui);
        ui
    }

    /// Show the UI in `code`: at once if its messages are here, else after loading its
    /// `.ftl` file (cached by the service worker for offline use). Until then, and if
    /// loading fails, the current language stays.
    pub fn switch(self, code: &str) {
        let code = supported(code).to_string();
        crate::store::set_plain(LANG_KEY, &code);
        if is_available(&code) {
            self.lang.set(code);
            return;
        }
        leptos::task::spawn_local(async move {
            if let Ok(source) = crate::api::get_text(&format!("/locales/{code}.ftl")).await
                && forms::i18n::load(&code, &source)
            {
                self.lang.set(code);
            }
        });
    }

    /// The message `id` in the current language (reactive when called in a closure).
    pub fn t(&self, id: &str) -> String {
        tr(&self.lang.get(), id)
    }

    /// The message `id` with arguments.
    pub fn t_with(&self, id: &str, args: &[(&str, String)]) -> String {
        tr_args(&self.lang.get(), id, args)
    }
}

/// The shared UI language.
pub fn ui() -> Ui {
    expect_context::<Ui>()
}

/// A select listing the UI languages in their own names, and under it, for a translation
/// no speaker has reviewed yet (its `.ftl` header says so), a line saying it.
#[component]
pub fn LanguagePicker() -> impl IntoView {
    let ui = ui();
    view! {
        <label class="lang">
            <span class="sr-only">{t("lang-label")}</span>
            <select
                id="ui-lang"
                on:change=move |ev| ui.switch(&event_target_value(&ev))
                prop:value=move || ui.lang.get()
            >
                {ui_languages()
                    .iter()
                    .map(|(code, name, _)| view! { <option value=*code>{*name}</option> })
                    .collect_view()}
            </select>
        </label>
        <p class="lang-note" id="lang-unreviewed" hidden=move || is_reviewed(&ui.lang.get())>
            {t("lang-unreviewed")}
        </p>
    }
}

/// A message that follows the UI language. One function (one closure type) for every
/// static label keeps the wasm small: each distinct closure in a view is compiled
/// separately.
pub fn t(id: &'static str) -> impl IntoView + use<> {
    let ui = ui();
    move || ui.t(id)
}
