//! The walking skeleton, end to end in headless Chromium: enroll a phone, lock it with a
//! passphrase, take consent and fill the demo form in Arabic, save, sync, approve as the
//! steward, and export.

use anyhow::Result;
use e2e::{Harness, sync_message};
use forms::i18n::{tr, tr_args};

const PASSPHRASE: &str = "olive tree at dawn 7";
const AREA: &str = "مخيم الأمل";
const RESPONDENT: &str = "فاطمة حسن";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn arabic_interview_is_saved_encrypted_synced_once_approved_and_exported_once() -> Result<()>
{
    let h = Harness::start().await?;
    let field = h.field();
    h.open("/collect").await?;
    field.use_language("ar").await?;
    assert_eq!(
        h.browser
            .execute("return document.documentElement.dir", vec![])
            .await?,
        "rtl"
    );
    h.screenshot("01-setup-ar").await?;
    field.enroll(PASSPHRASE).await?;

    field
        .verbal_consent("ar", "Amina Yusuf", &["needs_assessment", "referral"])
        .await?;
    h.screenshot("02-first-page-ar").await?;
    field
        .fill_household(
            "2025-11-20",
            AREA,
            RESPONDENT,
            &[("فاطمة", "female", "34"), ("علي", "male", "6")],
        )
        .await?;
    h.screenshot("03-last-page-ar").await?;
    let receipt = field.save().await?;
    assert!(
        forms::receipt::ReceiptCode::parse(&receipt).is_ok(),
        "receipt {receipt:?} is a valid code"
    );
    h.screenshot("04-home-queued-ar").await?;
    // The record is named by the form's `instance_name`: the respondent and the area.
    assert_eq!(
        h.text("section[data-status=queued] .record-name").await?,
        format!("{RESPONDENT} – {AREA}")
    );

    // Nothing readable reaches browser storage: no answer, no passphrase, no purpose.
    let stored = h.stored().await?;
    for secret in [
        AREA,
        RESPONDENT,
        "فاطمة",
        PASSPHRASE,
        "needs_assessment",
        "Amina",
        &h.password("enumerator"),
    ] {
        assert!(!stored.contains(secret), "browser storage holds {secret:?}");
    }
    let dump: serde_json::Value = serde_json::from_str(&stored)?;
    let header: serde_json::Value =
        serde_json::from_str(dump["sauti/vault"].as_str().unwrap_or_default())?;
    assert_eq!(header["kdf"], "argon2id");
    assert_eq!(header["params"]["m_kib"], 19456, "Argon2id with 19 MiB");

    // Sync; then replay the moment before the acknowledgement (as if it was lost on
    // the way back) and sync again: the server must not store the record twice.
    let before_sync = h.stored().await?;
    field.sync(&sync_message("ar", 1, 0, 0)).await?;
    h.find("section[data-status=synced] li.record").await?;
    h.restore_storage(&before_sync).await?;
    h.browser.refresh().await?;
    field.unlock(PASSPHRASE).await?;
    h.find("section[data-status=queued] li.record").await?;
    field.sync(&sync_message("ar", 0, 1, 0)).await?;

    // The steward sees it once, approves it, and the CSV holds it exactly once.
    h.open("/steward").await?;
    h.type_into("#steward-username", "steward").await?;
    h.type_into("#steward-password", &h.password("steward"))
        .await?;
    h.click("#steward-submit").await?;
    let row = h.find("#submissions li").await?;
    let rows = h
        .browser
        .find_all(fantoccini::Locator::Css("#submissions li"))
        .await?;
    assert_eq!(rows.len(), 1, "one submission on the server");
    let id = row.attr("data-id").await?.unwrap_or_default();
    assert_eq!(row.attr("data-state").await?.as_deref(), Some("received"));
    assert_eq!(
        h.text("#submissions li .record-name").await?,
        format!("{RESPONDENT} – {AREA}")
    );
    h.screenshot("05-steward-ar").await?;
    h.approve(&id).await?;
    let csv = h.fetch_text("/api/v1/forms/household/export.csv").await?;
    assert_eq!(csv.matches(&id).count(), 1, "{csv}");
    assert!(csv.contains(AREA));
    // The team's export pseudonymises names, so it carries no receipt code (half the key
    // to the community page).
    assert!(!csv.contains(&receipt), "{csv}");
    h.finish().await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn wrong_passphrase_shows_the_error_and_changes_nothing() -> Result<()> {
    let h = Harness::start().await?;
    let field = h.field();
    h.open("/collect").await?;
    field.use_language("fr").await?;
    field.enroll(PASSPHRASE).await?;
    h.click("#lock").await?;
    let before = h.stored().await?;
    field.unlock("not the passphrase").await?;
    h.wait_text("[role=alert]", |t| t == tr("fr", "err-wrong-passphrase"))
        .await?;
    h.screenshot("06-wrong-passphrase-fr").await?;
    let after = h.stored().await?;
    let vault = |dump: &str| -> serde_json::Value {
        let all: serde_json::Value = serde_json::from_str(dump).unwrap_or_default();
        all["sauti/vault"].clone()
    };
    assert_eq!(
        vault(&before),
        vault(&after),
        "the vault header is untouched"
    );
    field.unlock(PASSPHRASE).await?;
    h.find("#new-interview").await?;
    // The passphrase was derived in the key-derivation worker, not on the page's thread.
    let worker_started = h
        .browser
        .execute(
            "return performance.getEntriesByType('resource').some(e => e.name.endsWith('/kdf-worker.js'))",
            vec![],
        )
        .await?;
    assert_eq!(worker_started, true);
    h.finish().await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_tampered_record_is_named_and_the_others_still_open() -> Result<()> {
    let h = Harness::enrolled(PASSPHRASE).await?;
    let field = h.field();
    for _ in 0..2 {
        // A refusal is a complete record with no answers.
        field.refusal().await?;
    }
    h.find("section[data-status=queued] li.record + li.record")
        .await?;
    // Flip one character of one record's ciphertext.
    let stored: serde_json::Map<String, serde_json::Value> =
        serde_json::from_str(&h.stored().await?)?;
    let (key, text) = stored
        .iter()
        .find(|(k, _)| k.starts_with("sauti/sealed/record/"))
        .expect("a sealed record");
    let mut envelope: serde_json::Value = serde_json::from_str(text.as_str().unwrap_or_default())?;
    let c = envelope["ciphertext"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    let flipped = if &c[5..6] == "A" { "B" } else { "A" };
    envelope["ciphertext"] = format!("{}{flipped}{}", &c[..5], &c[6..]).into();
    h.put_stored(key, &envelope.to_string()).await?;
    let victim = key["sauti/sealed/".len()..].to_string();
    h.browser.refresh().await?;
    field.unlock(PASSPHRASE).await?;
    let shown = h.wait_text("ul.errors", |t| t.contains(&victim)).await?;
    assert_eq!(
        shown,
        tr_args("en", "err-tampered", &[("id", victim.clone())])
    );
    let listed = h
        .browser
        .find_all(fantoccini::Locator::Css(
            "section[data-status=queued] li.record",
        ))
        .await?;
    assert_eq!(listed.len(), 1, "the other record still opens");
    h.finish().await
}

/// The list of withdrawals recorded in the field, damaged on disk, is said to be damaged
/// on home, and is never written over by the next withdrawal (which would lose the ones it
/// holds): recording one is refused with the same words, and the entry stays as it was.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_damaged_list_of_field_withdrawals_is_never_written_over() -> Result<()> {
    let h = Harness::enrolled(PASSPHRASE).await?;
    let field = h.field();
    let receipt = field.refusal().await?;
    h.click(".withdrawal summary").await?;
    h.type_into("#withdrawal-receipt", &receipt).await?;
    h.click("#withdrawal-submit").await?;
    h.wait_text("#withdrawal-note", |t| {
        t.contains("leaves with the next sync")
    })
    .await?;
    let key = "sauti/sealed/field-withdrawals";
    let stored: serde_json::Map<String, serde_json::Value> =
        serde_json::from_str(&h.stored().await?)?;
    let text = stored[key].as_str().unwrap_or_default();
    let mut envelope: serde_json::Value = serde_json::from_str(text)?;
    let c = envelope["ciphertext"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    let flipped = if &c[5..6] == "A" { "B" } else { "A" };
    envelope["ciphertext"] = format!("{}{flipped}{}", &c[..5], &c[6..]).into();
    let damaged = envelope.to_string();
    h.put_stored(key, &damaged).await?;
    h.browser.refresh().await?;
    field.unlock(PASSPHRASE).await?;
    let said = tr_args("en", "err-tampered", &[("id", "field-withdrawals".into())]);
    h.wait_text("ul.errors", |t| t.contains(&said)).await?;

    let another = forms::receipt::ReceiptCode::from_random(0x0123_4567_89ab_cdef).to_string();
    h.click(".withdrawal summary").await?;
    h.type_into("#withdrawal-receipt", &another).await?;
    h.click("#withdrawal-submit").await?;
    h.wait_text("#withdrawal-note", |t| t == said).await?;
    let after: serde_json::Map<String, serde_json::Value> =
        serde_json::from_str(&h.stored().await?)?;
    assert_eq!(after[key].as_str(), Some(damaged.as_str()), "written over");
    h.finish().await
}

/// A damaged vault header (a storage fault, a half-written disk) is never taken for a new
/// phone: setup would make a new key and leave every sealed record unreadable for good.
/// The unlock screen shows, and unlocking says the storage is damaged; the records'
/// entries stay as they were.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_damaged_vault_header_never_offers_setup_over_the_records() -> Result<()> {
    let h = Harness::enrolled(PASSPHRASE).await?;
    h.field().refusal().await?;
    let before: serde_json::Map<String, serde_json::Value> =
        serde_json::from_str(&h.stored().await?)?;
    h.put_stored("sauti/vault", "{\"kdf\": tru").await?;
    h.browser.refresh().await?;
    h.find("#unlock-passphrase").await?;
    assert!(h.absent("#setup-username").await?, "setup offered");
    h.type_into("#unlock-passphrase", PASSPHRASE).await?;
    h.click("#unlock-submit").await?;
    h.wait_text(".error", |t| {
        t == tr_args("en", "err-malformed-storage", &[("id", "vault".into())])
    })
    .await?;
    let after: serde_json::Map<String, serde_json::Value> =
        serde_json::from_str(&h.stored().await?)?;
    let sealed = |m: &serde_json::Map<String, serde_json::Value>| {
        m.iter()
            .filter(|(k, _)| k.starts_with("sauti/sealed/"))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect::<Vec<_>>()
    };
    assert!(!sealed(&before).is_empty());
    assert_eq!(sealed(&before), sealed(&after), "the records are untouched");
    h.finish().await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn signed_consent_without_needs_assessment_and_refusals_are_kept_but_never_exported()
-> Result<()> {
    let h = Harness::enrolled(PASSPHRASE).await?;
    let field = h.field();
    field.signed_consent("fr", &["referral"]).await?;
    field
        .fill_household(
            "2025-11-21",
            "Quartier Nord",
            "Mariam K.",
            &[("Mariam", "female", "60")],
        )
        .await?;
    field.save().await?;
    field.refusal().await?;
    field.sync(&sync_message("en", 2, 0, 0)).await?;

    h.steward_sign_in().await?;
    h.find("#submissions li + li").await?;
    let rows = h
        .browser
        .find_all(fantoccini::Locator::Css("#submissions li"))
        .await?;
    let mut ids = Vec::new();
    for row in &rows {
        ids.push(row.attr("data-id").await?.unwrap_or_default());
    }
    assert_eq!(ids.len(), 2);
    for id in &ids {
        h.approve(id).await?;
    }
    let csv = h.fetch_text("/api/v1/forms/household/export.csv").await?;
    assert!(
        csv.contains("submission_id"),
        "the header row is there: {csv}"
    );
    for id in &ids {
        assert!(!csv.contains(id.as_str()), "{id} was exported: {csv}");
    }
    assert!(!csv.contains("Quartier Nord"));
    h.finish().await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_revoked_phone_is_told_why_and_keeps_its_records() -> Result<()> {
    let h = Harness::enrolled(PASSPHRASE).await?;
    let field = h.field();
    field.refusal().await?;
    assert_eq!(h.revoke_all_devices().await?, 1);
    field.sync(&tr("en", "err-device-revoked")).await?;
    h.find("section[data-status=queued] li.record").await?;
    h.finish().await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_changed_passphrase_replaces_the_old_one_and_keeps_records() -> Result<()> {
    let h = Harness::enrolled(PASSPHRASE).await?;
    let field = h.field();
    let receipt = field.refusal().await?;
    h.click("#change-passphrase").await?;
    h.type_into("#passphrase-current", PASSPHRASE).await?;
    h.type_into("#passphrase-new", "a brand new passphrase")
        .await?;
    h.type_into("#passphrase-confirm", "a brand new passphrase")
        .await?;
    h.click("#passphrase-submit").await?;
    h.wait_text("#home-message", |t| t == tr("en", "passphrase-changed"))
        .await?;
    h.click("#lock").await?;
    field.unlock(PASSPHRASE).await?;
    h.wait_text("[role=alert]", |t| t == tr("en", "err-wrong-passphrase"))
        .await?;
    field.unlock("a brand new passphrase").await?;
    let shown = h.text("section[data-status=queued] .receipt-code").await?;
    assert_eq!(shown, receipt);
    h.finish().await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_draft_left_midway_reopens_on_its_page_with_its_answers() -> Result<()> {
    let h = Harness::enrolled(PASSPHRASE).await?;
    let field = h.field();
    field
        .verbal_consent("fr", "Amina", &["needs_assessment"])
        .await?;
    field.date("interview_date", "2025-11-20").await?;
    field.answer("admin_area", "Quartier Sud").await?;
    field.next(2).await?;
    h.click("#save-draft").await?;
    h.click("section[data-status=draft] button.resume").await?;
    h.find("#page-2").await?;
    h.click("#back").await?;
    let area = h.find("#q-admin_area").await?.prop("value").await?;
    assert_eq!(area.as_deref(), Some("Quartier Sud"));
    let stored = h.stored().await?;
    assert!(!stored.contains("Quartier Sud"), "drafts are encrypted too");
    // Moved back and the page goes at once (reloaded): the draft reopens where the
    // enumerator was, not on the page it was last saved on.
    h.browser.refresh().await?;
    field.unlock(PASSPHRASE).await?;
    h.click("section[data-status=draft] button.resume").await?;
    h.find("#page-1").await?;
    h.finish().await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_tab_killed_mid_interview_reopens_with_every_answer() -> Result<()> {
    let h = Harness::enrolled(PASSPHRASE).await?;
    let field = h.field();
    field
        .verbal_consent("en", "Amina", &["needs_assessment"])
        .await?;
    let before = h.stored().await?;
    field.date("interview_date", "2025-11-20").await?;
    field.answer("admin_area", "Camp 9").await?;
    // Nothing is pressed: the answers reach storage once the enumerator pauses.
    let mut saved = false;
    for _ in 0..50 {
        if h.stored().await? != before {
            saved = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(saved, "the draft was sealed again after the answers");
    // The phone kills the tab; the enumerator opens the app again.
    h.browser.refresh().await?;
    field.unlock(PASSPHRASE).await?;
    h.click("section[data-status=draft] button.resume").await?;
    let area = h.find("#q-admin_area").await?.prop("value").await?;
    assert_eq!(area.as_deref(), Some("Camp 9"));
    let date = h.find("#q-interview_date").await?.prop("value").await?;
    assert_eq!(date.as_deref(), Some("2025-11-20"));
    assert!(!h.stored().await?.contains("Camp 9"), "sealed, never plain");
    h.finish().await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn after_one_visit_the_app_opens_and_saves_with_no_network() -> Result<()> {
    let h = Harness::enrolled(PASSPHRASE).await?;
    let field = h.field();
    // Wait until the service worker has cached the app shell and controls the page.
    h.service_worker_ready().await?;
    h.browser.refresh().await?;
    h.find("#unlock-passphrase").await?;
    // Only English is compiled in: another UI language is fetched the first time it is
    // chosen, and the service worker keeps it for use offline.
    field.use_language("fr").await?;
    field.use_language("en").await?;

    h.cdp("Network.enable", serde_json::json!({})).await?;
    h.cdp(
        "Network.emulateNetworkConditions",
        serde_json::json!({ "offline": true, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1 }),
    )
    .await?;
    h.browser.refresh().await?;
    let controlled = h
        .browser
        .execute(
            "return navigator.serviceWorker.controller !== null && !navigator.onLine",
            vec![],
        )
        .await?;
    assert_eq!(
        controlled, true,
        "offline, and the page came from the service worker"
    );
    // French, chosen once online, comes from the service worker's cache.
    field.use_language("fr").await?;
    h.wait_text("#unlock-submit", |t| t == tr("fr", "unlock-submit"))
        .await?;
    h.screenshot("08-offline-unlock-fr").await?;
    field.use_language("en").await?;
    h.wait_text("#unlock-submit", |t| t == tr("en", "unlock-submit"))
        .await?;
    field.unlock(PASSPHRASE).await?;
    let receipt = field.refusal().await?;
    assert_eq!(
        h.text("section[data-status=queued] .receipt-code").await?,
        receipt
    );
    // Offline, and said so (not "the server cannot be reached").
    field.sync(&tr("en", "err-offline")).await?;
    h.screenshot("08-offline-en").await?;

    h.cdp(
        "Network.emulateNetworkConditions",
        serde_json::json!({ "offline": false, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1 }),
    )
    .await?;
    field.sync(&sync_message("en", 1, 0, 0)).await?;
    h.finish().await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn records_leave_by_themselves_when_saved_online_and_when_coverage_returns() -> Result<()> {
    let h = Harness::enrolled(PASSPHRASE).await?;
    let field = h.field();
    field.auto_send(true).await?;
    // Saved online: sent at once, nobody presses Sync.
    field.refusal().await?;
    h.wait_text("#home-message", |t| t == sync_message("en", 1, 0, 0))
        .await?;
    assert_eq!(h.phone_count("synced").await?, 1);
    h.screenshot("09-home-auto-send").await?;

    // Out of coverage: saved, kept, not sent.
    let offline = |on: bool| serde_json::json!({ "offline": on, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1 });
    h.cdp("Network.enable", serde_json::json!({})).await?;
    h.cdp("Network.emulateNetworkConditions", offline(true))
        .await?;
    field.refusal().await?;
    field.refusal().await?;
    assert_eq!(h.phone_count("queued").await?, 2);
    assert_eq!(h.server_count().await?, 1);

    // Coverage returns: the `online` event sends what waited.
    h.cdp("Network.emulateNetworkConditions", offline(false))
        .await?;
    h.wait_text("#home-message", |t| t == sync_message("en", 2, 0, 0))
        .await?;
    assert_eq!(h.phone_count("queued").await?, 0);
    assert_eq!(h.phone_count("synced").await?, 3);
    assert_eq!(h.server_count().await?, 3);
    h.finish().await
}

/// The page's `fetch` with one fault on batch uploads: the second batch reaches the
/// server, but its acknowledgement is lost on the way back.
const LOSE_SECOND_ACK: &str = "
    const real = window.__realFetch || window.fetch;
    window.__realFetch = real;
    let n = 0;
    window.fetch = async (url, init) => {
        if (!String(url).includes('/api/v1/batches') || ++n !== 2) return real(url, init);
        await real(url, init);
        throw new TypeError('Failed to fetch');
    };";

/// The page's `fetch` holding the next batch upload until `window.__release()`.
const HOLD_NEXT_BATCH: &str = "
    const real = window.__realFetch || window.fetch;
    window.__realFetch = real;
    let armed = true;
    window.fetch = async (url, init) => {
        if (!armed || !String(url).includes('/api/v1/batches')) return real(url, init);
        armed = false;
        await new Promise((go) => { window.__release = go; });
        return real(url, init);
    };";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_cut_mid_sync_and_a_server_restart_lose_nothing_and_store_nothing_twice() -> Result<()> {
    let mut h = Harness::enrolled(PASSPHRASE).await?;
    for _ in 0..12 {
        h.field().refusal().await?;
    }
    assert_eq!(h.phone_count("queued").await?, 12);

    // The first batch (10) goes through; the second (2) reaches the server but its
    // acknowledgement is lost: those two stay queued on the phone.
    h.browser.execute(LOSE_SECOND_ACK, vec![]).await?;
    h.field().sync(&tr("en", "err-network")).await?;
    assert_eq!(h.phone_count("synced").await?, 10);
    assert_eq!(h.phone_count("queued").await?, 2);
    assert_eq!(h.server_count().await?, 12, "the lost batch was stored");

    // Three more; the next sync leaves while the server is down (killed, then restarted).
    h.browser
        .execute("window.fetch = window.__realFetch;", vec![])
        .await?;
    for _ in 0..3 {
        h.field().refusal().await?;
    }
    h.browser.execute(HOLD_NEXT_BATCH, vec![]).await?;
    h.click("#sync").await?;
    h.stop_server().await?;
    h.browser.execute("window.__release()", vec![]).await?;
    h.wait_text("#home-message", |t| t == tr("en", "err-network"))
        .await?;
    assert_eq!(h.phone_count("queued").await?, 5, "nothing is lost");
    h.start_server().await?;

    // Back: the two already stored are acknowledged as duplicates, the rest accepted.
    h.field().sync(&sync_message("en", 3, 2, 0)).await?;
    assert_eq!(h.phone_count("queued").await?, 0);
    assert_eq!(h.phone_count("synced").await?, 15);
    assert_eq!(h.server_count().await?, 15, "each record exactly once");
    h.finish().await
}

/// Fill this site's storage with junk (a database of its own) until the browser refuses
/// more (its real quota, made small by `Storage.overrideQuotaForOrigin`).
const FILL_STORAGE: &str = "
    const done = arguments[arguments.length - 1];
    const open = indexedDB.open('junk');
    open.onupgradeneeded = () => open.result.createObjectStore('junk');
    open.onsuccess = async () => {
        const db = open.result;
        let i = 0;
        const put = (chunk) => new Promise((ok) => {
            const tx = db.transaction('junk', 'readwrite');
            tx.objectStore('junk').put(chunk, i);
            tx.oncomplete = () => ok(true);
            tx.onabort = tx.onerror = () => ok(false);
        });
        for (const size of [262144, 16384, 1024]) {
            const chunk = 'x'.repeat(size) + Math.random();
            while (await put(chunk + i)) i++;
        }
        db.close();
        done(i);
    };";

/// Give the storage back: the junk database goes.
const FREE_STORAGE: &str = "
    const done = arguments[arguments.length - 1];
    const gone = indexedDB.deleteDatabase('junk');
    gone.onsuccess = gone.onerror = gone.onblocked = () => done(true);";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_full_phone_keeps_the_last_good_draft_and_refuses_a_new_interview() -> Result<()> {
    let h = Harness::enrolled(PASSPHRASE).await?;
    let field = h.field();
    field
        .verbal_consent("en", "Amina", &["needs_assessment"])
        .await?;
    field.answer("admin_area", "Camp 1").await?;
    h.click("#save-draft").await?;
    h.click("section[data-status=draft] button.resume").await?;

    // The phone fills up (photos, other apps' data): the next save cannot be written.
    // The site is given 4 MB more than it uses, then junk takes them.
    let usage = h
        .browser
        .execute_async(
            "const done = arguments[arguments.length - 1];
             navigator.storage.estimate().then((e) => done(e.usage));",
            vec![],
        )
        .await?
        .as_f64()
        .unwrap_or(0.0);
    let quota = serde_json::json!({ "origin": h.base, "quotaSize": usage + 4_000_000.0 });
    h.cdp("Storage.overrideQuotaForOrigin", quota).await?;
    let junk = h.browser.execute_async(FILL_STORAGE, vec![]).await?;
    assert!(junk.as_u64().unwrap_or(0) > 0);
    // (A longer answer: a same-size draft would still fit in the place of the old one.)
    field
        .answer("admin_area", "Camp 2, by the northern water point")
        .await?;
    h.click("#save-draft").await?;
    h.wait_text("[role=alert]", |t| t == tr("en", "err-storage-full"))
        .await?;
    h.screenshot("10-storage-full").await?;

    // Reopened: the last draft that fitted is intact, and no new interview starts (the
    // phone remembers that its storage refused a write: Chromium's estimate does not
    // show an overridden quota).
    h.browser.refresh().await?;
    field.unlock(PASSPHRASE).await?;
    // Over quota, and said as 100 %, never more; nothing waits, so the advice is to free
    // space.
    let full = tr_args("en", "storage-warning-free", &[("percent", "100".into())]);
    h.wait_text("#storage", |t| t == full).await?;
    h.click("#new-interview").await?;
    // Nothing waits to be sent: syncing would not help, freeing space would.
    let refused = tr("en", "err-storage-nearly-full-free");
    let before_number = refused.split("{$").next().unwrap_or_default().to_string();
    h.wait_text("section.home p[role=alert]", |t| {
        t.starts_with(&before_number)
    })
    .await?;
    h.find("section.home").await?;
    assert_eq!(h.phone_count("draft").await?, 1, "still home, one draft");
    h.screenshot("11-storage-nearly-full-home").await?;
    h.click("section[data-status=draft] button.resume").await?;
    let area = h.find("#q-admin_area").await?.prop("value").await?;
    assert_eq!(area.as_deref(), Some("Camp 1"), "the last good draft");

    // Space comes back: work goes on.
    h.browser.execute_async(FREE_STORAGE, vec![]).await?;
    h.cdp(
        "Storage.overrideQuotaForOrigin",
        serde_json::json!({ "origin": h.base }),
    )
    .await?;
    field.answer("admin_area", "Camp 3").await?;
    h.click("#save-draft").await?;
    h.click("#new-interview").await?;
    h.find("#consent-refuse").await?;
    h.finish().await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_new_version_waits_for_the_interview_to_end_then_is_offered() -> Result<()> {
    let h = Harness::enrolled(PASSPHRASE).await?;
    let field = h.field();
    h.service_worker_ready().await?;
    h.browser.refresh().await?;
    field.unlock(PASSPHRASE).await?;
    field
        .verbal_consent("en", "Amina", &["needs_assessment"])
        .await?;
    field.answer("admin_area", "Camp 5").await?;

    // A new version is deployed while the interview is open: it is downloaded, and waits.
    h.publish_new_build()?;
    h.browser
        .execute_async(
            "const done = arguments[arguments.length - 1];
             navigator.serviceWorker.getRegistration().then((r) => r.update()).then(() => {
                 const tick = () => document.documentElement.dataset.update === 'ready'
                     ? done(true) : setTimeout(tick, 50);
                 tick();
             });",
            vec![],
        )
        .await?;
    assert!(
        h.browser
            .find(fantoccini::Locator::Css("#update-now"))
            .await
            .is_err(),
        "nothing interrupts the interview"
    );
    let area = h.find("#q-admin_area").await?.prop("value").await?;
    assert_eq!(area.as_deref(), Some("Camp 5"));

    // Back home, the update is offered; taking it reloads the app on the new version.
    h.click("#save-draft").await?;
    h.click("#update-now").await?;
    field.unlock(PASSPHRASE).await?;
    let fresh = h
        .browser
        .execute(
            "return document.documentElement.dataset.update === undefined
                 && navigator.serviceWorker.controller !== null",
            vec![],
        )
        .await?;
    assert_eq!(fresh, true, "reloaded, controlled by the new worker");
    h.find("section[data-status=draft] li.record").await?;
    assert_eq!(h.phone_count("draft").await?, 1, "the draft is still there");
    h.finish().await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_old_copy_sent_again_never_overwrites_a_stewards_correction() -> Result<()> {
    let h = Harness::enrolled(PASSPHRASE).await?;
    let field = h.field();
    field.one_person_household("Camp 4").await?;
    field.save().await?;
    let old_phone = h.stored().await?;
    field.sync(&sync_message("en", 1, 0, 0)).await?;

    // The steward calls the household back and corrects the place.
    let stored = h.server_submissions().await?;
    let id = stored[0]["id"].as_str().unwrap_or_default().to_string();
    let mut answers = stored[0]["answers"].clone();
    answers["admin_area"] = serde_json::json!("Camp 4 North");
    h.steward()
        .await?
        .put(format!("{}/api/v1/submissions/{id}/answers", h.base))
        .json(&serde_json::json!({ "answers": answers, "comment": "called back" }))
        .send()
        .await?
        .error_for_status()?;

    // A phone restored from an old backup sends its copy again: it is told, and the
    // correction stays.
    h.restore_storage(&old_phone).await?;
    h.browser.refresh().await?;
    field.unlock(PASSPHRASE).await?;
    let told = format!(
        "{} {}",
        sync_message("en", 0, 0, 0),
        tr_args("en", "sync-edited", &[("n", "1".into())])
    );
    field.sync(&told).await?;
    h.wait_text("section[data-status=synced] .problems", |t| {
        t == tr("en", "record-edited")
    })
    .await?;
    let now = h.server_submissions().await?;
    assert_eq!(now.len(), 1);
    assert_eq!(now[0]["answers"]["admin_area"], "Camp 4 North");
    h.finish().await
}

/// Two windows of the phone's browser (the installed app and a tab): the window unlocked
/// last holds the vault, and the other goes back to its unlock screen and says why. Two
/// unlocked windows each wrote lists (withdrawals, feedback) back from their own memory,
/// and the second write lost what the first had added.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_window_unlocked_last_holds_the_vault() -> Result<()> {
    let h = Harness::enrolled(PASSPHRASE).await?;
    let field = h.field();
    let first = h.browser.window().await?;
    let second = h.browser.new_window(true).await?;
    h.browser.switch_to_window(second.handle.clone()).await?;
    h.open("/collect").await?;
    field.unlock(PASSPHRASE).await?;
    h.find("#new-interview").await?;
    h.browser.switch_to_window(first.clone()).await?;
    h.wait_text(".error", |t| t == tr("en", "unlock-moved"))
        .await?;
    assert!(h.absent("#new-interview").await?, "still unlocked");
    h.screenshot("two-windows-this-one-locked").await?;
    // Meanwhile the other window recorded a withdrawal.
    h.browser.switch_to_window(second.handle.clone()).await?;
    let code = |n: u64| forms::receipt::ReceiptCode::from_random(n).to_string();
    let hr = &h;
    let withdraw = |receipt: String| async move {
        let h = hr;
        h.click(".withdrawal summary").await?;
        h.type_into("#withdrawal-receipt", &receipt).await?;
        h.click("#withdrawal-submit").await?;
        h.wait_text("#withdrawal-note", |t| {
            t.contains("leaves with the next sync")
        })
        .await
    };
    withdraw(code(0x0123_4567_89ab_cdef)).await?;
    // Unlocked here again, this window takes it back (and reads what the other wrote),
    // and the other one locks.
    h.browser.switch_to_window(first.clone()).await?;
    field.unlock(PASSPHRASE).await?;
    h.find("#new-interview").await?;
    withdraw(code(0x0fed_cba9_8765_4321)).await?;
    let listed = h
        .browser
        .find_all(fantoccini::Locator::Css("li.withdrawal-pending"))
        .await?
        .len();
    assert_eq!(listed, 2, "a withdrawal written over");
    h.browser.switch_to_window(second.handle).await?;
    h.wait_text(".error", |t| t == tr("en", "unlock-moved"))
        .await?;
    h.finish().await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_tab_that_crashes_right_after_save_loses_nothing() -> Result<()> {
    let h = Harness::enrolled(PASSPHRASE).await?;
    let field = h.field();
    field.one_person_household("Camp 7").await?;
    // A second tab to come back in (the crashed one takes no more commands).
    let first = h.browser.window().await?;
    let spare = h.browser.new_window(true).await?;
    h.browser.switch_to_window(first).await?;
    // Save, and crash the page's process as soon as the receipt says saved (as a phone
    // killing the tab would). "Saved" is shown only once the write is on disk; a crash
    // before that point may lose the last tap, never a record the enumerator was told is kept.
    h.click("#save").await?;
    h.find("#receipt-code").await?;
    let _ = h.cdp("Page.crash", serde_json::json!({})).await;
    h.browser.switch_to_window(spare.handle).await?;
    h.open("/collect").await?;
    field.unlock(PASSPHRASE).await?;
    h.find("section[data-status=queued] li.record").await?;
    assert_eq!(h.phone_count("queued").await?, 1, "saved once, whole");
    assert_eq!(h.phone_count("draft").await?, 0, "no half-saved copy");
    assert_eq!(h.text("ul.errors").await?, "", "nothing damaged");
    field.sync(&sync_message("en", 1, 0, 0)).await?;
    assert_eq!(h.server_count().await?, 1);
    h.finish().await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_new_form_version_reaches_an_enrolled_phone_at_its_next_sync() -> Result<()> {
    let h = Harness::enrolled(PASSPHRASE).await?;
    let field = h.field();
    field.refusal().await?;
    // The project publishes another form after this phone was enrolled.
    let next = forms::demo::chained_form(3);
    h.import_form(&next).await?;
    // A form added, not a version changed: the phone says which forms it now offers.
    let told = format!(
        "{} {}",
        sync_message("en", 1, 0, 0),
        tr_args(
            "en",
            "sync-forms-changed",
            &[(
                "forms",
                "3 chained questions, Household needs assessment".into()
            )]
        )
    );
    field.sync(&told).await?;
    // Beside the household form, which stays: the one published last comes first, and
    // `#new-interview` starts it.
    let ready = tr_args(
        "en",
        "home-offline-ready",
        &[
            (
                "form",
                "3 chained questions, Household needs assessment".into(),
            ),
            ("count", "2".into()),
        ],
    );
    assert!(ready.starts_with("Forms ready"), "two forms: {ready}");
    h.wait_text("section.home p.muted", |t| t == ready).await?;
    field
        .verbal_consent("en", "Amina", &["needs_assessment"])
        .await?;
    h.find("#q-q1").await?;
    // Kept in the vault: after locking and unlocking, still the new form.
    h.click("#save-draft").await?;
    h.click("#lock").await?;
    field.unlock(PASSPHRASE).await?;
    h.click("section[data-status=draft] button.resume").await?;
    h.find("#q-q1").await?;
    h.finish().await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_geopoint_is_taken_from_the_phones_location_with_its_accuracy() -> Result<()> {
    use forms::model::{Kind, Node, Text};
    let h = Harness::start().await?;
    let mut form = forms::demo::chained_form(1);
    form.id = "water_points".into();
    form.title = Text::single("en", "Water points");
    form.body = vec![Node {
        label: Text::single("en", "Where is the water point?"),
        required: true,
        ..Node::new("point", Kind::Geopoint)
    }];
    h.import_form(&form).await?;
    h.cdp(
        "Browser.grantPermissions",
        serde_json::json!({ "origin": h.base, "permissions": ["geolocation"] }),
    )
    .await?;
    h.cdp(
        "Emulation.setGeolocationOverride",
        serde_json::json!({ "latitude": -1.2921, "longitude": 36.8219, "accuracy": 12 }),
    )
    .await?;
    let field = h.field();
    h.open("/collect").await?;
    field.enroll(PASSPHRASE).await?;
    field
        .verbal_consent("en", "Amina", &["needs_assessment"])
        .await?;
    h.click("#q-point-locate").await?;
    h.wait_text("div[data-name=point] [role=status]", |t| {
        t == tr_args("en", "geo-done", &[("accuracy", "12".into())])
    })
    .await?;
    let value = h.find("#q-point").await?.prop("value").await?;
    assert_eq!(value.as_deref(), Some("-1.2921 36.8219 0 12"));
    h.screenshot("12-geopoint").await?;
    field.save().await?;
    field.sync(&sync_message("en", 1, 0, 0)).await?;
    let stored = h.server_submissions().await?;
    assert_eq!(stored[0]["answers"]["point"], "-1.2921 36.8219 0 12");
    h.finish().await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_admin_uploads_an_xlsform_and_a_bad_one_is_refused_with_where_to_fix_it() -> Result<()> {
    let h = Harness::start().await?;
    let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../forms/tests/xlsform");
    h.open("/steward").await?;
    h.type_into("#steward-username", "admin").await?;
    h.type_into("#steward-password", &h.password("admin"))
        .await?;
    h.click("#steward-submit").await?;
    let h = &h;
    let upload = |file: std::path::PathBuf| async move {
        let path = file.canonicalize()?;
        h.find("#form-file")
            .await?
            .send_keys(&path.to_string_lossy())
            .await?;
        anyhow::Ok(())
    };
    upload(corpus.join("bad/calculate_without_calculation.xls")).await?;
    let refused = h
        .wait_text("#upload-error p[role=alert]", |t| !t.is_empty())
        .await?;
    assert!(
        refused.contains("row 34") && refused.contains("Missing calculation"),
        "{refused}"
    );
    h.screenshot("13-admin-upload-refused").await?;
    upload(corpus.join("ok/tutorial.xls")).await?;
    // Kept as a draft, which opens: its state, warnings and preview.
    h.wait_text("#version-state", |t| t == "Draft").await?;
    let id = h.text("#version-id").await?;
    assert!(id.contains("tutorial"), "{id}");
    h.screenshot("14-admin-upload-done").await?;
    Ok(())
}

/// The interview's code is a chunk fetched after the first screen. While it comes, the
/// screen says so (on 2G it can take seconds). When it cannot be fetched (here: missing
/// from the server, so the phone never had it), the enumerator reads why and goes back
/// home; the app keeps working and nothing is lost, and once the file can be fetched
/// again the next New interview gets there (a failed fetch is not remembered).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_interview_chunk_that_cannot_be_fetched_says_so_and_leads_home() -> Result<()> {
    let h = Harness::start().await?;
    h.remove_app_file("split_interview.wasm")?;
    let base = h.base.clone();
    let missing = reqwest::get(format!("{base}/split_interview.wasm")).await?;
    assert_eq!(
        missing.status(),
        404,
        "a missing file is not the app's page"
    );
    h.open("/collect").await?;
    let field = h.field();
    field.enroll(PASSPHRASE).await?;
    // Whatever the screen showed while the chunk was asked for, however briefly.
    h.browser
        .execute(
            "window.__waited = '';
             new MutationObserver(() => {
                 const p = document.querySelector('#chunk-loading');
                 if (p && p.getAttribute('role') === 'status') window.__waited = p.textContent;
             }).observe(document.body, { childList: true, subtree: true });",
            vec![],
        )
        .await?;
    h.click("#new-interview").await?;
    h.wait_text(".error", |t| t.contains("not on the phone yet"))
        .await?;
    let waited = h.browser.execute("return window.__waited", vec![]).await?;
    assert_eq!(
        waited.as_str(),
        Some("Loading…"),
        "the screen said it was coming while the chunk was fetched"
    );
    assert!(h.absent("#chunk-loading").await?, "no longer loading");
    h.screenshot("chunk-missing").await?;
    h.click("#chunk-home").await?;
    h.find("#new-interview").await?;
    h.restore_app_file("split_interview.wasm")?;
    h.click("#new-interview").await?;
    h.find("#consent-refuse").await?;
    h.finish().await
}
