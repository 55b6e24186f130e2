//! Small reusable pieces of UI.

pub mod calendar;
pub mod capture;
pub mod choices;
pub mod geo;
pub mod prompt;
pub mod rank;
pub mod scale;
pub mod signature;
pub mod understanding;

use leptos::prelude::*;

use crate::i18n::t;

/// A labelled text input bound to a signal. `label` and `hint` are message ids.
#[component]
pub fn TextField(
    id: &'static str,
    label: &'static str,
    value: RwSignal<String>,
    #[prop(optional)] kind: Option<&'static str>,
    #[prop(optional)] autocomplete: Option<&'static str>,
    #[prop(optional)] hint: Option<&'static str>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    view! {
        <div class="field">
            <label for=id>{t(label)}</label>
            <input
                id=id
                name=id
                type=kind.unwrap_or("text")
                autocomplete=autocomplete.unwrap_or("off")
                aria-describedby=hint.map(|_| hint_id.clone())
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))
            />
            {hint.map(|h| view! { <p class="hint" id=format!("{id}-hint")>{t(h)}</p> })}
        </div>
    }
}

/// An error message, announced to screen readers when it appears.
#[component]
pub fn ErrorLine(error: RwSignal<Option<String>>) -> impl IntoView {
    view! {
        <p class="error" role="alert" aria-live="assertive">
            {move || error.get().unwrap_or_default()}
        </p>
    }
}
