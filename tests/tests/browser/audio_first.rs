//! Audio-first interviews (issue 24): a coordinator records the consent text and a
//! question in Swahili in the browser (Chromium's fake microphone), listens, records
//! again, saves the recordings as a draft and publishes it; an enumerator runs an
//! audio-first interview in Swahili without network: the consent text and each
//! question's prompt play by themselves, one question per screen, the choices' pictures
//! large; the server's record says the consent text was played.

use std::time::Duration;

use crate::sheets::workbook;
use anyhow::{Result, bail};
use e2e::Harness;
use serde_json::{Value, json};

const PASSPHRASE: &str = "baobab by the river 7";

/// A form in English and Swahili: where the water comes from (choices with pictures),
/// then how many people live here.
fn water_form() -> Result<forms::model::Form> {
    let sheets: [(&str, &[&[&str]]); 3] = [
        (
            "survey",
            &[
                &[
                    "type",
                    "name",
                    "label::English (en)",
                    "label::Swahili (sw)",
                    "required",
                ],
                &[
                    "select_one water",
                    "water",
                    "Where does the water come from?",
                    "Maji yanatoka wapi?",
                    "yes",
                ],
                &[
                    "integer",
                    "people",
                    "How many people live here?",
                    "Watu wangapi wanaishi hapa?",
                    "yes",
                ],
            ],
        ),
        (
            "choices",
            &[
                &[
                    "list_name",
                    "name",
                    "label::English (en)",
                    "label::Swahili (sw)",
                    "media::image",
                ],
                &["water", "well", "A well", "Kisima", "well.png"],
                &["water", "river", "A river", "Mto", "well.png"],
            ],
        ),
        (
            "settings",
            &[&["form_id", "form_title"], &["water", "Water"]],
        ),
    ];
    Ok(forms::xlsform::import(&workbook(&sheets)?, "water.xlsx")?.form)
}

/// The demo consent template with a Swahili text (every other field in Swahili too, in
/// English words where this test does not read them).
fn swahili_consent() -> String {
    const TEXT: &str = "Tunakusanya taarifa kuhusu mahitaji ya kaya yako ili msaada uwafikie wanaouhitaji zaidi. Kushiriki ni hiari yako na hakutabadilisha msaada unaopata.";
    let demo = include_str!("../../../server/consent/demo.toml");
    let mut out = String::new();
    let mut section = "";
    for line in demo.lines() {
        if line.starts_with('[') {
            section = line;
        }
        out.push_str(&line.replace("{ en = ", "{ sw = \"Kiswahili\", en = "));
        out.push('\n');
        if let Some(rest) = line.strip_prefix("en = ") {
            let sw = if section == "[text]" {
                format!("{TEXT:?}")
            } else {
                rest.to_string()
            };
            out.push_str(&format!("sw = {sw}\n"));
        }
    }
    out
}

/// Wait until `script` (a JS expression) is true in the page, up to `seconds`.
async fn until(h: &Harness, script: &str, seconds: u64, what: &str) -> Result<()> {
    for _ in 0..seconds * 10 {
        if h.browser
            .execute(&format!("return !!({script});"), vec![])
            .await?
            == json!(true)
        {
            return Ok(());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    bail!("{what}: not within {seconds} s ({script})")
}

/// Record for about `ms` in the row `row` of the recording page, and wait for its player.
async fn record(h: &Harness, row: &str, ms: u64) -> Result<String> {
    let before = h
        .browser
        .execute(
            &format!("const a = document.querySelector('#{row} audio'); return a ? a.src : '';"),
            vec![],
        )
        .await?;
    h.click(&format!("#{row} button.record")).await?;
    h.find(&format!("#{row} button.stop:not([hidden])")).await?;
    tokio::time::sleep(Duration::from_millis(ms)).await;
    h.click(&format!("#{row} button.stop")).await?;
    let changed = format!(
        "document.querySelector('#{row} audio') && document.querySelector('#{row} audio').src !== {before}"
    );
    if let Err(e) = until(h, &changed, 15, "the recording is uploaded and shown").await {
        // What the page said instead (a refused microphone, an upload refused).
        let said = h.text("#recordings p.error").await.unwrap_or_default();
        bail!("{e}; the page says: {said:?}");
    }
    let src = h
        .find(&format!("#{row} audio"))
        .await?
        .attr("src")
        .await?
        .unwrap_or_default();
    Ok(src)
}

/// The page at a phone's width.
async fn phone_size(h: &Harness) -> Result<()> {
    h.cdp(
        "Emulation.setDeviceMetricsOverride",
        json!({ "width": 360, "height": 740, "deviceScaleFactor": 1, "mobile": true }),
    )
    .await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_coordinator_records_swahili_prompts_and_an_enumerator_runs_an_audio_first_interview_offline()
-> Result<()> {
    let mut h = Harness::start().await?;
    let admin = h.admin().await?;
    admin
        .put(format!("{}/api/v1/media/well.png", h.base))
        .header("content-type", "image/png")
        .body(forms::demo::sample_picture())
        .send()
        .await?
        .error_for_status()?;
    admin
        .put(format!("{}/api/v1/consent-template", h.base))
        .body(swahili_consent())
        .send()
        .await?
        .error_for_status()?;
    h.import_form(&water_form()?).await?;
    phone_size(&h).await?;

    // The coordinator: the consent text and the first question in Swahili.
    h.sign_in_as("admin").await?;
    h.click("#open-recordings").await?;
    h.select("#record-form", "water").await?;
    h.find("#rec-q-water").await?;
    h.select("#record-lang", "sw").await?;
    h.wait_text("#rec-q-water .recording-text", |t| {
        t == "Maji yanatoka wapi?"
    })
    .await?;
    let first = record(&h, "rec-consent", 1500).await?;
    // Listened to, then recorded again: the new recording replaces the first.
    let plays = "(() => { const a = document.querySelector('#rec-consent audio'); a.play(); return true; })()";
    h.browser
        .execute(&format!("return {plays};"), vec![])
        .await?;
    until(
        &h,
        "document.querySelector('#rec-consent audio').currentTime > 0.2",
        10,
        "the coordinator hears the consent recording",
    )
    .await?;
    assert_eq!(
        h.text("#rec-consent button.record").await?,
        "Record again",
        "a recorded row offers to record again"
    );
    let consent_audio = record(&h, "rec-consent", 2000).await?;
    assert_ne!(
        first, consent_audio,
        "the second recording replaces the first"
    );
    let question_audio = record(&h, "rec-q-water", 1500).await?;
    h.wait_text("#record-unsaved", |t| t.contains('1')).await?;
    h.screenshot("audio-first-recording-page-360").await?;

    // Saved as a draft, which opens; published behind its confirmation.
    h.click("#record-save").await?;
    h.wait_text("#version-state", |t| t == "Draft").await?;
    h.click("#publish").await?;
    h.wait_text("#publish-confirm", |t| t.contains("Phones will receive"))
        .await?;
    h.click("#publish-yes").await?;
    h.wait_text("#version-state", |t| t == "Published").await?;
    let template: Value = h.server_get("/consent-template/audio").await?;
    assert_eq!(
        template["audio"]["sw"],
        consent_audio.as_str(),
        "{template}"
    );
    for url in [&consent_audio, &question_audio] {
        assert!(forms::media::is_served(url), "{url}");
    }

    // The enumerator's phone keeps the recordings, then loses the network.
    h.open("/collect").await?;
    h.field().enroll(PASSPHRASE).await?;
    let kept = format!(
        "(async () => {{ const c = await caches.open('sauti-media'); return !!(await c.match({consent_audio:?})) && !!(await c.match({question_audio:?})); }})()"
    );
    for _ in 0..100 {
        if h.browser
            .execute_async(
                &format!("const done = arguments[0]; {kept}.then(done, () => done(false));"),
                vec![],
            )
            .await?
            == json!(true)
        {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    h.stop_server().await?;

    // Audio-first, in Swahili: the consent text plays by itself, to its end.
    h.click("button.new-interview[data-form=water]").await?;
    h.select("#respondent-lang", "sw").await?;
    h.click("#audio-first").await?;
    until(
        &h,
        "document.querySelector('#consent-audio').ended",
        20,
        "the consent text's recording plays to its end",
    )
    .await?;
    h.click("#purpose-needs_assessment").await?;
    h.field().understood().await?;
    h.click("#method-verbal").await?;
    h.type_into("#witness", "Amina").await?;
    h.screenshot("audio-first-consent-360").await?;
    h.click("#consent-give").await?;

    // One question per screen, its prompt playing, the choices' pictures large.
    h.find("#page-1").await?;
    assert!(h.absent("#q-people").await?, "one question per screen");
    until(
        &h,
        "document.querySelector('.prompt-audio') && document.querySelector('.prompt-audio').currentTime > 0.2",
        20,
        "the question's prompt plays by itself",
    )
    .await?;
    let width = h
        .browser
        .execute(
            "return document.querySelector('label.choice .choice-image').getBoundingClientRect().width",
            vec![],
        )
        .await?;
    assert!(
        width.as_f64().unwrap_or_default() >= 100.0,
        "large pictures: {width}"
    );
    h.screenshot("audio-first-question-360").await?;
    h.field().choose("water", "well").await?;
    h.field().next(2).await?;
    h.field().answer("people", "4").await?;
    h.field().save().await?;

    // Back online: sent, and the server's record says the text was played.
    h.start_server().await?;
    h.field().sync(&e2e::sync_message("en", 1, 0, 0)).await?;
    let items = h.server_submissions().await?;
    let id = items
        .iter()
        .find(|i| i["form_id"] == "water")
        .and_then(|i| i["id"].as_str())
        .expect("the interview reached the server")
        .to_string();
    let record: Value = h.server_get(&format!("/submissions/{id}")).await?;
    assert_eq!(record["consent"]["played_audio"], true, "{record}");
    assert_eq!(record["consent"]["language"], "sw", "{record}");
    h.finish().await
}
