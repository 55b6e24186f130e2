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
    h.wait_text("p.error:has(+ .actions)", |t| {
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
    h.wait_text("p.error:has(+ .actions)", |t| {
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
