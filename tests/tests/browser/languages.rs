//! The interface's languages in the browser: counts take the plural form CLDR gives each
//! language (English one/other, Arabic's six, read by the phone from `ar.ftl` at run time,
//! not compiled in), numbers in the language's digits, right to left where the language
//! is, and every language selectable. Screenshots of the unlock screen in Amharic, Bengali
//! and Pashto at 360 px (`SAUTI_SCREENSHOTS=dir`) show whether their scripts render.

use anyhow::Result;
use e2e::Harness;
use e2e::unlock_wait_message as wait_message;
use forms::i18n::{tr, tr_args, ui_languages};

const PASSPHRASE: &str = "mango rain in april 3";

/// The page's direction (`<html dir>`).
async fn direction(h: &Harness) -> Result<String> {
    let dir = h
        .browser
        .execute("return document.documentElement.dir", vec![])
        .await?;
    Ok(dir.as_str().unwrap_or_default().to_string())
}

/// The text the phone showed is the message for `seconds` (or one second less, if the
/// browser was slow to click), as `forms::i18n` writes it natively.
fn assert_wait(lang: &str, shown: &str, seconds: u32, variant: &str) {
    let expected = |n: u32| tr_args(lang, "unlock-wait", &[("seconds", n.to_string())]);
    assert!(
        shown == expected(seconds) || shown == expected(seconds - 1),
        "{lang}, {seconds} s: {shown:?} is neither {:?} nor {:?}",
        expected(seconds),
        expected(seconds - 1)
    );
    assert!(
        shown.contains(variant),
        "{lang}: {shown:?} lacks {variant:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn counts_take_each_languages_plural_form_and_scripts_render() -> Result<()> {
    let h = Harness::enrolled(PASSPHRASE).await?;
    let field = h.field();
    h.service_worker_ready().await?;
    h.browser.refresh().await?;
    h.find("#unlock-passphrase").await?;

    // Every UI language is offered, in its own name.
    let offered = h
        .browser
        .execute(
            "return [...document.querySelectorAll('#ui-lang option')].map(o => o.value)",
            vec![],
        )
        .await?;
    let codes: Vec<&str> = ui_languages().iter().map(|(c, ..)| *c).collect();
    assert_eq!(offered, serde_json::json!(codes));
    assert!(codes.len() >= 12, "{codes:?}");

    // English: one second, 30 seconds. The translation note is hidden: English is the source.
    let shown = wait_message(&h, 1).await?;
    assert_wait("en", &shown, 1, "1 second.");
    let shown = wait_message(&h, 30).await?;
    assert_wait("en", &shown, 30, "seconds.");
    assert!(!h.find("#lang-unreviewed").await?.is_displayed().await?);

    // Arabic, loaded from ar.ftl: one (ثانية واحدة), two (ثانيتين), few (3-10: ثوانٍ),
    // many (11-99: ثانية after the number).
    field.use_language("ar").await?;
    assert_eq!(direction(&h).await?, "rtl");
    assert_eq!(
        h.text("#lang-unreviewed").await?,
        tr("ar", "lang-unreviewed"),
        "a translation nobody reviewed says so"
    );
    let shown = wait_message(&h, 1).await?;
    assert_wait("ar", &shown, 1, "ثانية واحدة");
    let shown = wait_message(&h, 2).await?;
    assert!(
        shown.contains("ثانيتين") || shown.contains("ثانية واحدة"),
        "{shown}"
    );
    let shown = wait_message(&h, 5).await?;
    assert_wait("ar", &shown, 5, "ثوانٍ");
    let shown = wait_message(&h, 12).await?;
    assert_wait("ar", &shown, 12, "ثانية");
    assert!(!shown.contains("ثوانٍ"), "{shown}");
    h.screenshot("lang-ar-unlock-wait").await?;

    // Scripts of their own: the unlock screen in Amharic (Ethiopic), Bengali (Bengali
    // digits from NUMBER()) and Pashto (right to left, Pashto digits through a selector).
    for (lang, word, digits, rtl) in [
        ("am", "ሰከንድ", "30", false),
        ("bn", "সেকেন্ড", "৩০", false),
        ("ps", "ثانیو", "۳۰", true),
    ] {
        field.use_language(lang).await?;
        h.wait_text("#unlock-submit", |t| t == tr(lang, "unlock-submit"))
            .await?;
        assert_eq!(
            direction(&h).await?,
            if rtl { "rtl" } else { "ltr" },
            "{lang}"
        );
        let shown = wait_message(&h, 30).await?;
        assert_wait(lang, &shown, 30, word);
        let one_less = tr_args(lang, "unlock-wait", &[("seconds", "29".into())]);
        assert!(
            shown.contains(digits) || shown == one_less,
            "{lang}: {shown}"
        );
        h.screenshot(&format!("lang-{lang}-unlock")).await?;
    }

    // And back: the choice is kept, English is compiled in.
    field.use_language("en").await?;
    h.wait_text("#unlock-submit", |t| t == tr("en", "unlock-submit"))
        .await?;
    h.finish().await
}
