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
    // The notice names the record as the recipient's export did, and no receipt code
    // (since 4ae7da2).
    let notice = h.server_text("/withdrawals/notice").await?;
    assert!(
        notice.contains("stop using this record for needs_assessment")
            && !notice.contains(&receipt),
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

/// A withdrawal recorded in the field for an interview still queued behind more than a
/// batch of newer records (the newest leave first) is carried out in the same sync, when
/// its record arrives: it goes again with every batch until the server has carried it out.
/// Before, it went with the first batch only, found nothing, and the record that came two
/// batches later was stored, reviewable and exportable, until some later sync.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_field_withdrawal_reaches_its_record_in_a_later_batch() -> Result<()> {
    let h = Harness::enrolled(PASSPHRASE).await?;
    let field = h.field();
    field.one_person_household("Camp Alpha").await?;
    let receipt = field.save().await?;
    // Newer records than a first batch holds: the withdrawn interview goes in the second.
    let newer = forms::sync::Pace::FIRST_BATCH;
    for _ in 0..newer {
        field.refusal().await?;
    }
    h.click(".withdrawal summary").await?;
    h.type_into("#withdrawal-receipt", &receipt).await?;
    h.click("#withdrawal-submit").await?;
    h.wait_text("#withdrawal-note", |t| {
        t.contains("leaves with the next sync")
    })
    .await?;
    h.click("#sync").await?;
    // Done when the phone holds nothing queued (every batch acknowledged).
    h.wait_text("#home-message", |t| t.starts_with("Sync finished"))
        .await?;
    assert_eq!(h.phone_count("queued").await?, 0, "every record left");
    let held = h.server_submissions().await?;
    assert_eq!(held.len(), newer, "only the refusals are held: {held:?}");
    assert!(
        held.iter().all(|s| s["receipt"] != receipt.as_str()),
        "the withdrawn interview was stored"
    );
    h.finish().await
}

/// What the server answers when a receipt code is locked for good (423), when password
/// checking is saturated (503) and when nothing matches (404, also what a respondent who
/// withdrew everything gets: nothing is kept to check the digits against) is said in the
/// user's language: on the community page, on the phone's first sign-in and on the
/// stewards' sign-in. The 423 and 503 are the server's own bodies, answered by the page's
/// `fetch` (locking a code takes fifty wrong guesses from several networks).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_servers_refusals_are_said_in_the_users_language() -> Result<()> {
    let h = Harness::start().await?;
    let field = h.field();
    const BUSY: &str = r#"{"error":"err-busy","message":"busy"}"#;
    const LOCKED: &str = r#"{"error":"err-code-locked","message":"locked"}"#;

    // The phone's first sign-in while the server is busy checking passwords, in Arabic.
    h.open("/collect").await?;
    field.use_language("ar").await?;
    h.answer_with("/devices/enroll", 503, BUSY).await?;
    h.type_into("#setup-username", "enumerator").await?;
    h.type_into("#setup-password", &h.password("enumerator"))
        .await?;
    h.click("#setup-signin").await?;
    // The refusal brings the account step back with the words.
    h.find("#setup-signin").await?;
    h.wait_text(".error", |t| t.contains("الخادم مشغول"))
        .await?;
    h.scroll_to(".error").await?;
    h.screenshot("errors-01-enrol-busy-ar").await?;

    // The stewards' sign-in, in French.
    h.open("/steward").await?;
    field.use_language("fr").await?;
    h.answer_with("/auth/login", 503, BUSY).await?;
    h.type_into("#steward-username", "steward").await?;
    h.type_into("#steward-password", &h.password("steward"))
        .await?;
    h.click("#steward-submit").await?;
    h.wait_text(".error", |t| t.contains("Le serveur est occupé"))
        .await?;
    h.screenshot("errors-02-sign-in-busy-fr").await?;

    // The community page: a code and digits that match nothing (the real server).
    h.open("/community").await?;
    field.use_language("en").await?;
    let code = forms::receipt::ReceiptCode::from_random(0x0123_4567_89ab_cdef).to_string();
    h.type_into("#community-receipt", &code).await?;
    h.type_into("#community-access", "4821").await?;
    h.click("#community-look-up").await?;
    h.wait_text(".error", |t| {
        t.contains("If you withdrew your consent, nothing is kept any more")
    })
    .await?;
    h.screenshot("errors-03-community-not-found-en").await?;
    field.use_language("ar").await?;
    h.click("#community-look-up").await?;
    h.wait_text(".error", |t| t.contains("ولا حتى بأرقامك"))
        .await?;
    h.screenshot("errors-04-community-not-found-ar").await?;

    // A code locked after too many wrong digits: the way left is through people.
    h.answer_with("/community/lookup", 423, LOCKED).await?;
    h.click("#community-look-up").await?;
    h.wait_text(".error", |t| t.contains("رمز الإيصال هذا مقفل"))
        .await?;
    h.screenshot("errors-05-community-locked-ar").await?;
    field.use_language("fr").await?;
    h.click("#community-look-up").await?;
    h.wait_text(".error", |t| {
        t.contains("bloqué") && t.contains("point focal du projet")
    })
    .await?;
    h.screenshot("errors-06-community-locked-fr").await?;
    h.finish().await
}

/// A respondent whose consent another enumerator took withdraws in the field. Recorded
/// with the receipt code alone, the server refuses it: the phone says so in the
/// enumerator's language, with what to do, and does not send it again. Recorded again
/// with the respondent's four digits (typed on an Arabic keyboard), it is carried out.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_field_withdrawal_of_another_enumerators_interview_needs_the_respondents_digits()
-> Result<()> {
    let h = Harness::enrolled(PASSPHRASE).await?;
    let field = h.field();
    field
        .verbal_consent_with_access("en", "Amina", &["needs_assessment"], Some("4821"))
        .await?;
    field
        .fill_household(
            "2025-11-20",
            "Camp Alpha",
            "Fatima",
            &[("Fatima", "female", "34")],
        )
        .await?;
    let receipt = field.save().await?;
    field.sync(&sync_message("en", 1, 0, 0)).await?;

    // Another enumerator's phone.
    let password = h.create_enumerator("halima").await?;
    h.restore_storage("{}").await?;
    h.open("/collect").await?;
    field.enroll_as("halima", &password, PASSPHRASE).await?;

    // The slip alone.
    h.click(".withdrawal summary").await?;
    h.type_into("#withdrawal-receipt", &receipt).await?;
    h.screenshot("field-withdrawal-01-form-en").await?;
    h.click("#withdrawal-submit").await?;
    h.wait_text("#withdrawal-note", |t| {
        t.contains("leaves with the next sync")
    })
    .await?;
    h.click("#sync").await?;
    h.wait_text("#home-message", |t| t.contains("Withdrawals refused: 1"))
        .await?;
    let refused = h
        .wait_text("#withdrawals-refused", |t| t.contains("was refused"))
        .await?;
    assert!(
        refused.contains(&receipt) && refused.contains("focal point"),
        "{refused}"
    );
    h.scroll_to("#withdrawals-refused").await?;
    h.screenshot("field-withdrawal-02-refused-en").await?;
    assert_eq!(h.server_count().await?, 1, "nothing was withdrawn");
    // Not sent again: nothing waits.
    h.click("#sync").await?;
    h.wait_text("#home-message", |t| t.contains("Nothing to sync"))
        .await?;
    assert!(h.text("#withdrawals-refused").await?.contains(&receipt));

    // In Arabic, then again with the respondent's digits.
    field.use_language("ar").await?;
    h.wait_text("#withdrawals-refused", |t| t.contains("رُفض سحب الموافقة"))
        .await?;
    h.scroll_to("#withdrawals-refused").await?;
    h.screenshot("field-withdrawal-03-refused-ar").await?;
    // Wrong-looking digits are caught on the phone.
    h.type_into("#withdrawal-receipt", &receipt).await?;
    h.type_into("#withdrawal-access", "٤٨٢").await?;
    h.click("#withdrawal-submit").await?;
    h.wait_text("#withdrawal-note", |t| t.contains("الأرقام الأربعة"))
        .await?;
    h.type_into("#withdrawal-access", "٤٨٢١").await?;
    h.scroll_to("#withdrawal-access").await?;
    h.screenshot("field-withdrawal-04-digits-ar").await?;
    h.click("#withdrawal-submit").await?;
    h.wait_text("#withdrawal-note", |t| t.contains("سُجّل السحب"))
        .await?;
    // Recorded again: the refusal is no longer shown.
    h.wait_text("#withdrawals-refused", |t| !t.contains(&receipt))
        .await?;
    h.click("#sync").await?;
    let mut gone = false;
    for _ in 0..50 {
        if h.server_count().await? == 0 {
            gone = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(gone, "carried out with the respondent's digits");
    h.finish().await
}
