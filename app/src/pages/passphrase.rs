//! Changing the passphrase (the data key is re-wrapped; records stay as they are).

use leptos::prelude::*;

use crate::i18n::{t, ui};
use crate::session;
use crate::state::{Screen, field};
use crate::widgets::{ErrorLine, TextField};

#[component]
pub fn ChangePassphrase() -> impl IntoView {
    let ui = ui();
    let field = field();
    let current = RwSignal::new(String::new());
    let new = RwSignal::new(String::new());
    let confirm = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(s) = field.session() else { return };
        let phrase = new.get_untracked();
        if let Err(id) = forms::vault::check_new_passphrase(&phrase, &confirm.get_untracked()) {
            error.set(Some(ui.t(id)));
            crate::pages::focus_first(if id == "err-passphrase-short" {
                "#passphrase-new"
            } else {
                "#passphrase-confirm"
            });
            return;
        }
        busy.set(true);
        leptos::task::spawn_local(async move {
            let result = session::change_passphrase(&s, &current.get_untracked(), &phrase).await;
            busy.set(false);
            match result {
                Ok(()) => {
                    field.notice.set(Some("passphrase-changed".into()));
                    field.screen.set(Screen::Home);
                }
                Err(e) => error.set(Some(e.message(ui))),
            }
        });
    };
    view! {
        <section class="card">
            <h1>{t("passphrase-change")}</h1>
            <form on:submit=submit>
                <TextField id="passphrase-current" label="passphrase-current" value=current kind="password" autocomplete="current-password"/>
                <TextField id="passphrase-new" label="setup-passphrase" value=new kind="password" autocomplete="new-password" hint="setup-passphrase-hint"/>
                <TextField id="passphrase-confirm" label="setup-passphrase-confirm" value=confirm kind="password" autocomplete="new-password"/>
                <ErrorLine error=error/>
                <div class="actions">
                    <button id="passphrase-submit" class="primary" type="submit" disabled=move || busy.get()>{t("passphrase-change")}</button>
                    <button id="passphrase-cancel" type="button" on:click=move |_| field.screen.set(Screen::Home)>{t("cancel")}</button>
                </div>
            </form>
        </section>
    }
}
