//! Translation in the browser (issue 24): a coordinator with the translator role
//! translates the household form and the consent into Swahili side by side and marks it
//! reviewed (they cannot publish); a steward publishes; an enumerator's phone then asks
//! the consent and the questions in Swahili. Screenshots of the editor at 360 px and at
//! laptop size, and of the phone (`SAUTI_SCREENSHOTS=dir`).

use anyhow::{Result, ensure};
use e2e::Harness;
use serde_json::json;

const PASSPHRASE: &str = "kiswahili ni lugha 24";
const CONSENT_SW: &str =
    "Tunakusanya taarifa kuhusu mahitaji ya kaya yako ili msaada uwafikie wanaouhitaji zaidi.";
const AREA_SW: &str = "Kijiji, kambi au mtaa";

/// The page's size in CSS pixels, as a phone (`mobile`) or a laptop shows it.
async fn viewport(h: &Harness, width: u32, height: u32, mobile: bool) -> Result<()> {
    h.cdp(
        "Emulation.setDeviceMetricsOverride",
        json!({ "width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile }),
    )
    .await?;
    Ok(())
}

/// Write `text` into the target box of the entry `key`, as typing does (an input event).
async fn fill(h: &Harness, key: &str, text: &str) -> Result<()> {
    h.browser
        .execute(
            "const [key, text] = arguments;
             const box = document.querySelector(`tr[data-key='${key}'] textarea`);
             box.value = text;
             box.dispatchEvent(new Event('input', { bubbles: true }));",
            vec![json!(key), json!(text)],
        )
        .await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_translator_translates_a_steward_publishes_and_the_phone_asks_in_swahili() -> Result<()> {
    let h = Harness::start().await?;
    viewport(&h, 360, 740, true).await?;
    h.sign_in_as("translator").await?;
    h.find("#translate-table").await?;
    h.select("#translate-lang", "sw").await?;
    let standing = h
        .wait_text("#translate-standing li[data-lang='sw'] .done", |t| {
            t.starts_with("0 of")
        })
        .await?;
    let total: usize = standing.rsplit(' ').next().unwrap_or("0").parse()?;
    ensure!(total > 20, "{standing}");

    // Every text the form and the consent have: a few by hand, the rest marked, so the
    // consent passes its checks in Swahili.
    let keys = h
        .browser
        .execute(
            "return [...document.querySelectorAll('#translate-table tr[data-key]')]
                 .map(r => [r.dataset.key, r.querySelector('label').textContent])",
            vec![],
        )
        .await?;
    for pair in keys.as_array().into_iter().flatten() {
        let (key, source) = (
            pair[0].as_str().unwrap_or(""),
            pair[1].as_str().unwrap_or(""),
        );
        fill(&h, key, &format!("(sw) {source}")).await?;
    }
    fill(&h, "consent/text", CONSENT_SW).await?;
    fill(&h, "q/admin_area/label", AREA_SW).await?;
    h.scroll_to("tr[data-key='q/admin_area/label']").await?;
    h.screenshot("translation-editor-360").await?;
    ensure!(
        h.absent("#translate-publish").await?,
        "a translator cannot publish"
    );
    h.select("#translate-status", "reviewed").await?;
    h.scroll_to("#translate-save").await?;
    h.click("#translate-save").await?;
    h.wait_text("#translate-standing li[data-lang='sw'] .done", |t| {
        t == format!("{total} of {total}")
    })
    .await?;
    let line = h.text("#translate-standing li[data-lang='sw']").await?;
    ensure!(
        line.contains("reviewed by translator") && line.contains("not published"),
        "{line}"
    );
    viewport(&h, 1280, 800, false).await?;
    h.scroll_to("#translate-heading").await?;
    h.screenshot("translation-editor-1280").await?;
    h.scroll_to("tr[data-key='q/admin_area/label']").await?;
    h.screenshot("translation-table-1280").await?;
    // The interface's languages: each file's completeness and the unreviewed ones listed.
    h.scroll_to("#interface-languages").await?;
    h.wait_text(
        "#interface-languages tr[data-lang='sw'] td:nth-child(2)",
        |t| t.contains(" of "),
    )
    .await?;
    ensure!(
        h.find("#interface-unreviewed li[data-lang='sw']")
            .await
            .is_ok()
    );
    ensure!(h.absent("#interface-unreviewed li[data-lang='en']").await?);
    h.screenshot("translation-interface-1280").await?;
    viewport(&h, 360, 740, true).await?;
    h.click("#steward-sign-out").await?;

    // A steward publishes.
    h.sign_in_as("steward").await?;
    h.select("#translate-lang", "sw").await?;
    h.scroll_to("#translate-publish").await?;
    h.click("#translate-publish").await?;
    let done = h
        .wait_text("#translate-result", |t| t.contains("consent version 2"))
        .await?;
    ensure!(done.contains("Published"), "{done}");
    h.screenshot("translation-published-360").await?;
    h.click("#steward-sign-out").await?;

    // The enumerator's phone asks in Swahili.
    h.open("/").await?;
    let field = h.field();
    field.enroll(PASSPHRASE).await?;
    h.click("#new-interview").await?;
    h.select("#respondent-lang", "sw").await?;
    h.wait_text("#consent-text", |t| t.contains(CONSENT_SW))
        .await?;
    h.screenshot("translation-phone-consent-sw-360").await?;
    h.click("#purpose-needs_assessment").await?;
    field.understood().await?;
    h.click("#method-verbal").await?;
    h.type_into("#witness", "Amina").await?;
    h.click("#consent-give").await?;
    h.wait_text("#page-1", |t| t.contains(AREA_SW)).await?;
    h.screenshot("translation-phone-question-sw-360").await?;
    h.finish().await
}
