//! Feedback and complaints end to end in headless Chromium at phone size (issue 23): a
//! person complains anonymously on the community page in Arabic and another in French,
//! each keeps the tracking code they are shown; a steward answers the ordinary complaint
//! on the steward page; a sensitive report is listed only for the focal point, who refers
//! it; each person reads their answer in their language with their code.

use anyhow::{Result, ensure};
use e2e::Harness;

/// Choose a category, write, send, and read back the tracking code shown.
async fn send(h: &Harness, category: &str, message: &str, contact: &str) -> Result<String> {
    h.find(&format!("label[for='feedback-category-{category}']"))
        .await?;
    h.click(&format!("label[for='feedback-category-{category}']"))
        .await?;
    h.type_into("#feedback-message", message).await?;
    if !contact.is_empty() {
        h.type_into("#feedback-contact", contact).await?;
    }
    h.click("#feedback-send").await?;
    let code = h
        .wait_text("#feedback-tracking-code", |t| t.len() >= 15)
        .await?;
    Ok(code.trim().to_string())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn complaints_are_answered_and_sensitive_reports_reach_only_the_focal_point() -> Result<()> {
    let h = Harness::start().await?;
    let field = h.field();

    // Anonymous, in Arabic: the page reads right to left, categories as pictures.
    h.open("/community").await?;
    field.use_language("ar").await?;
    let tiles = h
        .wait_text("#feedback-categories", |t| t.contains("شكوى بشأن المساعدة"))
        .await?;
    assert!(tiles.contains("سؤال"), "{tiles}");
    // Nothing chosen: a clear message, nothing sent.
    h.click("#feedback-send").await?;
    h.wait_text("#feedback .error", |t| t.contains("اختر الموضوع"))
        .await?;
    h.screenshot("feedback-00-ar-form").await?;
    let arabic = send(&h, "complaint", "لم نحصل على حصة الماء هذا الأسبوع", "").await?;
    let kept = h.text("#feedback-filed").await?;
    assert!(kept.contains("7"), "{kept}");
    h.screenshot("feedback-01-ar-filed").await?;

    // In French, a sensitive report with a contact for an answer.
    h.open("/community").await?;
    field.use_language("fr").await?;
    h.click("label[for='feedback-category-sea']").await?;
    h.wait_text("#feedback-confidential", |t| t.contains("Confidentiel"))
        .await?;
    h.click("label[for='feedback-category-complaint']").await?;
    let french = send(
        &h,
        "sea",
        "Un distributeur demande des faveurs",
        "+243 800 000 000",
    )
    .await?;
    assert_ne!(arabic, french);

    // The steward answers the Arabic complaint; the sensitive report is not listed.
    h.sign_in_as("steward").await?;
    let list = h
        .wait_text("#feedback-cases", |t| t.contains("لم نحصل"))
        .await?;
    assert!(
        !list.contains("faveurs") && !list.contains("+243"),
        "{list}"
    );
    let case = "#feedback-cases li.case[data-status='received']";
    h.click(&format!("{case} button.acknowledge")).await?;
    h.find("#feedback-cases li.case[data-status='acknowledged']")
        .await?;
    let answer = "ستصل شاحنة مياه إضافية يوم الثلاثاء";
    h.type_into("#feedback-cases li.case textarea", answer)
        .await?;
    h.click("#feedback-cases li.case button.answer").await?;
    h.find("#feedback-cases li.case[data-status='answered']")
        .await?;
    h.screenshot("feedback-02-steward").await?;

    // The focal point sees the sensitive one (and refers it).
    h.click("#steward-sign-out").await?;
    h.sign_in_as("focal").await?;
    let list = h
        .wait_text("#feedback-cases", |t| t.contains("faveurs"))
        .await?;
    assert!(list.contains("+243 800 000 000"), "{list}");
    let sensitive = "#feedback-cases li.case[data-sensitive='true']";
    h.type_into(
        &format!("{sensitive} textarea"),
        "Le point focal PSEA vous appellera.",
    )
    .await?;
    h.click(&format!("{sensitive} button.refer")).await?;
    h.find("#feedback-cases li.case[data-status='referred']")
        .await?;
    h.screenshot("feedback-03-focal").await?;

    // Each person reads the answer with their code, typed loosely, in their language.
    h.open("/community").await?;
    field.use_language("ar").await?;
    h.type_into(
        "#feedback-tracking",
        &arabic.replace('-', "").to_lowercase(),
    )
    .await?;
    h.click("#feedback-follow-submit").await?;
    let status = h
        .wait_text("#feedback-status", |t| t.contains(answer))
        .await?;
    assert!(status.contains("تم الرد"), "{status}");
    h.screenshot("feedback-04-ar-answer").await?;
    field.use_language("fr").await?;
    h.set_value("#feedback-tracking", &french).await?;
    h.click("#feedback-follow-submit").await?;
    let status = h
        .wait_text("#feedback-status", |t| t.contains("Le point focal PSEA"))
        .await?;
    assert!(
        status.contains("Transmis à une autre organisation"),
        "{status}"
    );
    // A code nobody was given.
    h.set_value("#feedback-tracking", "AAAA-AAAA-AAAA-A")
        .await?;
    h.click("#feedback-follow-submit").await?;
    h.wait_text("#feedback-follow .error", |t| !t.is_empty())
        .await?;
    h.finish().await
}

/// An enumerator records a complaint for someone they meet, offline: the phone gives the
/// tracking code at once, keeps the complaint sealed, and sends it with the next sync;
/// the person reads the answer on the community page with that code.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_enumerator_records_a_complaint_offline_and_it_is_answered() -> Result<()> {
    let h = Harness::enrolled("acacia by the river 8").await?;
    let field = h.field();
    // The categories came while online; then the network goes.
    h.find("#field-feedback:not([hidden])").await?;
    h.cdp("Network.enable", serde_json::json!({})).await?;
    h.cdp(
        "Network.emulateNetworkConditions",
        serde_json::json!({ "offline": true, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1 }),
    )
    .await?;
    h.click("#field-feedback summary").await?;
    h.click("label[for='field-feedback-complaint']").await?;
    h.type_into(
        "#field-feedback-message",
        "The water point in block 4 has been broken for a week",
    )
    .await?;
    h.click("#field-feedback-save").await?;
    let code = h
        .wait_text("#field-feedback-code", |t| t.len() >= 15)
        .await?
        .trim()
        .to_string();
    h.wait_text("#field-feedback-waiting", |t| t.contains('1'))
        .await?;
    h.screenshot("feedback-05-phone-recorded").await?;
    assert!(
        !h.stored().await?.contains("water point"),
        "sealed in the vault, never in the clear"
    );

    // Online again: it leaves with the sync and the phone forgets it.
    h.cdp(
        "Network.emulateNetworkConditions",
        serde_json::json!({ "offline": false, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1 }),
    )
    .await?;
    let sent = forms::i18n::tr_args("en", "sync-feedback-sent", &[("n", "1".into())]);
    field.sync(&sent).await?;
    h.find("#field-feedback-waiting[hidden]").await?;

    // A steward answers; the person reads it with the phone's code.
    h.sign_in_as("steward").await?;
    h.wait_text("#feedback-cases", |t| t.contains("block 4"))
        .await?;
    let list = h.text("#feedback-cases").await?;
    assert!(list.contains("Recorded by an enumerator"), "{list}");
    h.type_into(
        "#feedback-cases li.case textarea",
        "A repair team goes on Monday.",
    )
    .await?;
    h.click("#feedback-cases li.case button.answer").await?;
    h.find("#feedback-cases li.case[data-status='answered']")
        .await?;
    h.open("/community").await?;
    h.type_into("#feedback-tracking", &code).await?;
    h.click("#feedback-follow-submit").await?;
    h.wait_text("#feedback-status", |t| {
        t.contains("A repair team goes on Monday.")
    })
    .await?;
    h.finish().await
}

/// A voice message instead of text (low literacy): recorded on the community page from
/// Chromium's fake microphone, played back, sent with a sensitive report; only the focal
/// point's cases card has it, and it plays as audio.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_voice_message_reaches_the_focal_point() -> Result<()> {
    let h = Harness::start().await?;
    h.open("/community").await?;
    h.field().use_language("so").await?;
    h.find("label[for='feedback-category-sea']").await?;
    h.click("label[for='feedback-category-sea']").await?;
    h.click("#voice-record").await?;
    h.find("#voice-stop").await?;
    h.screenshot("feedback-10-voice-recording").await?;
    tokio::time::sleep(std::time::Duration::from_millis(1500)).await;
    h.click("#voice-stop").await?;
    h.find("#voice-playback").await?;
    h.find("#voice-record").await?;
    h.screenshot("feedback-11-voice-recorded").await?;
    // No text: the voice message stands for it.
    h.click("#feedback-send").await?;
    let code = h
        .wait_text("#feedback-tracking-code", |t| t.len() >= 15)
        .await?;
    // The error line is always there, empty unless something failed.
    let said = h.text("#feedback .error").await?;
    ensure!(
        said.trim().is_empty(),
        "the voice message did not go up: {said}"
    );

    h.sign_in_as("focal").await?;
    h.find("#feedback-cases .case-voice audio").await?;
    let played = h
        .browser
        .execute_async(
            "const done = arguments[arguments.length - 1];
             const src = document.querySelector('#feedback-cases .case-voice audio').src;
             fetch(src).then(r => r.blob().then(b => done([r.status, b.type, b.size])));",
            vec![],
        )
        .await?;
    ensure!(played[0] == 200, "{played}");
    ensure!(
        played[1].as_str().is_some_and(|t| t.starts_with("audio/")),
        "{played}"
    );
    ensure!(played[2].as_u64().is_some_and(|n| n > 1000), "{played}");
    h.screenshot("feedback-12-voice-focal").await?;
    // The steward has no such case, nor its recording.
    h.open("/steward").await?;
    h.click("#steward-sign-out").await?;
    h.find("#steward-username").await?;
    h.sign_in_as("steward").await?;
    ensure!(
        h.absent(".case-voice").await?,
        "the steward sees the sensitive voice message"
    );
    let _ = code;
    h.finish().await
}
