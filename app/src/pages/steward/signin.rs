//! Signing in and out of the server-side desks.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::{Desk, desk};
use crate::api;
use crate::i18n::{t, ui};
use crate::widgets::{ErrorLine, TextField};

#[component]
pub(super) fn SignIn(signed_in: RwSignal<Option<Desk>>) -> impl IntoView {
    let ui = ui();
    let username = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        spawn_local(async move {
            match api::sign_in(&username.get_untracked(), &password.get_untracked()).await {
                Ok(me) if desk(&me.role) != Desk::Out => signed_in.set(Some(desk(&me.role))),
                Ok(_) => error.set(Some(ui.t("err-forbidden"))),
                Err(e) => error.set(Some(e.message(ui))),
            }
        });
    };
    view! {
        <section class="card">
            <h1>{t("steward-sign-in")}</h1>
            <form on:submit=submit>
                <TextField id="steward-username" label="steward-username" value=username autocomplete="username"/>
                <TextField id="steward-password" label="steward-password" value=password kind="password" autocomplete="current-password"/>
                <ErrorLine error=error/>
                <button id="steward-submit" class="primary" type="submit">{t("steward-sign-in")}</button>
            </form>
        </section>
    }
}

#[component]
pub(super) fn SignOut(signed_in: RwSignal<Option<Desk>>) -> impl IntoView {
    let sign_out = move |_| {
        spawn_local(async move {
            let _ = api::sign_out().await;
            signed_in.set(Some(Desk::Out));
        })
    };
    view! { <button id="steward-sign-out" type="button" on:click=sign_out>{t("steward-sign-out")}</button> }
}
