//! Every interface language walked at 360 px (issue 24): the unlock screen, the consent
//! screen, a question page, the receipt, the home screen after a sync, and the community
//! page, each shown in every UI language in turn. On each: `<html lang dir>` are the
//! language's, no message id or unfilled `{$placeable}` shows instead of a text, the
//! language's own words are there (a message of the screen as `forms::i18n` writes it), and
//! nothing is wider than the screen. Screenshots `walk-<screen>-<lang>.png`
//! (`SAUTI_SCREENSHOTS=dir`) show whether each script renders.
//!
//! And plurals in the browser, on real messages of the phone: "Try again in n seconds" in
//! Arabic (one, two, few, many, other), Ukrainian (one 1 and 21, few 2-4 and 22, many 5-20
//! and 11-14) and English, each read by the phone from its downloaded `.ftl` file, and
//! "Page n of m" in each language's digits.

use anyhow::{Result, ensure};
use e2e::unlock_wait_message as wait_message;
use e2e::{Harness, sync_message};
use forms::i18n::{is_rtl, message_ids, tr, tr_args, ui_languages};
use serde_json::json;

const PASSPHRASE: &str = "every tongue at 360 px 13";

/// What the page shows now: `<html lang dir>`, whether anything is wider than the
/// viewport (and the widest offender), and its visible text.
async fn page_state(h: &Harness) -> Result<serde_json::Value> {
    Ok(h.browser
        .execute(
            "const root = document.documentElement;
             const width = window.innerWidth;
             let widest = '';
             for (const e of document.body.querySelectorAll('*')) {
                 const r = e.getBoundingClientRect();
                 // Wider than the screen, not put out of sight on purpose (a skip link).
                 const out = (r.right > width + 1 && r.left < width) || (r.left < -1 && r.right > 0);
                 if (r.width > 0 && out) {
                     widest = e.tagName + '#' + e.id + '.' + e.className + ' ' +
                         Math.round(r.left) + '..' + Math.round(r.right);
                 }
             }
             return { lang: root.lang, dir: root.dir,
                      overflow: root.scrollWidth > width, widest, width,
                      text: document.body.innerText };",
            vec![],
        )
        .await?)
}

/// Show the screen in every UI language and check it (see the module's comment); `marker`
/// is a CSS selector and the message id its text must be in each language.
async fn walk(h: &Harness, screen: &str, marker: (&str, &str)) -> Result<()> {
    let field = h.field();
    let ids: Vec<&str> = message_ids().filter(|id| id.contains('-')).collect();
    for (lang, ..) in ui_languages() {
        field.use_language(lang).await?;
        let (css, id) = marker;
        let want = tr(lang, id);
        h.wait_text(css, |t| t == want).await?;
        let state = page_state(h).await?;
        ensure!(state["lang"] == *lang, "{screen}: lang {}", state["lang"]);
        let dir = if is_rtl(lang) { "rtl" } else { "ltr" };
        ensure!(state["dir"] == dir, "{screen} {lang}: dir {}", state["dir"]);
        let text = state["text"].as_str().unwrap_or_default();
        ensure!(
            !text.contains("{$"),
            "{screen} {lang}: a placeable unfilled: {text}"
        );
        let words: Vec<&str> = text
            .split(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
            .collect();
        if let Some(id) = ids.iter().find(|id| words.contains(id)) {
            anyhow::bail!("{screen} {lang}: the message id `{id}` shows instead of its text");
        }
        ensure!(
            state["overflow"] == false && state["widest"] == "",
            "{screen} {lang}: wider than the {} px screen: {}",
            state["width"],
            state["widest"]
        );
        h.screenshot(&format!("walk-{screen}-{lang}")).await?;
    }
    field.use_language("en").await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_screen_in_every_language_at_360_px() -> Result<()> {
    let h = Harness::enrolled(PASSPHRASE).await?;
    h.cdp(
        "Emulation.setDeviceMetricsOverride",
        json!({ "width": 360, "height": 740, "deviceScaleFactor": 1, "mobile": true }),
    )
    .await?;
    let field = h.field();

    // Unlock.
    h.click("#lock").await?;
    h.find("#unlock-passphrase").await?;
    walk(&h, "unlock", ("#unlock-submit", "unlock-submit")).await?;
    field.unlock(PASSPHRASE).await?;

    // Consent, then the first question page.
    h.click("#new-interview").await?;
    h.find("#consent-give").await?;
    walk(&h, "consent", ("#consent-give", "consent-give")).await?;
    h.select("#respondent-lang", "en").await?;
    h.click("#purpose-needs_assessment").await?;
    field.understood().await?;
    h.click("#method-verbal").await?;
    h.type_into("#witness", "Amina").await?;
    h.click("#consent-give").await?;
    h.find("#page-1").await?;
    walk(&h, "question", ("#next", "interview-next")).await?;

    // The receipt.
    field
        .fill_household("2025-11-20", "Camp 7", "Ali", &[("Ali", "male", "34")])
        .await?;
    h.click("#save").await?;
    h.find("#receipt-code").await?;
    walk(&h, "receipt", ("#receipt-done", "receipt-done")).await?;
    h.click("#receipt-done").await?;

    // Home after a sync, in each language with its count.
    field.sync(&sync_message("en", 1, 0, 0)).await?;
    walk(&h, "sync", ("#sync", "home-sync")).await?;

    // The community page (the stewards' bundle).
    h.open("/community").await?;
    h.find("#community-look-up").await?;
    walk(&h, "community", ("#community-look-up", "community-look-up")).await?;
    h.finish().await
}

/// Forget the wrong passphrases `wait_message` feigned, so the right one unlocks at once.
async fn forget_failures(h: &Harness) -> Result<()> {
    h.browser
        .execute("localStorage.removeItem('sauti/unlock-throttle')", vec![])
        .await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn plurals_in_arabic_ukrainian_and_english_on_the_phone() -> Result<()> {
    let h = Harness::enrolled(PASSPHRASE).await?;
    let field = h.field();
    h.click("#lock").await?;
    h.find("#unlock-passphrase").await?;
    // Each count with the word its category takes; the phone may have ticked one second
    // down before drawing, so each count is one whose neighbour below is in another
    // category only where the words say so.
    let cases: &[(&str, &[(u32, &str)])] = &[
        (
            "en",
            &[(1, "1 second."), (2, "2 seconds."), (21, "21 seconds.")],
        ),
        (
            "ar",
            &[
                (1, "ثانية واحدة"),
                (2, "ثانيتين"),
                (3, "3 ثوانٍ"),
                (10, "10 ثوانٍ"),
                (11, "11 ثانية"),
                (99, "99 ثانية"),
                (101, "101 ثانية"),
                (103, "103 ثوانٍ"),
            ],
        ),
        (
            "uk",
            &[
                (1, "1 секунду."),
                (2, "2 секунди."),
                (4, "4 секунди."),
                (5, "5 секунд."),
                (11, "11 секунд."),
                (14, "14 секунд."),
                (20, "20 секунд."),
                (21, "21 секунду."),
                (22, "22 секунди."),
            ],
        ),
    ];
    for (lang, counts) in cases {
        field.use_language(lang).await?;
        for (seconds, words) in *counts {
            let shown = wait_message(&h, *seconds).await?;
            let expected = |n: u32| tr_args(lang, "unlock-wait", &[("seconds", n.to_string())]);
            // A slow click may see one second less: then the message is that count's.
            if shown == expected(seconds - 1) && seconds - 1 > 0 {
                continue;
            }
            ensure!(
                shown == expected(*seconds) && shown.contains(words),
                "{lang}, {seconds} s: {shown:?}, expected {:?} with {words:?}",
                expected(*seconds)
            );
        }
        h.screenshot(&format!("plural-{lang}-unlock")).await?;
    }

    // "Page n of m" in each language's words and digits (Bengali and Pashto their own).
    field.use_language("en").await?;
    forget_failures(&h).await?;
    field.unlock(PASSPHRASE).await?;
    field
        .verbal_consent("en", "Amina", &["needs_assessment"])
        .await?;
    let counter = h.text("#page-indicator").await?;
    let total: String = counter.rsplit(' ').next().unwrap_or_default().to_string();
    ensure!(counter == format!("Page 1 of {total}"), "{counter}");
    for (lang, digits) in [("uk", "з"), ("bn", "১"), ("ps", "۱"), ("ar", "من")] {
        field.use_language(lang).await?;
        let want = tr_args(
            lang,
            "interview-page",
            &[("n", "1".into()), ("total", total.clone())],
        );
        let shown = h.wait_text("#page-indicator", |t| t == want).await?;
        ensure!(shown.contains(digits), "{lang}: {shown}");
    }
    field.use_language("en").await?;
    h.finish().await
}

/// Unlock (the feigned wrong passphrases forgotten) and sync until the phone has taken the
/// project's changed bundle in (it says so, naming the form).
async fn unlock_and_refresh(h: &Harness) -> Result<()> {
    forget_failures(h).await?;
    h.field().unlock(PASSPHRASE).await?;
    h.click("#sync").await?;
    h.wait_text("#home-message", |t| {
        t.contains("Household needs assessment")
    })
    .await?;
    Ok(())
}

/// Digits as the project chooses (issue 24): the admin picks "the script's own digits" on
/// the projects card; at its next sync the phone writes counts in them (Arabic-Indic in
/// Arabic, whose usual digits are Latin), also on the unlock screen before the vault is
/// open; then Latin digits, which Bengali (usually its own) takes too.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_projects_choice_of_digits_reaches_the_phone() -> Result<()> {
    let h = Harness::enrolled(PASSPHRASE).await?;
    let field = h.field();
    let page_one = |lang: &str, total: &str| {
        tr_args(
            lang,
            "interview-page",
            &[("n", "1".into()), ("total", total.into())],
        )
    };
    h.sign_in_as("admin").await?;
    h.find("#project-digits").await?;
    h.select("#project-digits", "native").await?;
    h.wait_text("#projects-status", |t| t == tr("en", "admin-digits-saved"))
        .await?;
    h.scroll_to("#project-digits").await?;
    h.screenshot("digits-admin").await?;

    h.open("/collect").await?;
    unlock_and_refresh(&h).await?;
    field.use_language("ar").await?;
    field
        .verbal_consent("ar", "Amina", &["needs_assessment"])
        .await?;
    let shown = h.text("#page-indicator").await?;
    let total = shown.rsplit(' ').next().unwrap_or_default().to_string();
    ensure!(
        !total.is_empty() && total.chars().all(|c| ('٠'..='٩').contains(&c)),
        "Arabic-Indic digits: {shown}"
    );
    ensure!(shown.starts_with("الصفحة ١ من"), "{shown}");
    h.screenshot("digits-ar-native").await?;
    // Left as a draft and discarded: a draft would hold the next bundle back.
    h.click("#save-draft").await?;
    h.click(".record button.discard").await?;
    h.click(".discard-confirm").await?;
    h.find("#new-interview").await?;
    // Before the vault is open too: the unlock screen's count.
    h.click("#lock").await?;
    h.find("#unlock-passphrase").await?;
    let shown = wait_message(&h, 12).await?;
    ensure!(shown.contains("١٢") || shown.contains("١١"), "{shown}");

    // Latin digits: Bengali writes its counts 0-9 too.
    let admin = h.admin().await?;
    admin
        .put(format!("{}/api/v1/projects/demo/digits", h.base))
        .json(&json!({ "native_digits": false }))
        .send()
        .await?
        .error_for_status()?;
    field.use_language("en").await?;
    unlock_and_refresh(&h).await?;
    field.use_language("bn").await?;
    field
        .verbal_consent("en", "Amina", &["needs_assessment"])
        .await?;
    // What `forms::i18n` writes with the language's usual digits, in Latin ones.
    let to_latin = |text: String, zero: char| -> String {
        text.chars()
            .map(|c| match (c as u32).checked_sub(zero as u32) {
                Some(d @ 0..=9) => char::from(b'0' + d as u8),
                _ => c,
            })
            .collect()
    };
    let latin = to_latin(total.clone(), '٠');
    let want = to_latin(page_one("bn", &latin), '০');
    ensure!(want.contains(" 1 ") || want.contains('1'), "{want}");
    h.wait_text("#page-indicator", |t| t == want).await?;
    h.screenshot("digits-bn-latin").await?;
    field.use_language("en").await?;
    h.finish().await
}
