//! Issue 21, as a new enumerator found it at 360 × 740: no dead ends (a draft can be
//! discarded, never blocks a new form version, the consent screen can be left, Back moves
//! back a page), the consent screen asks for an active choice and says every problem at
//! once, and the messages say what happened.

use anyhow::{Result, bail};
use e2e::{Harness, sync_message};
use forms::i18n::{tr, tr_args};
use serde_json::json;

const PASSPHRASE: &str = "river stones at noon 4";

/// The rendered height of an element, in CSS pixels.
async fn height(h: &Harness, css: &str) -> Result<f64> {
    h.find(css).await?;
    let v = h
        .browser
        .execute(
            "return document.querySelector(arguments[0]).getBoundingClientRect().height;",
            vec![json!(css)],
        )
        .await?;
    Ok(v.as_f64().unwrap_or_default())
}

/// Every draft's name as the home screen shows it, and its record id.
async fn drafts(h: &Harness) -> Result<Vec<(String, String)>> {
    let mut out = Vec::new();
    for li in h
        .browser
        .find_all(fantoccini::Locator::Css(
            "section[data-status=draft] li.record",
        ))
        .await?
    {
        let id = li.attr("data-id").await?.unwrap_or_default();
        let name = match li.find(fantoccini::Locator::Css(".record-name")).await {
            Ok(n) => n.text().await?,
            Err(_) => String::new(),
        };
        out.push((id, name));
    }
    Ok(out)
}

/// Take verbal consent, give the place (unless `None`) and leave with the draft saved.
async fn leave_a_draft(h: &Harness, area: Option<&str>) -> Result<()> {
    let field = h.field();
    field
        .verbal_consent("en", "Amina", &["needs_assessment"])
        .await?;
    if let Some(area) = area {
        field.answer("admin_area", area).await?;
    }
    h.click("#save-draft").await?;
    h.find("section[data-status=draft] li.record").await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn drafts_are_named_and_a_discarded_one_leaves_the_phone() -> Result<()> {
    let h = Harness::enrolled(PASSPHRASE).await?;
    let field = h.field();
    // Left right after consent: the form's instance_name has nothing to say yet ("–").
    leave_a_draft(&h, None).await?;
    // Left after the place: named by the form's instance_name, without its dangling "–".
    field
        .verbal_consent("en", "Amina", &["needs_assessment"])
        .await?;
    field.date("interview_date", "2025-11-20").await?;
    field.answer("admin_area", "Zaatari").await?;
    field.next(2).await?;
    h.click("#save-draft").await?;
    h.wait_text("section[data-status=draft] h2", |t| t.ends_with("(2)"))
        .await?;
    let names = drafts(&h).await?;
    // A name is words, or no name at all (the receipt code and time then tell it apart),
    // never the bare separator of an instance_name whose answers are not given yet.
    assert!(
        names
            .iter()
            .all(|(_, n)| n.is_empty() || n.chars().any(char::is_alphanumeric)),
        "{names:?}"
    );
    assert!(
        names.iter().any(|(_, n)| n == "Zaatari"),
        "named by instance_name: {names:?}"
    );
    h.screenshot("dead-ends-01-named-drafts").await?;

    // Discarding asks first; "Keep it" keeps it.
    let (id, _) = names.iter().find(|(_, n)| n == "Zaatari").unwrap().clone();
    let line = format!("section[data-status=draft] li[data-id='{id}']");
    h.click(&format!("{line} button.discard")).await?;
    h.find(&format!("{line} .confirm:not([hidden])")).await?;
    h.screenshot("dead-ends-02-discard-confirm").await?;
    for button in ["button.discard", ".discard-confirm", ".discard-keep"] {
        let tall = height(&h, &format!("{line} {button}")).await?;
        assert!(tall >= 48.0, "{button} is a 48 px target: {tall}");
    }
    h.click(&format!("{line} .discard-keep")).await?;
    h.find(&format!("{line} .confirm[hidden]")).await?;
    let key = format!("sauti/sealed/record/{id}");
    assert!(h.stored().await?.contains(&key));

    h.click(&format!("{line} button.discard")).await?;
    h.click(&format!("{line} .discard-confirm")).await?;
    h.wait_text("#home-message", |t| t == tr("en", "home-draft-discarded"))
        .await?;
    h.wait_text("section[data-status=draft] h2", |t| t.ends_with("(1)"))
        .await?;
    assert!(
        !h.stored().await?.contains(&key),
        "the sealed record is gone from IndexedDB"
    );
    // The note follows a change of the interface's language (it was kept as English text).
    field.use_language("fr").await?;
    h.wait_text("#home-message", |t| t == tr("fr", "home-draft-discarded"))
        .await?;
    field.use_language("en").await?;
    // And stays gone after the app starts again.
    h.browser.refresh().await?;
    field.unlock(PASSPHRASE).await?;
    h.wait_text("section[data-status=draft] h2", |t| t.ends_with("(1)"))
        .await?;
    assert!(h.absent(&line).await?);
    h.finish().await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_draft_never_hides_a_new_form_version() -> Result<()> {
    let h = Harness::enrolled(PASSPHRASE).await?;
    let field = h.field();
    leave_a_draft(&h, Some("Zaatari")).await?;
    let next = forms::demo::chained_form(3);
    h.import_form(&next).await?;

    // Nothing to send, a new version on the server, a draft on the phone: said, not
    // "Nothing to sync.".
    field.sync(&tr("en", "sync-new-form-waits")).await?;
    h.find("#form-waiting:not([hidden])").await?;
    h.scroll_to("#form-waiting").await?;
    h.screenshot("dead-ends-03-form-waiting").await?;

    // The enumerator chooses to discard the draft: the new form comes at once, and the
    // phone says which forms it now offers (a form was added, not a version changed).
    h.click("section[data-status=draft] button.discard").await?;
    h.click("section[data-status=draft] .discard-confirm")
        .await?;
    let changed = tr_args("en", "sync-forms-changed", &[("forms", "\u{0}".into())]);
    let (before, after) = changed.split_once('\u{0}').expect("the list of forms");
    h.wait_text("#home-message", |t| {
        t.starts_with(before) && t.ends_with(after) && t.contains("3 chained questions")
    })
    .await?;
    h.find("#form-waiting[hidden]").await?;
    field
        .verbal_consent("en", "Amina", &["needs_assessment"])
        .await?;
    h.find("#q-q1").await?;
    h.finish().await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_consent_screen_asks_for_a_choice_says_every_problem_and_can_be_left() -> Result<()> {
    let h = Harness::enrolled(PASSPHRASE).await?;
    h.click("#new-interview").await?;
    h.find("#consent-give").await?;
    for method in ["signature", "mark", "verbal", "guardian", "proxy"] {
        let checked = h
            .find(&format!("#method-{method}"))
            .await?
            .prop("checked")
            .await?;
        if checked.as_deref() == Some("true") {
            bail!("{method} is chosen before the enumerator chose it");
        }
    }
    // What skipping the four digits means, said before they are skipped.
    assert_eq!(
        h.text("#consent-access-skip").await?,
        tr("en", "consent-access-skip")
    );

    // Everything missing at once: purposes, understanding, the method.
    h.click("#consent-give").await?;
    let said = h
        .wait_text("#consent-problems", |t| t.lines().count() >= 3)
        .await?;
    for id in ["err-consent-no-method", "err-consent-no-purpose"] {
        assert!(said.contains(&tr("en", id)), "{id} in {said:?}");
    }
    // Listed in the order of the page, and the focus on the first field to mend (the
    // comprehension check, at the top), not left on the button at the bottom.
    let lines: Vec<&str> = said.lines().collect();
    let at = |id: &str| lines.iter().position(|l| *l == tr("en", id));
    assert!(
        at("consent-not-understood") < at("err-consent-no-purpose")
            && at("err-consent-no-purpose") < at("err-consent-no-method"),
        "in the page's order: {lines:?}"
    );
    let focused = h.wait_focus(|id| id.starts_with("understand-")).await?;
    assert!(focused.starts_with("understand-"), "focus on {focused:?}");
    h.scroll_to("#consent-problems").await?;
    h.screenshot("dead-ends-04-every-consent-problem").await?;
    // A mended field leaves the list at once; what the change asks for joins it.
    h.click("#method-verbal").await?;
    let said = h
        .wait_text("#consent-problems", |t| {
            !t.contains(&tr("en", "err-consent-no-method"))
        })
        .await?;
    assert!(
        said.contains(&tr("en", "err-consent-no-witness")),
        "{said:?}"
    );
    h.type_into("#witness", "Amina").await?;
    h.wait_text("#consent-problems", |t| {
        !t.contains(&tr("en", "err-consent-no-witness"))
            && t.contains(&tr("en", "err-consent-no-purpose"))
    })
    .await?;

    // The signature pad: labelled on screen and for screen readers, and big enough.
    h.click("#method-signature").await?;
    assert_eq!(
        h.text("#signature-pad-label").await?,
        tr("en", "consent-signature-label")
    );
    let pad = h.find("#signature-pad").await?;
    assert_eq!(
        pad.attr("aria-describedby").await?.as_deref(),
        Some("signature-pad-label")
    );
    let tall = height(&h, "#signature-pad").await?;
    assert!(tall >= 160.0, "the pad is {tall} px tall at 360 px wide");
    h.scroll_to("#signature-pad").await?;
    h.screenshot("dead-ends-05-signature-pad").await?;

    // Cancel: home, nothing kept.
    assert!(height(&h, "#consent-cancel").await? >= 48.0);
    h.click("#consent-cancel").await?;
    h.find("#new-interview").await?;
    assert_eq!(h.phone_count("draft").await?, 0);
    assert_eq!(h.phone_count("queued").await?, 0);
    assert!(!h.stored().await?.contains("sauti/sealed/record/"));

    // A refusal without the four digits: the receipt says what that means…
    h.click("#new-interview").await?;
    h.click("#consent-refuse").await?;
    assert_eq!(
        h.text("#receipt-where").await?,
        tr("en", "receipt-no-digits")
    );
    h.screenshot("dead-ends-06-receipt-without-digits").await?;
    h.click("#receipt-done").await?;
    // …and with them, where to use them.
    h.click("#new-interview").await?;
    h.type_into("#consent-access", "1987").await?;
    h.click("#consent-refuse").await?;
    let place = h.text("#receipt-where").await?;
    assert!(place.contains("/community"), "{place}");
    h.click("#receipt-done").await?;
    h.finish().await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sync_messages_say_what_happened() -> Result<()> {
    let h = Harness::enrolled(PASSPHRASE).await?;
    let field = h.field();
    let receipt = field.refusal().await?;
    field.sync(&sync_message("en", 1, 0, 0)).await?;

    // A withdrawal recorded in the field is listed until it leaves…
    h.click("details.withdrawal summary").await?;
    h.type_into("#withdrawal-receipt", &receipt).await?;
    h.click("#withdrawal-submit").await?;
    h.wait_text("#withdrawal-note", |t| t == tr("en", "withdrawal-recorded"))
        .await?;
    h.wait_text("section[data-status=withdrawals] li", |t| t == receipt)
        .await?;
    h.scroll_to("section[data-status=withdrawals]").await?;
    h.screenshot("dead-ends-07-withdrawal-pending").await?;
    // …and its delivery is counted, not reported as "0 sent".
    let done = tr_args("en", "sync-withdrawals-done", &[("n", "1".into())]);
    field.sync(&done).await?;
    h.find("section[data-status=withdrawals][hidden]").await?;

    // Offline with nothing to send: offline, and not as a success.
    h.cdp("Network.enable", json!({})).await?;
    h.cdp(
        "Network.emulateNetworkConditions",
        json!({ "offline": true, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1 }),
    )
    .await?;
    field.sync(&tr("en", "err-offline")).await?;
    let class = h.find("#home-message").await?.attr("class").await?;
    assert!(
        class.unwrap_or_default().contains("failed"),
        "shown as a failure"
    );
    h.screenshot("dead-ends-08-offline-nothing").await?;
    h.finish().await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn back_moves_back_a_page_and_never_loses_work() -> Result<()> {
    let h = Harness::enrolled(PASSPHRASE).await?;
    let field = h.field();
    // On the consent screen, Back is Cancel: home, nothing kept.
    h.click("#new-interview").await?;
    // A touch on the screen first, as people do (Chromium's Back skips history entries
    // a page added without being touched since).
    h.click("#purpose-needs_assessment").await?;
    h.browser.back().await?;
    h.find("#new-interview").await?;
    assert_eq!(h.phone_count("draft").await?, 0);

    field
        .verbal_consent("en", "Amina", &["needs_assessment"])
        .await?;
    field.date("interview_date", "2025-11-20").await?;
    field.answer("admin_area", "Zaatari").await?;
    field.next(2).await?;
    field.answer("respondent_name", "Fatima").await?;
    // Back: the page before, with its answers.
    h.browser.back().await?;
    h.find("#page-1").await?;
    let area = h.find("#q-admin_area").await?.prop("value").await?;
    assert_eq!(area.as_deref(), Some("Zaatari"));
    // Back on the first page: home, the interview kept as a draft.
    h.browser.back().await?;
    h.find("section[data-status=draft] li.record").await?;
    assert!(
        h.browser.current_url().await?.as_str().contains("/collect"),
        "still in the app"
    );
    h.click("section[data-status=draft] button.resume").await?;
    field.next(2).await?;
    let name = h.find("#q-respondent_name").await?.prop("value").await?;
    assert_eq!(name.as_deref(), Some("Fatima"));
    h.finish().await
}
