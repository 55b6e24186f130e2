//! The admin's account actions walked in the browser, each checked by its effect (issue
//! 20): signing a steward out everywhere (her open desk is signed out at its next
//! request), resetting the reviewer's password (the old one stops working, the one shown
//! once works), disabling the partner's account (she cannot sign in), and revoking the
//! enumerator's phone (its sync is refused with words saying why, and the record it held
//! stays on it, queued). Each behind its confirmation, at 360 px, with screenshots.
//!
//! The admin works at `127.0.0.1`; the other people and the phone at `localhost`, another
//! origin of the same server, so their sessions and the admin's live in one browser.

use anyhow::Result;
use e2e::Harness;
use forms::i18n::tr;

use super::assignments::phone_origin;

const PASSPHRASE: &str = "kettle on the stove 42";

/// Sign in on the desk at `origin` (the page shows the sign-in form first).
async fn sign_in_at(h: &Harness, origin: &str, username: &str, password: &str) -> Result<()> {
    h.browser.goto(&format!("{origin}/steward")).await?;
    h.type_into("#steward-username", username).await?;
    h.type_into("#steward-password", password).await?;
    h.click("#steward-submit").await
}

/// Back to the admin's desk, and an action on `username`'s line confirmed; the question
/// asked, as the page put it.
async fn confirm(h: &Harness, username: &str, button: &str, shot: &str) -> Result<String> {
    h.open("/steward").await?;
    let css = format!("#members li[data-username='{username}'] button.{button}");
    h.scroll_to(&css).await?;
    h.click(&css).await?;
    let question = h
        .wait_text("#team-question", |t| t.contains(username))
        .await?;
    h.scroll_to("#team-question").await?;
    h.screenshot(shot).await?;
    h.click("#team-confirm").await?;
    Ok(question)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_admin_signs_out_resets_disables_and_revokes_and_each_takes_effect() -> Result<()> {
    let h = Harness::start().await?;
    let elsewhere = phone_origin(&h);
    let field = h.field();

    // The enumerator's phone keeps a refusal, unsent.
    h.browser.goto(&format!("{elsewhere}/collect")).await?;
    field.enroll(PASSPHRASE).await?;
    let receipt = field.refusal().await?;
    h.sign_in_as("admin").await?;

    // Signed out everywhere: the steward's open desk asks her to sign in at its next request.
    sign_in_at(&h, &elsewhere, "steward", &h.password("steward")).await?;
    h.find("#steward-sign-out").await?;
    let question = confirm(&h, "steward", "sessions", "account-sessions-confirm-360").await?;
    assert!(question.contains("sign in again"), "{question}");
    h.wait_text("#team-status", |t| t == "Sessions ended: 1.")
        .await?;
    h.browser.goto(&format!("{elsewhere}/steward")).await?;
    h.find("#steward-username").await?;
    assert!(h.absent("#steward-sign-out").await?, "still signed in");

    // A new password for the reviewer, shown once: the old one stops working.
    let old = h.password("reviewer");
    sign_in_at(&h, &elsewhere, "reviewer", &old).await?;
    h.find("#steward-sign-out").await?;
    confirm(&h, "reviewer", "reset", "account-reset-confirm-360").await?;
    h.wait_text("#one-time-password", |t| t.contains("reviewer"))
        .await?;
    let new = h.text("#one-time-password code.password").await?;
    h.scroll_to("#one-time-password").await?;
    h.screenshot("account-reset-password-360").await?;
    h.browser.goto(&format!("{elsewhere}/steward")).await?;
    h.find("#steward-username").await?;
    assert!(
        h.absent("#steward-sign-out").await?,
        "the reset ends her sessions"
    );
    sign_in_at(&h, &elsewhere, "reviewer", &old).await?;
    h.wait_text("p.error", |t| t == tr("en", "err-sign-in"))
        .await?;
    sign_in_at(&h, &elsewhere, "reviewer", &new).await?;
    h.find("#steward-sign-out").await?;
    h.click("#steward-sign-out").await?;
    h.find("#steward-username").await?;

    // The partner's account disabled: she cannot sign in.
    let question = confirm(&h, "partner", "disable", "account-disable-confirm-360").await?;
    assert!(question.contains("cannot sign in"), "{question}");
    h.find("#members li[data-username='partner'][data-disabled='true']")
        .await?;
    sign_in_at(&h, &elsewhere, "partner", &h.password("partner")).await?;
    h.wait_text("p.error", |t| t == tr("en", "err-sign-in"))
        .await?;
    h.screenshot("account-disabled-sign-in-360").await?;

    // The phone revoked: its sync is refused with words, and the refusal it held stays.
    let question = confirm(&h, "enumerator", "revoke", "account-revoke-confirm-360").await?;
    assert!(question.contains("enumerator"), "{question}");
    h.find("#members li.device[data-revoked='true']").await?;
    h.scroll_to("#members li.device").await?;
    h.screenshot("account-revoked-360").await?;
    h.browser.goto(&format!("{elsewhere}/collect")).await?;
    field.unlock(PASSPHRASE).await?;
    field.sync(&tr("en", "err-device-revoked")).await?;
    let kept = h.text("section[data-status=queued] .receipt-code").await?;
    assert_eq!(kept, receipt, "the record stays on the phone, queued");
    h.screenshot("account-revoked-phone-360").await?;
    h.finish().await
}
