//! First use: the enumerator signs in once while online and chooses a passphrase.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::i18n::{t, ui};
use crate::state::{Screen, field};
use crate::widgets::{ErrorLine, TextField};
use crate::{api, session};

#[component]
pub fn Setup() -> impl IntoView {
    let ui = ui();
    let field = field();
    let username = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let passphrase = RwSignal::new(String::new());
    let confirm = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let phrase = passphrase.get_untracked();
        if let Err(id) = forms::vault::check_new_passphrase(&phrase, &confirm.get_untracked()) {
            error.set(Some(ui.t(id)));
            return;
        }
        error.set(None);
        // Argon2id starts now, in its worker, while the enrolment crosses the network.
        let key = match session::new_key(&phrase) {
            Ok(key) => key,
            Err(e) => return error.set(Some(e.message(ui))),
        };
        busy.set(true);
        spawn_local(async move {
            let result =
                match api::enroll(&username.get_untracked(), &password.get_untracked()).await {
                    Ok((device, bundle, tag)) => session::create(key, device, bundle, tag).await,
                    Err(e) => Err(e),
                };
            busy.set(false);
            match result {
                Ok(s) => {
                    password.set(String::new());
                    passphrase.set(String::new());
                    confirm.set(String::new());
                    field.session.set(Some(s));
                    field.screen.set(Screen::Home);
                }
                Err(e) => error.set(Some(e.message(ui))),
            }
        });
    };

    view! {
        <section class="card">
            <h1>{t("setup-title")}</h1>
            <p>{t("setup-intro")}</p>
            <form on:submit=submit>
                <TextField id="setup-username" label="setup-username" value=username autocomplete="username"/>
                <TextField id="setup-password" label="setup-password" value=password kind="password" autocomplete="current-password"/>
                <TextField id="setup-passphrase" label="setup-passphrase" value=passphrase kind="password" autocomplete="new-password" hint="setup-passphrase-hint"/>
                <TextField id="setup-confirm" label="setup-passphrase-confirm" value=confirm kind="password" autocomplete="new-password"/>
                <ErrorLine error=error/>
                <button id="setup-submit" class="primary" type="submit" disabled=move || busy.get()>
                    {move || if busy.get() { ui.t("setup-busy") } else { ui.t("setup-submit") }}
                </button>
            </form>
        </section>
    }
}
