//! Unlocking the vault with the passphrase; wrong guesses slow down after five.

use leptos::prelude::*;

use crate::clock::now_ms;
use crate::i18n::{t, ui};
use crate::state::{Screen, field};
use crate::widgets::{ErrorLine, TextField};
use crate::{session, store};

#[component]
pub fn Unlock() -> impl IntoView {
    let ui = ui();
    let field = field();
    let passphrase = RwSignal::new(String::new());
    let error = RwSignal::new(field.notice.get_untracked().map(|id| ui.t(&id)));
    field.notice.set(None);
    let busy = RwSignal::new(false);

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let mut throttle = store::throttle();
        let wait = throttle.wait_ms(now_ms());
        if wait > 0.0 {
            let seconds = ((wait / 1000.0).ceil() as u64).to_string();
            error.set(Some(ui.t_with("unlock-wait", &[("seconds", seconds)])));
            return;
        }
        busy.set(true);
        error.set(None);
        // The key derivation runs in a worker: the "Unlocking…" label paints meanwhile.
        leptos::task::spawn_local(async move {
            let result = session::unlock(&passphrase.get_untracked()).await;
            busy.set(false);
            match result {
                Ok(s) => {
                    store::set_throttle(&Default::default());
                    passphrase.set(String::new());
                    field.session.set(Some(s));
                    field.screen.set(Screen::Home);
                }
                Err(e) => {
                    if matches!(
                        e,
                        crate::error::AppError::Forms(forms::Error::WrongPassphrase)
                    ) {
                        throttle.record_failure(now_ms());
                        store::set_throttle(&throttle);
                    }
                    error.set(Some(e.message(ui)));
                }
            }
        });
    };

    view! {
        <section class="card">
            <h1>{t("unlock-title")}</h1>
            <p>{t("unlock-intro")}</p>
            <form on:submit=submit>
                <TextField id="unlock-passphrase" label="unlock-passphrase" value=passphrase kind="password" autocomplete="current-password"/>
                <ErrorLine error=error/>
                <button id="unlock-submit" class="primary" type="submit" disabled=move || busy.get()>
                    {move || if busy.get() { ui.t("unlock-busy") } else { ui.t("unlock-submit") }}
                </button>
            </form>
        </section>
    }
}
