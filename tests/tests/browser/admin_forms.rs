//! An admin's forms in the browser (issue 20): two XLSForms uploaded as drafts (a
//! household survey in English and French, a key-informant interview in English and
//! Arabic), each draft's warnings, unclassified questions and preview in two languages
//! looked at, each published behind its confirmation, and a phone that enrols afterwards
//! receives both, at 360 px and at laptop size.

use anyhow::Result;

use crate::sheets::workbook;
use e2e::Harness;
use serde_json::{Value, json};

const PASSPHRASE: &str = "mango tree by the school 7";

fn row(cells: &[&str]) -> Vec<String> {
    cells.iter().map(|c| c.to_string()).collect()
}

/// A household survey in English and French. Its `shelter` question asks for an
/// appearance Sauti does not draw (a warning naming sheet and row), and `head_name` is
/// tagged in the form; `roof` and `room_count` are classified by nobody.
pub(super) fn household_survey() -> Result<Vec<u8>> {
    let survey = vec![
        row(&[
            "type",
            "name",
            "label::English (en)",
            "label::Français (fr)",
            "hint::English (en)",
            "hint::Français (fr)",
            "appearance",
            "tags",
        ]),
        row(&[
            "text",
            "head_name",
            "Name of the head of household",
            "Nom du chef de ménage",
            "As the respondent says it",
            "Comme la personne le dit",
            "",
            "direct_identifier",
        ]),
        row(&[
            "select_one roof",
            "roof",
            "Material of the roof",
            "Matériau du toit",
            "",
            "",
            "likert-wheel",
            "",
        ]),
        row(&[
            "integer",
            "room_count",
            "Number of rooms",
            "Nombre de pièces",
            "",
            "",
            "",
            "",
        ]),
    ];
    let choices = vec![
        row(&[
            "list_name",
            "name",
            "label::English (en)",
            "label::Français (fr)",
        ]),
        row(&["roof", "tarpaulin", "Tarpaulin", "Bâche"]),
        row(&["roof", "metal", "Metal sheets", "Tôle"]),
    ];
    let settings = vec![
        row(&["form_title", "form_id", "version", "default_language"]),
        row(&[
            "Household survey",
            "household_survey",
            "2026120601",
            "English (en)",
        ]),
    ];
    workbook(&[
        ("survey", survey),
        ("choices", choices),
        ("settings", settings),
    ])
}

/// A key-informant interview in English and Arabic.
pub(super) fn key_informant() -> Result<Vec<u8>> {
    let survey = vec![
        row(&["type", "name", "label::English (en)", "label::العربية (ar)"]),
        row(&[
            "text",
            "role",
            "Role of the key informant",
            "دور المُخبر الرئيسي",
        ]),
        row(&[
            "select_one needs",
            "top_need",
            "Most urgent need in the community",
            "أكثر الاحتياجات إلحاحًا في المجتمع",
        ]),
    ];
    let choices = vec![
        row(&[
            "list_name",
            "name",
            "label::English (en)",
            "label::العربية (ar)",
        ]),
        row(&["needs", "water", "Water", "الماء"]),
        row(&["needs", "food", "Food", "الغذاء"]),
    ];
    let settings = vec![
        row(&["form_title", "form_id", "version", "default_language"]),
        row(&[
            "Key-informant interview",
            "key_informant",
            "1",
            "English (en)",
        ]),
    ];
    workbook(&[
        ("survey", survey),
        ("choices", choices),
        ("settings", settings),
    ])
}

/// The page's size in CSS pixels, as a phone (`mobile`) or a laptop shows it.
async fn viewport(h: &Harness, width: u32, height: u32, mobile: bool) -> Result<()> {
    h.cdp(
        "Emulation.setDeviceMetricsOverride",
        json!({ "width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile }),
    )
    .await?;
    Ok(())
}

/// Show the page at laptop size for a screenshot, then back to the phone's 360 px.
async fn laptop_shot(h: &Harness, name: &str) -> Result<()> {
    viewport(h, 1280, 800, false).await?;
    h.screenshot(&format!("{name}-1280")).await?;
    viewport(h, 360, 740, true).await
}

/// Nothing is wider than the screen at 360 px (no sideways scrolling).
async fn fits(h: &Harness) -> Result<()> {
    let wide = h
        .browser
        .execute(
            "return document.documentElement.scrollWidth <= window.innerWidth",
            vec![],
        )
        .await?;
    assert_eq!(wide, json!(true), "the page scrolls sideways at 360 px");
    Ok(())
}

/// Upload a workbook through the page's file input; the draft page opens.
pub(super) async fn upload(h: &Harness, name: &str, bytes: Vec<u8>) -> Result<tempfile::TempDir> {
    let dir = tempfile::tempdir()?;
    let path = dir.path().join(name);
    std::fs::write(&path, bytes)?;
    h.find("#form-file")
        .await?
        .send_keys(&path.to_string_lossy())
        .await?;
    h.find("#version-state").await?;
    Ok(dir)
}

/// Publish the open draft behind its confirmation, which says what phones will get.
pub(super) async fn publish(h: &Harness, title: &str) -> Result<()> {
    h.click("#publish").await?;
    let confirm = h
        .wait_text("#publish-confirm", |t| t.contains("Phones will receive"))
        .await?;
    assert!(confirm.contains(title), "{confirm}");
    h.click("#publish-yes").await?;
    h.wait_text("#draft-note", |t| t.starts_with("Published"))
        .await?;
    h.wait_text("#version-state", |t| t == "Published").await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_admin_drafts_previews_and_publishes_two_forms_and_a_phone_gets_both() -> Result<()> {
    let h = Harness::start().await?;
    viewport(&h, 360, 740, true).await?;
    h.cdp(
        "Emulation.setDeviceMetricsOverride",
        json!({ "width": 360, "height": 740, "deviceScaleFactor": 1, "mobile": true }),
    )
    .await?;
    h.sign_in_as("admin").await?;
    // The demo's household form is there, published.
    h.wait_text("#forms", |t| t.contains("Published")).await?;
    h.screenshot("admin-forms-list-360").await?;

    let _household = upload(&h, "household_survey.xlsx", household_survey()?).await?;
    assert_eq!(h.text("#version-state").await?, "Draft");
    let warnings = h.text("#draft-warnings").await?;
    assert!(
        warnings.contains("sheet survey")
            && warnings.contains("row 3")
            && warnings.contains("likert-wheel"),
        "the warning says where: {warnings}"
    );
    let unclassified = h.text("#draft-unclassified").await?;
    assert!(
        unclassified.contains("roof") && unclassified.contains("room_count"),
        "{unclassified}"
    );
    assert!(
        !unclassified.contains("head_name"),
        "tagged in the form: {unclassified}"
    );
    // The preview as phones show it, in English, then in French.
    h.wait_text("#preview", |t| {
        t.contains("Name of the head of household") && t.contains("Tarpaulin")
    })
    .await?;
    assert!(
        h.text("#preview")
            .await?
            .contains("As the respondent says it")
    );
    h.select("#preview-language", "fr").await?;
    h.wait_text("#preview", |t| {
        t.contains("Nom du chef de ménage") && t.contains("Bâche")
    })
    .await?;
    let disabled = h
        .browser
        .execute(
            "return document.querySelector('#preview input').matches(':disabled')",
            vec![],
        )
        .await?;
    assert_eq!(disabled, json!(true), "the preview is read-only");
    fits(&h).await?;
    h.scroll_to("#draft-warnings").await?;
    h.screenshot("admin-draft-360").await?;
    h.scroll_to("#preview").await?;
    h.screenshot("admin-preview-fr-360").await?;
    laptop_shot(&h, "admin-draft").await?;

    // Not on phones before it is published.
    let enumerator = json!({ "username": "enumerator", "password": h.password("enumerator") });
    let early: Value = reqwest::Client::new()
        .post(format!("{}/api/v1/devices/enroll", h.base))
        .json(&enumerator)
        .send()
        .await?
        .error_for_status()?
        .json()
        .await?;
    assert_ne!(
        early["form"]["id"], "household_survey",
        "a draft reaches no phone"
    );

    h.click("#publish").await?;
    let confirm = h.text("#publish-confirm").await?;
    assert!(
        confirm.contains("Unclassified questions: 2"),
        "the confirmation says what will not leave: {confirm}"
    );
    h.scroll_to("#publish-confirm").await?;
    h.screenshot("admin-publish-confirm-360").await?;
    h.click("#publish-confirm button:not(.primary)").await?;
    publish(&h, "Household survey").await?;

    // The second form: a key-informant interview, previewed in Arabic (right to left).
    h.click("button.back").await?;
    h.find("#form-file").await?;
    let _kii = upload(&h, "key_informant.xlsx", key_informant()?).await?;
    h.wait_text("#preview", |t| t.contains("Role of the key informant"))
        .await?;
    h.select("#preview-language", "ar").await?;
    h.wait_text("#preview", |t| {
        t.contains("دور المُخبر الرئيسي") && t.contains("الماء")
    })
    .await?;
    let dir = h
        .browser
        .execute("return document.querySelector('#preview').dir", vec![])
        .await?;
    assert_eq!(dir, json!("rtl"));
    h.scroll_to("#preview").await?;
    h.screenshot("admin-preview-ar-360").await?;
    publish(&h, "Key-informant interview").await?;

    h.click("button.back").await?;
    let list = h
        .wait_text("#forms", |t| {
            t.contains("Key-informant interview") && t.contains("Household survey")
        })
        .await?;
    assert!(!list.contains("Draft"), "both published: {list}");
    fits(&h).await?;
    h.screenshot("admin-forms-published-360").await?;
    laptop_shot(&h, "admin-forms-published").await?;

    // A phone enrolled now receives both forms (and the demo's).
    let enrolled: Value = reqwest::Client::new()
        .post(format!("{}/api/v1/devices/enroll", h.base))
        .json(&enumerator)
        .send()
        .await?
        .error_for_status()?
        .json()
        .await?;
    let mut ids: Vec<&str> = std::iter::once(&enrolled["form"])
        .chain(enrolled["other_forms"].as_array().into_iter().flatten())
        .filter_map(|f| f["id"].as_str())
        .collect();
    ids.sort_unstable();
    assert_eq!(ids, ["household", "household_survey", "key_informant"]);

    // On the phone: one New interview per form; the household survey's opens its consent.
    h.open("/collect").await?;
    let field = h.field();
    field.enroll(PASSPHRASE).await?;
    let offered = h
        .wait_text("section.home .actions", |t| {
            t.contains("Household survey") && t.contains("Key-informant interview")
        })
        .await?;
    assert!(offered.contains("Household needs assessment"), "{offered}");
    fits(&h).await?;
    h.screenshot("phone-three-forms-360").await?;
    h.click("button[data-form='household_survey']").await?;
    h.find("#purpose-needs_assessment").await?;
    h.finish().await
}
