//! The community review page end to end in headless Chromium: an enumerator records
//! consent with the respondent's four digits (typed on an Arabic keyboard), the record
//! syncs and is exported; the respondent looks it up with the receipt code in French and
//! in Arabic, withdraws one purpose (the record leaves that purpose's export only), then
//! everything (the answers are deleted); guessing on the page is slowed down.

use anyhow::Result;
use e2e::{Harness, sync_message};

const PASSPHRASE: &str = "baobab shade at noon 3";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_respondent_reviews_narrows_and_withdraws_their_consent() -> Result<()> {
    let h = Harness::enrolled(PASSPHRASE).await?;
    let field = h.field();
    field
        .verbal_consent_with_access(
            "fr",
            "Amina",
            &["needs_assessment", "referral"],
            Some("٤٨٢١"),
        )
        .await?;
    field
        .fill_household(
            "2025-11-20",
            "Camp Alpha",
            "Fatima Said",
            &[("Fatima", "female", "34")],
        )
        .await?;
    let receipt = field.save().await?;
    field.sync(&sync_message("en", 1, 0, 0)).await?;
    let id = h.server_submissions().await?[0]["id"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    h.sign_in_as("steward").await?;
    h.approve(&id).await?;
    assert!(h.server_text("/exports/steward").await?.contains(&id));

    // The receipt's QR code opens the page with the code filled in.
    h.open(&format!("/community#r={receipt}")).await?;
    field.use_language("fr").await?;
    let scanned = h.find("#community-receipt").await?.prop("value").await?;
    assert_eq!(scanned.as_deref(), Some(receipt.as_str()));
    // Typed loosely instead (small letters, no dashes); wrong digits: a clear message.
    let loose = receipt.replace('-', "").to_lowercase();
    h.set_value("#community-receipt", &loose).await?;
    h.type_into("#community-access", "1111").await?;
    h.screenshot("community-00-form").await?;
    h.click("#community-look-up").await?;
    h.wait_text(".error", |t| t.contains("Aucun consentement ne correspond"))
        .await?;
    assert!(h.absent("#community-standing").await?);

    // The right digits: what was agreed, in French.
    h.set_value("#community-access", "4821").await?;
    h.click("#community-look-up").await?;
    let summary = h
        .wait_text("#community-summary", |t| {
            t.contains("a recueilli votre consentement")
        })
        .await?;
    assert!(summary.contains("enumerator"), "{summary}");
    let purposes = h.text("#community-purposes").await?;
    assert!(purposes.contains("Évaluation des besoins"), "{purposes}");
    assert!(
        purposes.contains("Orientation vers des services"),
        "{purposes}"
    );
    assert!(
        !purposes.contains("Partage avec les partenaires"),
        "not accepted"
    );
    let held = h.text("#community-categories").await?;
    assert!(
        held.contains("Localisation") && held.contains("Abri"),
        "{held}"
    );
    let shared = h.text("#community-shared").await?;
    assert!(shared.contains("steward"), "the export shows: {shared}");
    h.scroll_to("#community-summary").await?;
    h.screenshot("community-01-fr").await?;

    // The same in Arabic, right to left.
    field.use_language("ar").await?;
    h.wait_text("#community-purposes", |t| t.contains("تقييم الاحتياجات"))
        .await?;
    h.scroll_to("#community-summary").await?;
    h.screenshot("community-02-ar").await?;

    // Withdraw the needs assessment only: the record leaves that export at once.
    field.use_language("fr").await?;
    h.wait_text("#community-purposes", |t| {
        t.contains("Évaluation des besoins")
    })
    .await?;
    h.click("#withdraw-needs_assessment").await?;
    h.click("#community-withdraw").await?;
    h.wait_text("#community-purposes", |t| t.contains("Retiré le"))
        .await?;
    h.scroll_to("#community-purposes").await?;
    h.screenshot("community-03-narrowed").await?;
    assert!(!h.server_text("/exports/steward").await?.contains(&id));
    let held = h.server_submissions().await?;
    assert_eq!(
        held[0]["purposes"],
        serde_json::json!(["referral"]),
        "{held:?}"
    );
    let notice = h.server_text("/withdrawals/notice").await?;
    assert!(
        notice.contains(&receipt) && notice.contains("stop using this record for needs_assessment"),
        "{notice}"
    );

    // Withdraw everything: asked twice, then the answers are gone.
    h.click("#community-withdraw-all").await?;
    h.wait_text("#community-withdraw-all", |t| {
        t.contains("supprimer toutes")
    })
    .await?;
    h.click("#community-withdraw-all").await?;
    h.wait_text("#community-summary", |t| {
        t.contains("Vos réponses ont été supprimées")
    })
    .await?;
    h.scroll_to("#community-summary").await?;
    h.screenshot("community-04-withdrawn").await?;
    assert_eq!(h.server_count().await?, 0, "the answers are deleted");

    // Guessing someone else's digits: after five tries the page asks to wait.
    let mut throttled = false;
    for guess in 1..=12 {
        h.set_value("#community-access", &format!("{guess:04}"))
            .await?;
        h.click("#community-look-up").await?;
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
        if h.text(".error").await?.contains("Trop de tentatives") {
            assert!(guess >= 5, "five free tries first (guess {guess})");
            throttled = true;
            break;
        }
    }
    assert!(throttled, "guessing is slowed down");
    h.screenshot("community-05-throttled").await?;
    h.finish().await
}

/// A respondent met later in the field withdraws: the enumerator records it offline with
/// the receipt code, a mistyped code is caught on the phone, and the next sync carries
/// the withdrawal out on the server.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_withdrawal_recorded_in_the_field_deletes_the_answers_at_the_next_sync() -> Result<()> {
    let h = Harness::enrolled(PASSPHRASE).await?;
    let field = h.field();
    field.one_person_household("Camp Alpha").await?;
    let receipt = field.save().await?;
    field.sync(&sync_message("en", 1, 0, 0)).await?;
    assert_eq!(h.server_count().await?, 1);

    h.click(".withdrawal summary").await?;
    // One symbol changed: the check symbol catches it.
    let mut typo: Vec<char> = receipt.chars().collect();
    typo[0] = if typo[0] == '7' { '8' } else { '7' };
    h.type_into("#withdrawal-receipt", &typo.into_iter().collect::<String>())
        .await?;
    h.click("#withdrawal-submit").await?;
    h.wait_text("#withdrawal-note", |t| t.contains("typing mistake"))
        .await?;
    h.set_value("#withdrawal-receipt", &receipt.to_lowercase())
        .await?;
    h.click("#withdrawal-submit").await?;
    h.wait_text("#withdrawal-note", |t| {
        t.contains("leaves with the next sync")
    })
    .await?;
    h.scroll_to("#withdrawal-note").await?;
    h.screenshot("community-06-field-withdrawal").await?;
    assert_eq!(h.server_count().await?, 1, "nothing leaves before a sync");

    h.click("#sync").await?;
    let mut gone = false;
    for _ in 0..50 {
        if h.server_count().await? == 0 {
            gone = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(gone, "the sync carried the withdrawal out");
    let notice = h.server_text("/withdrawals/notice").await?;
    assert!(notice.starts_with('\u{feff}'), "a CSV for Excel: {notice}");
    h.finish().await
}
