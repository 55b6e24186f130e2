//! Governance end to end in headless Chromium: a reviewer sends a record back with a
//! comment, the enumerator's phone shows it, the steward approves it, and a partner sees only the export shared with them,
//! from which a record that would stand out is withheld.

use anyhow::Result;
use e2e::{Harness, sync_message};

const PASSPHRASE: &str = "baobab shade at noon 3";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reviewer_sends_back_a_steward_approves_and_a_partner_gets_only_what_is_shared()
-> Result<()> {
    let h = Harness::enrolled(PASSPHRASE).await?;
    let field = h.field();
    field
        .verbal_consent("en", "Amina", &["needs_assessment", "partner_sharing"])
        .await?;
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

    // The reviewer sends it back with what to check.
    h.sign_in_as("reviewer").await?;
    let row = h.find("#submissions li").await?;
    let id = row.attr("data-id").await?.unwrap_or_default();
    assert!(h.absent("#exports").await?, "a reviewer has no exports");
    h.click(&format!("li[data-id='{id}'] button.open")).await?;
    h.click("#decide-has_issues").await?;
    h.type_into(
        "#decision-comment",
        "Age 34 but born in 2010? Please check.",
    )
    .await?;
    h.screenshot("governance-01-send-back").await?;
    h.click("#decision-yes").await?;
    h.find("#record-state[data-state='has_issues']").await?;
    h.screenshot("governance-02-sent-back").await?;
    let history = h.server_get(&format!("/submissions/{id}/comments")).await?;
    assert_eq!(history[0]["review_state"], "has_issues", "{history}");
    assert_eq!(
        history[0]["comment"],
        "Age 34 but born in 2010? Please check."
    );
    assert_eq!(history[0]["by"], "reviewer");
    h.click("#steward-sign-out").await?;

    // The enumerator's phone shows what to check once it next reaches the server.
    h.open("/collect").await?;
    field.unlock(PASSPHRASE).await?;
    h.click("#sync").await?;
    h.wait_text(".record .problems", |t| {
        t.contains("Sent back by a reviewer") && t.contains("Please check.")
    })
    .await?;
    h.scroll_to(".record .problems").await?;
    h.screenshot("governance-03-phone-sent-back").await?;

    // The steward approves it and sees both export profiles.
    h.sign_in_as("steward").await?;
    h.approve(&id).await?;
    h.find("#exports li[data-profile='steward']").await?;
    h.find("#exports li[data-profile='partners']").await?;
    let notice = h.find("#withdrawal-notice").await?;
    assert!(
        notice.is_displayed().await?,
        "stewards get the withdrawal notice"
    );
    h.screenshot("governance-04-steward-exports").await?;
    h.click("#steward-sign-out").await?;

    // The partner sees only the profile shared with them; one household alone in its camp
    // would stand out (k = 5), so the file holds the header and the HXL row only.
    h.sign_in_as("partner").await?;
    h.find("#exports li[data-profile='partners']").await?;
    assert!(
        h.absent("#exports li[data-profile='steward']").await?,
        "the steward profile is not shared with partners"
    );
    assert!(
        h.absent("#submissions").await?,
        "partners see no submissions"
    );
    assert!(
        !h.find("#withdrawal-notice").await?.is_displayed().await?,
        "partners do not"
    );
    h.screenshot("governance-05-partner").await?;
    let csv = h.fetch_text("/api/v1/exports/partners?format=csv").await?;
    assert!(csv.contains("#adm2+name"), "the HXL row: {csv}");
    assert_eq!(csv.lines().count(), 2, "header and HXL row only: {csv}");
    assert!(!csv.contains(&id) && !csv.contains("Fatima"), "{csv}");
    h.finish().await
}
