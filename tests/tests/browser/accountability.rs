//! "We did" and the participatory audit in headless Chromium at phone size (issue 23): a
//! steward publishes on the steward page what the project did about five complaints; the
//! public dashboard lists it with the count and none of the complaints' words; the
//! community monitor signs in, opens the audit page and reads it in English and in Arabic
//! without the page scrolling sideways.

use anyhow::{Result, ensure};
use e2e::Harness;
use serde_json::json;

const COMPLAINT: &str = "The water point near the school has been dry since Monday";

/// The page is no wider than the screen (a wide table scrolls inside its own box).
async fn fits(h: &Harness, what: &str) -> Result<()> {
    let widths = h
        .browser
        .execute(
            "return [document.documentElement.scrollWidth, document.documentElement.clientWidth];",
            vec![],
        )
        .await?;
    let (scroll, client) = (widths[0].as_u64(), widths[1].as_u64());
    ensure!(
        scroll.is_some() && scroll <= client,
        "{what}: the page scrolls sideways ({scroll:?} > {client:?})"
    );
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_steward_publishes_what_was_done_and_the_monitor_reads_the_audit() -> Result<()> {
    let h = Harness::start().await?;
    let public = reqwest::Client::new();
    for _ in 0..5 {
        public
            .post(format!("{}/api/v1/community/feedback", h.base))
            .json(&json!({"project": "demo", "category": "complaint", "message": COMPLAINT}))
            .send()
            .await?
            .error_for_status()?;
    }

    // The steward links the five complaints to what was done.
    h.sign_in_as("steward").await?;
    h.wait_text("#dashboard-actions", |t| t.contains("The water point"))
        .await?;
    h.type_into("#action-title", "Water point repaired").await?;
    h.type_into("#action-text", "A new pump was fitted on Thursday.")
        .await?;
    let boxes = h
        .browser
        .find_all(fantoccini::Locator::Css(
            "#dashboard-actions input.action-case",
        ))
        .await?;
    ensure!(boxes.len() == 5, "five complaints to link: {}", boxes.len());
    for b in boxes {
        b.click().await?;
    }
    h.scroll_to("#action-publish").await?;
    h.click("#action-publish").await?;
    let listed = h
        .wait_text("#dashboard-actions .published-action", |t| {
            t.contains("Water point repaired")
        })
        .await?;
    ensure!(listed.contains('5'), "{listed}");
    h.scroll_to("#dashboard-actions").await?;
    h.screenshot("accountability-00-steward-action").await?;

    // The public page: the action and its count, never the complaints' words.
    h.open("/p/demo/dashboard?lang=en").await?;
    let page = h.text("main").await?;
    ensure!(page.contains("Water point repaired"), "{page}");
    ensure!(page.contains("Feedback it answers: 5"), "{page}");
    ensure!(
        !page.contains(COMPLAINT),
        "a complaint's words on the public page"
    );
    fits(&h, "dashboard").await?;
    h.scroll_to("ol").await?;
    h.screenshot("accountability-01-dashboard-action").await?;

    // The monitor: signs in on the steward page, opens the audit.
    h.open("/steward").await?;
    h.click("#steward-sign-out").await?;
    h.find("#steward-username").await?;
    h.sign_in_as("monitor").await?;
    h.click("#monitor-open").await?;
    let audit = h
        .wait_text("h1", |t| t.contains("Community monitor"))
        .await?;
    ensure!(audit.contains("Demo"), "{audit}");
    let body = h.text("main").await?;
    ensure!(body.contains("Actions published in response: 1"), "{body}");
    ensure!(
        !body.contains(COMPLAINT),
        "a complaint's words in the audit"
    );
    fits(&h, "monitor, English").await?;
    h.screenshot("accountability-02-monitor-en").await?;
    h.open("/monitor?lang=ar").await?;
    h.wait_text("h1", |t| t.contains("المراقب المجتمعي"))
        .await?;
    let dir = h.find("html").await?.attr("dir").await?;
    ensure!(dir.as_deref() == Some("rtl"), "{dir:?}");
    fits(&h, "monitor, Arabic").await?;
    h.screenshot("accountability-03-monitor-ar").await?;
    h.finish().await
}
