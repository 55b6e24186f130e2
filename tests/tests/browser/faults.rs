//! Faults a phone meets in the field, each counted on both sides by record id (issue 25):
//! the whole browser killed (a flat battery) one second after each kind of save, a server
//! that accepts connections and never answers, and a phone updated from a version that
//! kept its vault in `localStorage`.

use std::time::Duration;

use anyhow::{Result, bail};
use e2e::{Harness, sync_message};
use forms::i18n::tr;

const PASSPHRASE: &str = "saved means saved 25";

/// What the flat battery waits after the receipt or confirmation appeared.
const AFTER: Duration = Duration::from_secs(1);

/// The one record the phone lists with `status`: its id.
async fn only_record(h: &Harness, status: &str) -> Result<String> {
    let css = format!("section[data-status={status}] li.record");
    h.find(&css).await?;
    let n = h.phone_count(status).await?;
    if n != 1 {
        bail!("{n} records listed as {status}");
    }
    Ok(h.find(&css)
        .await?
        .attr("data-id")
        .await?
        .unwrap_or_default())
}

/// The record with this receipt code is on the phone, waiting or already sent (the
/// restarted browser may have lost "send automatically: off", a UI preference kept in
/// `localStorage`, and sent it at unlock); sent now if it waits, it must reach the server
/// under the same id. Returns the id.
async fn kept_and_sent(h: &Harness, receipt: &str) -> Result<String> {
    let find = "const r = arguments[0];
        const li = [...document.querySelectorAll('li.record')]
            .find((li) => li.querySelector('.receipt-code')?.textContent === r);
        return li ? [li.dataset.id, li.closest('section').dataset.status] : null;";
    let mut found = None;
    for _ in 0..100 {
        let v = h
            .browser
            .execute(find, vec![serde_json::json!(receipt)])
            .await?;
        if let Some([id, status]) = v.as_array().map(Vec::as_slice) {
            found = Some((
                id.as_str().unwrap_or_default().to_string(),
                status.as_str().unwrap_or_default().to_string(),
            ));
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let Some((id, status)) = found else {
        bail!("no record with receipt {receipt} on the phone");
    };
    if !["queued", "synced"].contains(&status.as_str()) {
        bail!("the record is listed as {status}");
    }
    if status == "queued" && h.find("#sync").await?.is_enabled().await? {
        h.click("#sync").await?;
    }
    for _ in 0..100 {
        if server_ids(h).await?.contains(&id) {
            return Ok(id);
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    bail!("record {id} never reached the server")
}

/// The ids of the records the server holds.
async fn server_ids(h: &Harness) -> Result<Vec<String>> {
    Ok(h.server_submissions()
        .await?
        .iter()
        .filter_map(|s| s["id"].as_str().map(str::to_string))
        .collect())
}

/// The browser dies and starts again; the enumerator opens the app and unlocks it.
async fn battery_dies_and_phone_restarts(h: &mut Harness) -> Result<()> {
    tokio::time::sleep(AFTER).await;
    h.kill_and_restart_browser().await?;
    h.open("/collect").await?;
    h.field().unlock(PASSPHRASE).await?;
    h.find("#new-interview").await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_record_saved_a_second_before_the_browser_dies_is_kept() -> Result<()> {
    let mut h = Harness::interviewing(&forms::demo::chained_form(1), PASSPHRASE).await?;
    h.field().answer("q1", "3").await?;
    h.click("#save").await?;
    let receipt = h.text("#receipt-code").await?;
    battery_dies_and_phone_restarts(&mut h).await?;

    let id = kept_and_sent(&h, &receipt).await?;
    assert_eq!(h.phone_count("draft").await?, 0, "the Save, not a draft");
    assert_eq!(server_ids(&h).await?, vec![id]);
    h.finish().await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refusal_recorded_a_second_before_the_browser_dies_is_kept() -> Result<()> {
    let mut h = Harness::enrolled(PASSPHRASE).await?;
    h.click("#new-interview").await?;
    h.click("#consent-refuse").await?;
    let receipt = h.text("#receipt-code").await?;
    battery_dies_and_phone_restarts(&mut h).await?;

    let id = kept_and_sent(&h, &receipt).await?;
    assert_eq!(server_ids(&h).await?, vec![id]);
    h.finish().await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_withdrawal_recorded_a_second_before_the_browser_dies_is_carried_out() -> Result<()> {
    let mut h = Harness::interviewing(&forms::demo::chained_form(1), PASSPHRASE).await?;
    let field = h.field();
    field.answer("q1", "4").await?;
    let receipt = field.save().await?;
    field.sync(&sync_message("en", 1, 0, 0)).await?;
    assert_eq!(server_ids(&h).await?.len(), 1);

    h.click(".withdrawal summary").await?;
    h.type_into("#withdrawal-receipt", &receipt).await?;
    h.click("#withdrawal-submit").await?;
    h.wait_text("#withdrawal-note", |t| t == tr("en", "withdrawal-recorded"))
        .await?;
    battery_dies_and_phone_restarts(&mut h).await?;

    // Kept through the crash: the next sync carries it out on the server.
    h.click("#sync").await?;
    let mut left = usize::MAX;
    for _ in 0..100 {
        left = server_ids(&h).await?.len();
        if left == 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(left, 0, "the withdrawal reached the server");
    h.finish().await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_draft_autosaved_a_second_before_the_browser_dies_keeps_its_answers() -> Result<()> {
    let mut h = Harness::interviewing(&forms::demo::chained_form(1), PASSPHRASE).await?;
    h.field().answer("q1", "42").await?;
    // Nothing pressed: the phone says when the answers are on disk.
    h.wait_text("#draft-status", |t| t == tr("en", "interview-draft-saved"))
        .await?;
    h.screenshot("faults-draft-saved").await?;
    battery_dies_and_phone_restarts(&mut h).await?;

    let id = only_record(&h, "draft").await?;
    h.click("section[data-status=draft] button.resume").await?;
    let value = h.find("#q-q1").await?.prop("value").await?;
    assert_eq!(value.as_deref(), Some("42"), "the autosaved answer");
    h.click("#save").await?;
    let receipt = h.text("#receipt-code").await?;
    h.click("#receipt-done").await?;
    assert_eq!(kept_and_sent(&h, &receipt).await?, id, "the draft's id");
    let stored = h.server_submissions().await?;
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0]["id"], id.as_str());
    assert_eq!(stored[0]["answers"]["q1"], "42");
    h.finish().await
}

/// The page goes before the autosave's pause is over (reloaded here; a phone hiding a tab
/// for a call and killing it later is the same): the answer typed just before is written
/// as the page goes, not lost with it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_answer_typed_just_before_the_page_goes_is_kept() -> Result<()> {
    let form = forms::demo::chained_form(1);
    let h = Harness::interviewing(&form, PASSPHRASE).await?;
    h.field().answer("q1", "57").await?;
    h.browser.refresh().await?;
    h.field().unlock(PASSPHRASE).await?;
    h.find("#new-interview").await?;
    only_record(&h, "draft").await?;
    // The phone holds two forms: the draft says which one it is of.
    let title = form.title.get("en", &form.default_language).to_string();
    assert!(!title.is_empty());
    assert_eq!(
        h.text("section[data-status=draft] .record-form").await?,
        title
    );
    h.click("section[data-status=draft] button.resume").await?;
    let value = h.find("#q-q1").await?.prop("value").await?;
    assert_eq!(
        value.as_deref(),
        Some("57"),
        "the answer typed before the reload"
    );
    h.finish().await
}

/// A stash left by a write that did not complete (the page went into the back-forward
/// cache and came back) is older than any write of its record that completes after it:
/// that write drops it, so the next start never puts the older copy back over the newer.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stash_older_than_a_completed_write_is_never_put_back() -> Result<()> {
    let h = Harness::interviewing(&forms::demo::chained_form(1), PASSPHRASE).await?;
    h.field().answer("q1", "1").await?;
    h.wait_text("#draft-status", |t| t == tr("en", "interview-draft-saved"))
        .await?;
    let stored: serde_json::Value = serde_json::from_str(&h.stored().await?)?;
    let keys: Vec<String> = stored
        .as_object()
        .map(|o| {
            o.keys()
                .filter(|k| k.starts_with("sauti/sealed/record/"))
                .cloned()
                .collect()
        })
        .unwrap_or_default();
    let [key] = keys.as_slice() else {
        bail!("one record stored: {keys:?}");
    };
    let key = key.clone();
    // An older copy, stashed by a write that never completed.
    h.browser
        .execute(
            "localStorage.setItem('sauti/stash/' + arguments[0], 'an older copy')",
            vec![key.clone().into()],
        )
        .await?;
    h.field().answer("q1", "2").await?;
    h.wait_text("#draft-status", |t| t == tr("en", "interview-draft-saved"))
        .await?;
    let left = h
        .browser
        .execute(
            "return localStorage.getItem('sauti/stash/' + arguments[0])",
            vec![key.into()],
        )
        .await?;
    assert!(left.is_null(), "the stale stash is dropped: {left}");
    h.browser.refresh().await?;
    h.field().unlock(PASSPHRASE).await?;
    h.click("section[data-status=draft] button.resume").await?;
    let value = h.find("#q-q1").await?.prop("value").await?;
    assert_eq!(value.as_deref(), Some("2"));
    h.finish().await
}

/// The server accepts the connection and never answers: the sync gives up after its
/// timeout and says so, a record saved meanwhile is saved at once, and once the server
/// answers again the retry sends both.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_frozen_server_never_leaves_sync_stuck() -> Result<()> {
    let mut h = Harness::enrolled(PASSPHRASE).await?;
    h.field().refusal().await?;
    let frozen = h.freeze_server().await?;
    h.field().auto_send(true).await?;
    h.wait_text("#home-message", |t| t == tr("en", "sync-busy"))
        .await?;

    // While the sync hangs, a new record saves at once.
    h.field().refusal().await?;
    assert_eq!(h.phone_count("queued").await?, 2);

    // The sync gives up, says why, and says when it tries again.
    let note = h
        .wait_text_for("#home-message", |t| t != tr("en", "sync-busy"), 40)
        .await?;
    let retry = tr("en", "sync-retry");
    let retry = retry.split("{").next().unwrap_or_default();
    assert!(
        note.starts_with(&tr("en", "err-timeout")) && note.contains(retry),
        "{note}"
    );
    assert!(h.find("#sync").await?.is_enabled().await?, "Sync is free");
    h.screenshot("faults-frozen-server").await?;

    // The server answers again: the retry sends both, once each.
    drop(frozen);
    h.start_server().await?;
    h.wait_text_for("#home-message", |t| t == sync_message("en", 2, 0, 0), 40)
        .await?;
    let mut on_phone = Vec::new();
    for li in h
        .browser
        .find_all(fantoccini::Locator::Css(
            "section[data-status=synced] li.record",
        ))
        .await?
    {
        on_phone.push(li.attr("data-id").await?.unwrap_or_default());
    }
    let mut on_server = server_ids(&h).await?;
    on_phone.sort();
    on_server.sort();
    assert_eq!(on_phone.len(), 2);
    assert_eq!(on_phone, on_server, "the same records on both sides");
    h.finish().await
}

/// A record the server refuses for its size alone (HTTP 413: pictures and recordings past
/// the server's limit) does not hold back the records behind it: the phone sends the
/// others in smaller batches, keeps that one back and says why, in the enumerator's
/// language. Before, every sync stopped at it, and the older records never left.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_record_too_large_for_the_server_does_not_hold_back_the_others() -> Result<()> {
    let h = Harness::enrolled(PASSPHRASE).await?;
    let field = h.field();
    field.one_person_household("Camp Alpha").await?;
    let older = field.save().await?;
    field
        .verbal_consent("en", "Amina", &["needs_assessment"])
        .await?;
    field
        .fill_household(
            "2025-11-21",
            "Camp Beta",
            "Zainab",
            &[("Zainab", "female", "30")],
        )
        .await?;
    let large = field.save().await?;
    // The server refuses any batch carrying the newest record (it goes first) as too
    // large, as it would a record with megabytes of recordings.
    h.browser_script(
        "const real = window.__serverFetch || (window.__serverFetch = window.fetch);
         window.fetch = (url, init) =>
             String(url).includes('/batches') && String(init?.body).includes('Camp Beta')
                 ? Promise.resolve(new Response(
                     '{\"error\":\"err-too-large\",\"message\":\"too large\"}',
                     { status: 413, headers: { 'Content-Type': 'application/json' } }))
                 : real(url, init);",
    )
    .await?;
    h.click("#sync").await?;
    h.wait_text("#home-message", |t| t.starts_with("Sync finished"))
        .await?;
    let held: Vec<String> = h
        .server_submissions()
        .await?
        .iter()
        .filter_map(|s| s["receipt"].as_str().map(str::to_string))
        .collect();
    assert_eq!(held, [older], "the older record left");
    assert_eq!(h.phone_count("rejected").await?, 1);
    let kept = h
        .wait_text("section[data-status=rejected]", |t| {
            t.contains(&tr("en", "err-record-too-large"))
        })
        .await?;
    assert!(kept.contains(&large), "{kept}");
    h.scroll_to("section[data-status=rejected]").await?;
    h.screenshot("faults-record-too-large").await?;
    h.finish().await
}

/// Offline, the phone says it is offline (not that the server is unreachable), promises
/// no timed retry, and sends when the connection comes back.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn offline_says_offline_and_sends_when_the_connection_is_back() -> Result<()> {
    let h = Harness::enrolled(PASSPHRASE).await?;
    let field = h.field();
    let offline = |on: bool| serde_json::json!({ "offline": on, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1 });
    h.cdp("Network.enable", serde_json::json!({})).await?;
    h.cdp("Network.emulateNetworkConditions", offline(true))
        .await?;
    field.refusal().await?;
    field.auto_send(true).await?;
    h.click("#sync").await?;
    h.wait_text("#home-message", |t| t == tr("en", "sync-offline-wait"))
        .await?;
    h.screenshot("faults-offline").await?;
    h.cdp("Network.emulateNetworkConditions", offline(false))
        .await?;
    h.wait_text("#home-message", |t| t == sync_message("en", 1, 0, 0))
        .await?;
    assert_eq!(h.server_count().await?, 1);
    h.finish().await
}

/// A phone updated from a version that kept its vault in `localStorage`: everything
/// moves into IndexedDB at the first start, nothing is lost, and `localStorage` no
/// longer holds it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_vault_kept_in_local_storage_moves_to_indexeddb_whole() -> Result<()> {
    let mut h = Harness::enrolled(PASSPHRASE).await?;
    let receipt = h.field().refusal().await?;
    let before = h.stored().await?;
    h.restore_storage_as_before_indexeddb(&before).await?;
    h.browser.refresh().await?;
    h.field().unlock(PASSPHRASE).await?;
    only_record(&h, "queued").await?;
    assert_eq!(
        h.text("section[data-status=queued] .receipt-code").await?,
        receipt
    );
    let left = h
        .browser
        .execute(
            "return Object.keys(localStorage).filter(k => k === 'sauti/vault' || k.startsWith('sauti/sealed/')).length",
            vec![],
        )
        .await?;
    assert_eq!(left, 0, "moved out of localStorage");
    // Moved durably: a flat battery right after the move loses nothing either.
    battery_dies_and_phone_restarts(&mut h).await?;
    kept_and_sent(&h, &receipt).await?;
    assert_eq!(h.server_count().await?, 1);
    h.finish().await
}
