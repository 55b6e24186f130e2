//! Enumerators assigned to forms, in the browser (issue 20): the project has two published
//! forms and two enumerators. Amina's phone is set up while she fills both and keeps a
//! refusal of the key-informant interview unsent; the admin then unticks her for that form
//! on the "Who fills which form" card (her last form cannot be unticked). Her next sync
//! still delivers the record she held, and her phone then offers only the household survey;
//! Yusuf's phone, set up afterwards, offers both. At 360 px, with screenshots.
//!
//! The admin works at `127.0.0.1` and the phones at `localhost`: two origins of the same
//! server, so the admin's session and a phone's vault live side by side in one browser.

use anyhow::Result;
use e2e::{Harness, sync_message};
use serde_json::{Value, json};

const KII: &str = "key_informant";
const PASSPHRASE: &str = "boats on the lake at noon";

/// The phones' origin: the same server under another host name.
pub(super) fn phone_origin(h: &Harness) -> String {
    h.base.replace("127.0.0.1", "localhost")
}

/// The forms a phone's home offers a new interview of, by form id.
async fn offered(h: &Harness) -> Result<Vec<String>> {
    h.find("#new-interview").await?;
    let ids = h
        .browser
        .execute(
            "return [...document.querySelectorAll('button.new-interview')].map(b => b.dataset.form);",
            vec![],
        )
        .await?;
    Ok(serde_json::from_value(ids)?)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_admin_assigns_an_enumerator_to_one_form_and_only_her_phone_changes() -> Result<()> {
    let h = Harness::start().await?;
    let mut kii = serde_json::to_value(forms::demo::household_form())?;
    kii["id"] = json!(KII);
    kii["title"] = json!({ "en": "Key informant interview" });
    h.import_form(&serde_json::from_value(kii)?).await?;
    let amina = h.create_enumerator("amina").await?;
    let yusuf = h.create_enumerator("yusuf").await?;
    let phones = phone_origin(&h);
    let field = h.field();

    // Amina's phone, set up while she fills every form: a refusal of the key-informant
    // interview (the form published last comes first) stays on it, unsent.
    h.browser.goto(&format!("{phones}/collect")).await?;
    field.enroll_as("amina", &amina, PASSPHRASE).await?;
    assert_eq!(offered(&h).await?, [KII, "household"]);
    field.refusal().await?;

    // The admin gives her the household survey only.
    h.sign_in_as("admin").await?;
    h.scroll_to("#assignments").await?;
    h.find(&format!("#assign-{KII}-amina:checked")).await?;
    h.click(&format!("#assign-{KII}-amina")).await?;
    let said = h
        .wait_text("#assign-status", |t| t.contains("amina"))
        .await?;
    assert_eq!(said, "amina now fills: Household needs assessment.");
    // Her one form left cannot be unticked; Yusuf still has both.
    h.find("#assign-household-amina:checked:disabled").await?;
    h.find(&format!("#assign-{KII}-amina:not(:checked)"))
        .await?;
    h.find(&format!("#assign-{KII}-yusuf:checked:not(:disabled)"))
        .await?;
    h.scroll_to("#assignments").await?;
    h.screenshot("assignments-360").await?;
    super::team::fits(&h).await?;
    let listed: Value = h
        .admin()
        .await?
        .get(format!("{}/api/v1/assignments", h.base))
        .send()
        .await?
        .json()
        .await?;
    assert_eq!(
        listed["enumerators"],
        json!([
            { "username": "amina", "every": false, "forms": ["household"] },
            { "username": "enumerator", "every": true, "forms": [KII, "household"] },
            { "username": "yusuf", "every": true, "forms": [KII, "household"] },
        ])
    );

    // Amina's phone: the refusal she held is accepted, then only the household survey.
    h.browser.goto(&format!("{phones}/collect")).await?;
    field.unlock(PASSPHRASE).await?;
    h.find("section[data-status=queued] li.record").await?;
    h.click("#sync").await?;
    let sent = sync_message("en", 1, 0, 0);
    // And her phone says which forms it offers now.
    h.wait_text("#home-message", |t| {
        t.starts_with(&sent)
            && t.ends_with("The forms on this phone are now: Household needs assessment.")
    })
    .await?;
    h.find("section[data-status=synced] li.record").await?;
    let mut offered_now = offered(&h).await?;
    for _ in 0..50 {
        if offered_now.len() == 1 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        offered_now = offered(&h).await?;
    }
    assert_eq!(offered_now, ["household"]);
    h.screenshot("assignments-phone-amina-360").await?;

    // Yusuf's phone (the same origin emptied first, as a second phone): both forms.
    h.open("/steward").await?;
    h.cdp(
        "Storage.clearDataForOrigin",
        json!({ "origin": phones, "storageTypes": "all" }),
    )
    .await?;
    h.browser.goto(&format!("{phones}/collect")).await?;
    field.enroll_as("yusuf", &yusuf, PASSPHRASE).await?;
    assert_eq!(offered(&h).await?, [KII, "household"]);
    h.screenshot("assignments-phone-yusuf-360").await?;
    h.finish().await
}
