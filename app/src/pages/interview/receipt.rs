//! The receipt the respondent keeps: the code, its QR code and where to use it, in the
//! respondent's language (what they read or are read), with the enumerator's buttons in
//! the interface's.

use leptos::prelude::*;

use crate::i18n::{t, ui};
use crate::state::{Screen, field};

/// The receipt the respondent keeps.
#[component]
pub fn Receipt(code: String, refused: bool, digits: bool, lang: String) -> impl IntoView {
    let ui = ui();
    let voice = ui.voice(Signal::stored(lang));
    let say = move |id: &'static str| move || forms::i18n::tr(&voice.get(), id);
    let voice_lang = move || voice.get();
    let voice_dir = move || crate::i18n::dir_of(&voice.get());
    let field = field();
    // The review page's address with the code: a camera opens it with the code filled in.
    let page = format!(
        "{}/community",
        window().location().origin().unwrap_or_default()
    );
    let qr = forms::qr::encode(&format!("{page}#r={code}")).map(|s| {
        let side = s.size + 8;
        view! {
            <svg id="receipt-qr" class="qr" role="img" aria-label=move || ui.t("receipt-qr") viewBox=format!("-4 -4 {side} {side}")>
                <rect x="-4" y="-4" width=side height=side fill="#fff"/>
                <path d=s.svg_path() fill="#000"/>
            </svg>
        }
    });
    view! {
        <section class="card receipt-screen">
            <h1 tabindex="-1" lang=voice_lang dir=voice_dir>{say("receipt-title")}</h1>
            <p lang=voice_lang dir=voice_dir>{say(if refused { "receipt-refused" } else { "receipt-saved" })}</p>
            <p class="muted">{t("receipt-intro")}</p>
            <p id="receipt-code" class="receipt" dir="ltr">{code}</p>
            {qr}
            // Without the four digits the community page cannot open this consent: said
            // instead of an address the respondent could not use.
            <p class="muted" id="receipt-where" lang=voice_lang dir=voice_dir>
                {move || if digits {
                    let (before, after) = crate::i18n::around(&voice.get(), "receipt-where", &[], "page");
                    view! { {before}<bdi dir="ltr">{page.clone()}</bdi>{after} }.into_any()
                } else {
                    forms::i18n::tr(&voice.get(), "receipt-no-digits").into_any()
                }}
            </p>
            <div class="actions">
                <button id="receipt-print" type="button" on:click=move |_| { let _ = window().print(); }>{t("receipt-print")}</button>
                <button id="receipt-done" class="primary" on:click=move |_| field.screen.set(Screen::Home)>{t("receipt-done")}</button>
            </div>
        </section>
    }
}
