//! The form as a phone shows it, read-only, in each of its languages: drawn by the
//! interview's own components (`pages::interview::nodes`) over empty answers inside a
//! disabled fieldset, so what the admin sees before publishing is what enumerators get,
//! labels, hints, choices, pictures and direction included.

use std::sync::Arc;

use forms::model::Form;
use leptos::prelude::*;

use crate::i18n::t;
use crate::pages::interview::engine::InterviewCtx;
use crate::pages::interview::nodes::NodeView;

#[component]
pub(super) fn Preview(form: Form) -> impl IntoView {
    let compiled = match form.compile() {
        Ok(compiled) => Arc::new(compiled),
        // Every stored version compiled when it was uploaded; nothing to draw otherwise.
        Err(_) => return ().into_any(),
    };
    let languages = compiled.form.languages.clone();
    let lang = RwSignal::new(compiled.form.default_language.clone());
    let today = crate::clock::now_local_rfc3339();
    let mut answers = forms::model::Answers::new();
    forms::validate::settle(&compiled, &mut answers, &today);
    let ctx = InterviewCtx {
        form: StoredValue::new(compiled.clone()),
        answers: RwSignal::new(answers),
        lang,
        errors: Memo::new(|_| Vec::new()),
        today: StoredValue::new(today),
        watched: StoredValue::new(Default::default()),
        order_seed: 0,
    };
    let rtl = {
        let compiled = compiled.clone();
        move || compiled.is_rtl(&lang.get())
    };
    let nodes = compiled.form.body.clone();
    view! {
        <h2 id="preview-heading">{t("admin-draft-preview")}</h2>
        <div class="field">
            <label for="preview-language">{t("admin-draft-preview-language")}</label>
            <select id="preview-language" on:change=move |ev| lang.set(event_target_value(&ev))>
                {languages.into_iter().map(|l| {
                    let code = l.code.clone();
                    view! { <option value=l.code.clone() selected=move || lang.get() == code>{crate::pages::steward::language_name(&l.code, &l.name)}</option> }
                }).collect_view()}
            </select>
        </div>
        <p class="muted">{t("admin-draft-preview-note")}</p>
        <div id="preview" class="preview interview" aria-labelledby="preview-heading"
            lang=move || forms::langtag::tag(&lang.get()) dir=move || if rtl() { "rtl" } else { "ltr" }>
            <fieldset disabled>
                {nodes.into_iter().map(|node| view! { <NodeView node=node ctx=ctx/> }).collect_view()}
            </fieldset>
        </div>
    }
    .into_any()
}
