//! First use: the enumerator signs in once while online, then chooses a passphrase.
//!
//! Two steps, because the sign-in's answer carries every form of the project (on a 2G
//! link the 430-question assessment is ~2 s of download): the sign-in is sent as soon as
//! the account is entered, and the forms arrive while the passphrase is typed twice
//! (BENCHMARKS.md, "the first morning on 2G"). A wrong password is also told at once,
//! not after the passphrase. Until the passphrase is chosen what arrived stays in memory
//! only: nothing of the project is written to the phone unencrypted.

use std::future::Future;
use std::pin::Pin;

use forms::vault::{KdfInput, Kek};
use futures::future::{AbortHandle, abortable};
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::error::AppError;
use crate::i18n::{t, ui};
use crate::session::{Bundle, DeviceCredentials};
use crate::state::{Screen, field};
use crate::widgets::{ErrorLine, TextField};
use crate::{api, session};

/// What the sign-in answered: this phone's credentials, the bundle and its tag.
type Enrolled = (DeviceCredentials, Bundle, String);

/// A new vault's key, its derivation under way in the key worker (`session::new_key`).
type Key = (
    KdfInput,
    Pin<Box<dyn Future<Output = Result<Kek, AppError>>>>,
);

/// Which half of the setup is shown.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Step {
    /// Username and password.
    Account,
    /// The passphrase, while the forms download.
    Passphrase,
}

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
    let step = RwSignal::new(Step::Account);
    // Whether the sign-in's answer is still on its way.
    let downloading = RwSignal::new(false);
    // The sign-in's answer, once it came and before the passphrase was chosen.
    let enrolled = StoredValue::new_local(None::<Enrolled>);
    // The key of a passphrase chosen before the answer came.
    let waiting = StoredValue::new_local(None::<Key>);
    // The sign-in under way. Stopped when given up (Back, another sign-in) or the screen
    // is left: its answer is then never read, and its download stops competing on the link.
    let inflight = StoredValue::new_local(None::<AbortHandle>);
    let stop = move || {
        if let Some(request) = inflight.try_update_value(Option::take).flatten() {
            request.abort();
        }
    };
    let give_up = move || {
        stop();
        enrolled.set_value(None);
        waiting.set_value(None);
    };
    on_cleanup(stop);

    let show = move |to: Step| {
        step.set(to);
        super::focus_heading();
    };

    // The vault is made and the phone is set up; on failure (storage full) the answer is
    // kept, so trying again does not sign in again.
    let finish = move |key: Key, (device, bundle, tag): Enrolled| {
        busy.set(true);
        spawn_local(async move {
            let kept = (device.clone(), bundle.clone(), tag.clone());
            let result = session::create(key, device, bundle, tag).await;
            busy.set(false);
            match result {
                Ok(s) => {
                    password.set(String::new());
                    passphrase.set(String::new());
                    confirm.set(String::new());
                    field.session.set(Some(s));
                    field.screen.set(Screen::Home);
                }
                Err(e) => {
                    enrolled.set_value(Some(kept));
                    error.set(Some(e.message(ui)));
                }
            }
        });
    };

    let sign_in = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (user, secret) = (username.get_untracked(), password.get_untracked());
        if user.trim().is_empty() || secret.is_empty() {
            return error.set(Some(ui.t("setup-account-empty")));
        }
        give_up();
        let (request, handle) = abortable(async move { api::enroll(&user, &secret).await });
        inflight.set_value(Some(handle));
        error.set(None);
        downloading.set(true);
        show(Step::Passphrase);
        spawn_local(async move {
            // Stopped (given up, or the screen left): nothing to do. An answer that came
            // is read at once, in the same turn, so it cannot be given up half-read.
            let Ok(result) = request.await else { return };
            inflight.set_value(None);
            downloading.set(false);
            match result {
                Ok(answer) => match waiting.try_update_value(Option::take).flatten() {
                    Some(key) => finish(key, answer),
                    None => enrolled.set_value(Some(answer)),
                },
                Err(e) => {
                    waiting.set_value(None);
                    busy.set(false);
                    error.set(Some(e.message(ui)));
                    show(Step::Account);
                }
            }
        });
    };

    let lock = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let phrase = passphrase.get_untracked();
        if let Err(id) = forms::vault::check_new_passphrase(&phrase, &confirm.get_untracked()) {
            error.set(Some(ui.t(id)));
            // Into the field to mend: the passphrase when it is short, else its repeat.
            crate::pages::focus_first(if id == "err-passphrase-short" {
                "#setup-passphrase"
            } else {
                "#setup-confirm"
            });
            return;
        }
        error.set(None);
        // Argon2id starts now, in its worker, while the forms may still be on their way.
        let key: Key = match session::new_key(&phrase) {
            Ok((input, kek)) => (input, Box::pin(kek)),
            Err(e) => return error.set(Some(e.message(ui))),
        };
        match enrolled.try_update_value(Option::take).flatten() {
            Some(answer) => finish(key, answer),
            None => {
                busy.set(true);
                waiting.set_value(Some(key));
            }
        }
    };

    let back = move |_| {
        give_up();
        passphrase.set(String::new());
        confirm.set(String::new());
        busy.set(false);
        downloading.set(false);
        error.set(None);
        show(Step::Account);
    };

    let status = move || {
        let who = [("user", username.get())];
        if downloading.get() {
            ui.t_with("setup-downloading", &who)
        } else {
            ui.t_with("setup-downloaded", &who)
        }
    };

    move || {
        match step.get() {
        Step::Account => view! {
            <section class="card">
                <h1>{t("setup-title")}</h1>
                <p>{t("setup-intro")}</p>
                <form on:submit=sign_in>
                    <TextField id="setup-username" label="setup-username" value=username autocomplete="username"/>
                    <TextField id="setup-password" label="setup-password" value=password kind="password" autocomplete="current-password"/>
                    <ErrorLine error=error/>
                    <button id="setup-signin" class="primary" type="submit">{t("setup-signin")}</button>
                </form>
            </section>
        }
        .into_any(),
        Step::Passphrase => view! {
            <section class="card">
                <h1>{t("setup-lock-title")}</h1>
                <p id="setup-status" role="status">{status}</p>
                <form on:submit=lock>
                    <TextField id="setup-passphrase" label="setup-passphrase" value=passphrase kind="password" autocomplete="new-password" hint="setup-passphrase-hint"/>
                    <TextField id="setup-confirm" label="setup-passphrase-confirm" value=confirm kind="password" autocomplete="new-password"/>
                    <ErrorLine error=error/>
                    <button id="setup-submit" class="primary" type="submit" disabled=move || busy.get()>
                        {move || if busy.get() { ui.t("setup-busy") } else { ui.t("setup-submit") }}
                    </button>
                    <button id="setup-back" class="secondary" type="button" on:click=back disabled=move || busy.get() && !downloading.get()>
                        {t("setup-back")}
                    </button>
                </form>
            </section>
        }
        .into_any(),
    }
    }
}
