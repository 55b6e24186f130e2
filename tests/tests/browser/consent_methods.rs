//! Every consent method in headless Chromium: a mark before a witness, a minor's assent
//! with a guardian's consent, and consent by a proxy with the reason. Each refuses to go
//! on without its proof, then is saved, synced and kept by the server with its method.

use anyhow::Result;
use e2e::{Harness, sync_message};

const PASSPHRASE: &str = "baobab shade at noon 3";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_mark_a_minor_with_a_guardian_and_a_proxy_are_each_recorded() -> Result<()> {
    let h = Harness::enrolled(PASSPHRASE).await?;
    let field = h.field();
    let needs = ["needs_assessment"];
    // Consent given: the interview opens; fill the household and save it.
    let give_and_save = || async {
        h.click("#consent-give").await?;
        h.find("#page-1").await?;
        field
            .fill_household(
                "2025-11-20",
                "Camp Alpha",
                "Fatima Said",
                &[("Fatima", "female", "34")],
            )
            .await?;
        field.save().await.map(drop)
    };

    // A mark (an X drawn with a finger) before a witness.
    field
        .start_consent("mark", &needs, &[("#witness", "Amina")])
        .await?;
    h.screenshot("methods-01-mark").await?;
    give_and_save().await?;

    // A minor: without the child's own assent the consent cannot be given.
    field
        .start_consent(
            "guardian",
            &needs,
            &[
                ("#consent-person", "Halima Said"),
                ("#consent-relationship", "mother"),
                ("#witness", "Amina"),
            ],
        )
        .await?;
    let note = h.text("#consent-minimum-age").await?;
    assert!(
        note.contains("under 18"),
        "the project's age threshold: {note}"
    );
    h.click("#consent-give").await?;
    h.wait_text("#consent-problems", |t| {
        t.contains("Ask the child whether they agree")
    })
    .await?;
    h.click("#consent-assent").await?;
    h.screenshot("methods-02-guardian").await?;
    give_and_save().await?;

    // A proxy: the reason is required.
    field
        .start_consent(
            "proxy",
            &needs,
            &[
                ("#consent-person", "Yusuf Said"),
                ("#consent-relationship", "son"),
                ("#witness", "Amina"),
            ],
        )
        .await?;
    h.click("#consent-give").await?;
    h.wait_text("#consent-problems", |t| {
        t.contains("why the respondent cannot consent")
    })
    .await?;
    h.type_into("#consent-reason", "Unconscious after a stroke")
        .await?;
    h.screenshot("methods-03-proxy").await?;
    give_and_save().await?;

    field.sync(&sync_message("en", 3, 0, 0)).await?;
    let mut methods = Vec::new();
    for s in h.server_submissions().await? {
        let id = s["id"].as_str().unwrap_or_default();
        let receipt = h
            .server_get(&format!("/submissions/{id}/consent-receipt"))
            .await?;
        methods.push(
            receipt["collectionMethod"]
                .as_str()
                .unwrap_or_default()
                .to_string(),
        );
    }
    methods.sort();
    assert!(methods[0].starts_with("consent by a proxy"), "{methods:?}");
    assert!(methods[1].starts_with("mark made"), "{methods:?}");
    assert!(methods[2].starts_with("minor's assent"), "{methods:?}");
    h.finish().await
}

/// The demo form's phone number serves only referrals: asked and kept when the respondent
/// accepts a referral, never shown (so never stored) when they do not.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_question_serving_a_refused_purpose_is_never_asked() -> Result<()> {
    const NUMBER: &str = "+254700123456";
    let h = Harness::enrolled(PASSPHRASE).await?;
    let field = h.field();
    let member = [("Fatima", "female", "34")];

    field
        .verbal_consent("en", "Amina", &["needs_assessment", "referral"])
        .await?;
    field
        .fill_household_reachable(
            "2025-11-20",
            "Camp Alpha",
            "Fatima Said",
            &member,
            Some(NUMBER),
        )
        .await?;
    field.save().await?;

    field
        .verbal_consent("en", "Amina", &["needs_assessment"])
        .await?;
    field.date("interview_date", "2025-11-20").await?;
    field.answer("admin_area", "Camp Beta").await?;
    field.next(2).await?;
    h.find("#q-respondent_name").await?;
    h.screenshot("purpose-01-no-referral").await?;
    assert!(
        h.absent("#q-respondent_phone").await?,
        "the phone number is asked though referral was refused"
    );
    h.click("#back").await?;
    h.find("#page-1").await?;
    field
        .fill_household("2025-11-20", "Camp Beta", "Hawa Ali", &member)
        .await?;
    field.save().await?;
    field.sync(&sync_message("en", 2, 0, 0)).await?;

    let submissions = h.server_submissions().await?;
    let phone_of = |area: &str| {
        submissions
            .iter()
            .find(|s| s["answers"]["admin_area"] == area)
            .map(|s| s["answers"].get("respondent_phone").cloned())
    };
    assert_eq!(phone_of("Camp Alpha"), Some(Some(NUMBER.into())));
    assert_eq!(phone_of("Camp Beta"), Some(None), "{submissions:?}");
    h.finish().await
}

/// The comprehension check: a wrong answer shows what to explain again, and consent
/// cannot be given until every answer is right.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn consent_waits_until_every_point_is_understood() -> Result<()> {
    let h = Harness::enrolled(PASSPHRASE).await?;
    h.click("#new-interview").await?;
    h.click("#purpose-needs_assessment").await?;
    h.click("#method-verbal").await?;
    h.type_into("#witness", "Amina").await?;
    h.click("#understand-voluntary-yes").await?;
    // "Will saying no change the help your household receives?" — "yes" is wrong.
    h.click("#understand-aid_unchanged-yes").await?;
    let again = h
        .wait_text(
            ".understand:has(#understand-aid_unchanged-yes) .warn",
            |t| t.contains("the help you receive stays the same"),
        )
        .await?;
    assert!(again.starts_with("Not quite"), "{again}");
    h.scroll_to(".understanding").await?;
    h.screenshot("understanding-01-explain-again").await?;
    h.click("#consent-give").await?;
    h.wait_text("#consent-problems", |t| {
        t.contains("Ask every question about understanding")
    })
    .await?;
    assert!(
        h.absent("#page-1").await?,
        "no interview before understanding"
    );

    // Explained again, asked again, answered rightly: consent can be given.
    h.click("#understand-aid_unchanged-no").await?;
    let warn = h
        .find(".understand:has(#understand-aid_unchanged-yes) .warn")
        .await?;
    assert!(!warn.is_displayed().await?, "the explanation is put away");
    h.click("#consent-give").await?;
    h.find("#page-1").await?;

    // The steward sees which point had to be explained again.
    let field = h.field();
    field
        .fill_household(
            "2025-11-20",
            "Camp Alpha",
            "Fatima Said",
            &[("Fatima", "female", "34")],
        )
        .await?;
    field.save().await?;
    field.sync(&sync_message("en", 1, 0, 0)).await?;
    h.steward_sign_in().await?;
    h.wait_text("#submissions .explained", |t| {
        t.contains("Will saying no change the help")
    })
    .await?;
    h.scroll_to("#submissions").await?;
    h.screenshot("understanding-02-steward").await?;
    h.finish().await
}

/// For respondents who do not read: the admin's recording of the consent text plays on
/// the consent screen, and stays on the phone for interviews without network.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_consent_text_plays_from_a_recording_kept_on_the_phone() -> Result<()> {
    let h = Harness::start().await?;
    let admin = h.admin().await?;
    let uploaded: serde_json::Value = admin
        .put(format!("{}/api/v1/media/consent-en.wav", h.base))
        .header("content-type", "audio/wav")
        .body(forms::demo::sample_recording(2))
        .send()
        .await?
        .error_for_status()?
        .json()
        .await?;
    let url = uploaded["url"].as_str().unwrap_or_default().to_string();
    let template = include_str!("../../../server/consent/demo.toml").replacen(
        "\n[[purposes]]",
        "\n[audio]\nen = \"consent-en.wav\"\n\n[[purposes]]",
        1,
    );
    admin
        .put(format!("{}/api/v1/consent-template", h.base))
        .body(template)
        .send()
        .await?
        .error_for_status()?;
    let field = h.field();
    h.open("/collect").await?;
    field.enroll(PASSPHRASE).await?;

    // Kept in the service worker's media cache as soon as the phone has the template.
    let kept = h
        .browser
        .execute_async(
            "const [url, done] = arguments;
             const look = () => caches.open('sauti-media').then((c) => c.match(url))
               .then((r) => (r ? done(true) : setTimeout(look, 100)));
             look();",
            vec![url.clone().into()],
        )
        .await?;
    assert_eq!(kept, true);

    // With no network, reopened from the service worker: the recording still plays.
    h.service_worker_ready().await?;
    h.browser.refresh().await?;
    h.find("#unlock-passphrase").await?;
    h.cdp("Network.enable", serde_json::json!({})).await?;
    h.cdp(
        "Network.emulateNetworkConditions",
        serde_json::json!({ "offline": true, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1 }),
    )
    .await?;
    h.browser.refresh().await?;
    field.unlock(PASSPHRASE).await?;
    h.click("#new-interview").await?;
    let audio = h.find("#consent-audio").await?;
    assert!(audio.is_displayed().await?, "the player is shown");
    assert_eq!(audio.attr("src").await?.as_deref(), Some(url.as_str()));
    let duration = h
        .browser
        .execute_async(
            "const done = arguments[arguments.length - 1];
             const a = document.querySelector('#consent-audio');
             a.addEventListener('loadedmetadata', () => done(a.duration), { once: true });
             a.addEventListener('error', () => done(-1), { once: true });
             a.load();",
            vec![],
        )
        .await?;
    let seconds = duration.as_f64().unwrap_or(-1.0);
    assert!(
        (1.9..2.1).contains(&seconds),
        "plays {seconds} s, not the 2 s recorded"
    );
    h.screenshot("consent-audio").await?;
    // A language without a recording shows no player.
    h.select("#respondent-lang", "fr").await?;
    assert!(!h.find("#consent-audio").await?.is_displayed().await?);
    h.finish().await
}
