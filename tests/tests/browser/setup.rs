//! A new phone's setup (issue 21, the first morning on 2G): the account first, then the
//! passphrase while the forms download. A wrong password is told before any passphrase
//! is typed; a passphrase chosen before the forms arrived waits for them; "Use another
//! account" gives up a sign-in whose answer then changes nothing; and nothing of the
//! project is kept on the phone before the passphrase locks it.

use anyhow::Result;
use e2e::Harness;
use forms::i18n::{tr, tr_args};

const PASSPHRASE: &str = "lanterns by the well 9";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_forms_download_while_the_passphrase_is_chosen() -> Result<()> {
    let h = Harness::start().await?;
    h.open("/collect").await?;
    h.find("#setup-username").await?;
    h.screenshot("setup-01-account-360").await?;

    // Nothing typed: said, and nothing sent.
    h.click("#setup-signin").await?;
    h.wait_text("p.error", |t| t == tr("en", "setup-account-empty"))
        .await?;
    assert!(h.absent("#setup-passphrase").await?);

    // A wrong password: said on the account step, at once.
    h.type_into("#setup-username", "enumerator").await?;
    h.type_into("#setup-password", "not her password").await?;
    h.click("#setup-signin").await?;
    h.wait_text("p.error", |t| t == tr("en", "err-sign-in"))
        .await?;
    h.find("#setup-signin").await?;
    assert!(
        h.absent("#setup-passphrase").await?,
        "a refused sign-in leads back to the account"
    );
    assert_eq!(
        h.browser
            .execute("return document.activeElement.tagName;", vec![])
            .await?
            .as_str(),
        Some("H1"),
        "the account step's heading has the focus again"
    );

    // The right password, its answer slow to come: the passphrase step shows at once and
    // says the forms are on their way.
    h.hold("/devices/enroll").await?;
    h.type_into("#setup-password", &h.password("enumerator"))
        .await?;
    h.click("#setup-signin").await?;
    let downloading = tr_args("en", "setup-downloading", &[("user", "enumerator".into())]);
    let plain = |t: &str| t.replace(['\u{2068}', '\u{2069}'], "");
    h.wait_text("#setup-status", |t| plain(t) == plain(&downloading))
        .await?;
    h.screenshot("setup-02-passphrase-while-downloading-360")
        .await?;

    // "Use another account" gives that sign-in up: its answer, when it comes, sets
    // nothing up.
    h.click("#setup-back").await?;
    h.find("#setup-signin").await?;
    h.release().await?;
    tokio::time::sleep(std::time::Duration::from_millis(1500)).await;
    assert!(
        h.absent("#setup-passphrase").await? && h.absent("#new-interview").await?,
        "an answer to a sign-in given up changes nothing"
    );

    // Again, held, and the passphrase chosen before the answer: the phone waits for the
    // forms, keeps nothing of them unlocked meanwhile, then opens home.
    h.hold("/devices/enroll").await?;
    h.click("#setup-signin").await?;
    h.find("#setup-passphrase").await?;
    h.type_into("#setup-passphrase", PASSPHRASE).await?;
    h.type_into("#setup-confirm", "another phrase entirely")
        .await?;
    h.click("#setup-submit").await?;
    h.wait_text("p.error", |t| t == tr("en", "err-passphrase-mismatch"))
        .await?;
    // The focus goes to the field to mend, the repeat.
    let focused = h.wait_focus(|id| id == "setup-confirm").await?;
    assert_eq!(focused, "setup-confirm");
    h.type_into("#setup-confirm", PASSPHRASE).await?;
    h.click("#setup-submit").await?;
    h.wait_text("#setup-submit", |t| t == tr("en", "setup-busy"))
        .await?;
    let stored = h.stored().await?;
    assert!(
        !stored.contains("household") && !stored.contains("needs_assessment"),
        "nothing of the project is on the phone before it is locked: {stored}"
    );
    h.release().await?;
    h.find("#new-interview").await?;
    h.screenshot("setup-03-home-360").await?;

    // Locked with that passphrase.
    h.open("/collect").await?;
    h.field().unlock(PASSPHRASE).await?;
    h.find("#new-interview").await?;
    h.finish().await
}
