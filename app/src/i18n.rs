//! The UI language: a signal every label reads, so switching language re-renders text
//! in place, and `<html lang dir>` follows it (right to left for Arabic, Dari, Pashto).

use forms::i18n::{is_available, is_reviewed, is_rtl, supported, tr, tr_args, ui_languages};
use leptos::prelude::*;

const LANG_KEY: &str = "sauti/ui-lang";
const DIGITS_KEY: &str = "sauti/digits";

/// Write numbers in the project's digits (`wire::Project::native_digits`): `Some` the
/// project's choice, kept for the next start; `None` the choice kept last.
pub fn use_digits(choice: Option<Option<bool>>) {
    let native = match choice {
        Some(native) => {
            let kept = native.map_or("", |n| if n { "1" } else { "0" });
            crate::store::set_plain(DIGITS_KEY, kept);
            native
        }
        None => match crate::store::get_plain(DIGITS_KEY).as_deref() {
            Some("0") => Some(false),
            Some("1") => Some(true),
            _ => None,
        },
    };
    forms::i18n::cldr::set_digits(native);
}

/// Handle on the UI language; cheap to copy into closures.
#[derive(Clone, Copy)]
pub struct Ui {
    pub lang: RwSignal<String>,
}

impl Ui {
    /// Create the UI language from the last choice or the browser's, and share it.
    pub fn provide() -> Ui {
        use_digits(None);
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
        SHARED.with(|shared| shared.set(Some(ui)));
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
            if load(&code).await {
                self.lang.set(code);
            }
        });
    }

    /// The `dir` of the UI language.
    pub fn dir(&self) -> &'static str {
        dir_of(&self.lang.get())
    }

    /// The language the respondent is spoken to in, for what they must hear in their own
    /// language whatever the interface's (the terms of consent, the receipt): `code`'s UI
    /// translation, loaded the first time it is wanted; the interface's language until it
    /// arrives, and for a language Sauti has no translation of. The signal holds the UI
    /// language code the messages are in.
    pub fn voice(self, code: Signal<String>) -> Signal<String> {
        let arrived = RwSignal::new(0u32);
        let asked = StoredValue::new(Vec::<&'static str>::new());
        Signal::derive(move || {
            arrived.track();
            let Some(wanted) = translation_for(&code.get()) else {
                return self.lang.get();
            };
            if is_available(wanted) {
                return wanted.to_string();
            }
            if !asked.with_value(|a| a.contains(&wanted)) {
                asked.update_value(|a| a.push(wanted));
                leptos::task::spawn_local(async move {
                    if load(wanted).await {
                        arrived.update(|n| *n += 1);
                    }
                });
            }
            self.lang.get()
        })
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

/// Fetch and compile a UI language's messages (the `.ftl` file, cached by the service
/// worker for offline use); false if it could not be had.
async fn load(code: &str) -> bool {
    match crate::api::get_text(&format!("/locales/{code}.ftl")).await {
        Ok(source) => forms::i18n::load(code, &source),
        Err(_) => false,
    }
}

/// The UI language that speaks `code` (`ar` → `ar`, `prs` → `fa-AF`), if Sauti has one.
fn translation_for(code: &str) -> Option<&'static str> {
    let found = supported(code);
    let base = |c: &str| {
        c.split(['-', '_'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase()
    };
    // `supported` answers English for what it does not know.
    (found != "en" || base(code) == "en" || code.eq_ignore_ascii_case("prs")).then_some(found)
}

/// The `dir` of text in a UI language.
pub fn dir_of(code: &str) -> &'static str {
    if is_rtl(code) { "rtl" } else { "ltr" }
}

/// A message with one argument put in a `<bdi>` of its own language and direction: the
/// sentence keeps its language's direction and the inserted words theirs ("Kept 180
/// days. Shared with ‹العربية›" does not scramble). The message is split where the
/// argument goes; the pieces are returned as text, to be drawn around the `<bdi>`.
pub fn around(lang: &str, id: &str, args: &[(&str, String)], inserted: &str) -> (String, String) {
    const MARK: char = '\u{E000}';
    let mut all: Vec<(&str, String)> = args.to_vec();
    all.push((inserted, MARK.to_string()));
    let text = tr_args(lang, id, &all);
    match text.split_once(MARK) {
        Some((before, after)) => (before.to_string(), after.replace(MARK, "")),
        None => (text, String::new()),
    }
}

thread_local! {
    /// The one UI language of the page, for code that runs outside any reactive owner: a
    /// future started with `spawn_local` from a click has no context to look it up in, and
    /// `expect_context` there panicked the whole page (the recording page stuck on busy
    /// after Stop; any admin card's error shown from a spawned call).
    static SHARED: std::cell::Cell<Option<Ui>> = const { std::cell::Cell::new(None) };
}

/// The shared UI language: from the reactive context, or, in a spawned future that has
/// none, the page's one copy.
pub fn ui() -> Ui {
    use_context::<Ui>()
        .or_else(|| SHARED.with(std::cell::Cell::get))
        .expect("Ui::provide runs when the page starts")
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
