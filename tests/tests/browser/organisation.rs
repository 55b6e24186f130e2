//! A new organisation from an empty database to an export, in the browser (issue 20's
//! "done when"): `sauti setup` makes the first project and admin (as the README says; here
//! through the same function the command calls), then everything is done on the pages.
//! The admin uploads two XLSForms, reviews each draft and publishes it, adds a steward,
//! two enumerators and a partner (passwords read from the page), installs the project's
//! consent template and data policy from their files; an enumerator enrols a phone and
//! records two interviews; the steward reviews them record by record with the j key,
//! approving each behind its confirmation, chooses the form to export and reads the
//! export; the partner sees only the profile shared with them. At 360 px, with screenshots
//! at 1280 px too.

use anyhow::Result;
use e2e::Harness;
use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use serde_json::json;

use super::admin_forms::{household_survey, key_informant, publish, upload};
use super::team::add_member;

const PROJECT: &str = "kakuma-2027";
const NAME: &str = "Kakuma needs assessment";
const ADMIN: &str = "amina";
const ADMIN_PASSWORD: &str = "tea with cardamom at dawn";
const PASSPHRASE: &str = "goats cross the dry river 9";

/// The project's data policy: every question of both forms classified, the steward's
/// export with names pseudonymised, and the partner's without names.
const POLICY: &str = r#"
project = "kakuma-2027"

[purposes.needs_assessment]
retention_days = 730
[purposes.referral]
retention_days = 180
[purposes.partner_sharing]
retention_days = 365

[fields]
head_name = ["direct_identifier"]
roof = ["plain"]
room_count = ["plain"]
role = ["plain"]
top_need = ["plain"]

[roles.steward]
identifiers = "keep"
[roles.reviewer]
identifiers = "pseudonymise"

[exports.steward]
description = "Approved household surveys for the team, names pseudonymised"
purpose = "needs_assessment"
identifiers = "pseudonymise"
k = 1

[exports.partners]
description = "Household surveys for the partner, without names"
purpose = "partner_sharing"
identifiers = "drop"
k = 1
shared_with = ["unicef-data"]
"#;

async fn size(h: &Harness, width: u32, height: u32) -> Result<()> {
    h.cdp(
        "Emulation.setDeviceMetricsOverride",
        json!({ "width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600 }),
    )
    .await?;
    Ok(())
}

/// A screenshot at 360 px and one at laptop size, then back to 360 px; nothing is wider
/// than the phone's screen.
async fn shots(h: &Harness, name: &str) -> Result<()> {
    let narrow = h
        .browser
        .execute(
            "return document.documentElement.scrollWidth <= window.innerWidth",
            vec![],
        )
        .await?;
    assert_eq!(
        narrow,
        json!(true),
        "{name}: the page scrolls sideways at 360 px"
    );
    h.screenshot(&format!("org-{name}-360")).await?;
    size(h, 1280, 800).await?;
    h.screenshot(&format!("org-{name}-1280")).await?;
    size(h, 360, 740).await
}

async fn sign_in(h: &Harness, username: &str, password: &str) -> Result<()> {
    h.open("/steward").await?;
    h.type_into("#steward-username", username).await?;
    h.type_into("#steward-password", password).await?;
    h.click("#steward-submit").await?;
    h.find("#steward-sign-out").await?;
    Ok(())
}

async fn sign_out(h: &Harness) -> Result<()> {
    h.scroll_to("#steward-sign-out").await?;
    h.click("#steward-sign-out").await?;
    h.find("#steward-username").await?;
    Ok(())
}

/// A file for a file input, kept while the test needs it.
fn file(dir: &tempfile::TempDir, name: &str, text: &str) -> Result<String> {
    let path = dir.path().join(name);
    std::fs::write(&path, text)?;
    Ok(path.to_string_lossy().into_owned())
}

/// Press one key on the page, as a keyboard does.
async fn press(h: &Harness, value: char) -> Result<()> {
    let keys = KeyActions::new("keyboard".into())
        .then(KeyAction::Down { value })
        .then(KeyAction::Up { value });
    h.browser.perform_actions(keys).await?;
    Ok(())
}

/// On the phone: a household survey interview in English with verbal consent to the
/// needs assessment and sharing with partners, saved; its receipt code.
async fn interview(h: &Harness, head: &str, rooms: &str) -> Result<String> {
    h.click("button[data-form='household_survey']").await?;
    h.select("#respondent-lang", "en").await?;
    for purpose in ["needs_assessment", "partner_sharing"] {
        h.click(&format!("#purpose-{purpose}")).await?;
    }
    let field = h.field();
    field.understood().await?;
    h.click("#method-verbal").await?;
    h.type_into("#witness", "Halima").await?;
    h.click("#consent-give").await?;
    h.find("#page-1").await?;
    field.answer("head_name", head).await?;
    field.choose("roof", "metal").await?;
    field.answer("room_count", rooms).await?;
    field.save().await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_new_organisation_sets_up_collects_reviews_and_exports_in_the_browser() -> Result<()> {
    let h = Harness::start_empty().await?;
    size(&h, 360, 740).await?;
    assert!(
        h.server.needs_setup,
        "an empty database asks for its first admin"
    );
    // `sauti setup --project kakuma-2027 --name "…" --admin amina` (the password typed).
    let db = server::db::Db::open(&h.data_dir().join("sauti.sqlite3")).await?;
    server::projects::first_admin(&db, PROJECT, NAME, ADMIN, ADMIN_PASSWORD).await?;

    // The admin's page: the project, no form yet.
    sign_in(&h, ADMIN, ADMIN_PASSWORD).await?;
    h.wait_text("#project-current", |t| t.contains(NAME))
        .await?;
    h.find("#form-file").await?;
    shots(&h, "admin-empty").await?;

    // Two XLSForms, each a draft looked at, then published behind its confirmation.
    let _household = upload(&h, "household_survey.xlsx", household_survey()?).await?;
    assert_eq!(h.text("#version-state").await?, "Draft");
    h.wait_text("#preview", |t| t.contains("Name of the head of household"))
        .await?;
    // (The draft page's pictures are admin_forms.rs's.)
    publish(&h, "Household survey").await?;
    h.click("button.back").await?;
    let _kii = upload(&h, "key_informant.xlsx", key_informant()?).await?;
    h.wait_text("#preview", |t| t.contains("Role of the key informant"))
        .await?;
    publish(&h, "Key-informant interview").await?;
    h.click("button.back").await?;
    h.wait_text("#forms", |t| {
        t.contains("Key-informant interview") && t.contains("Household survey")
    })
    .await?;

    // The team: a steward, two enumerators and a partner, each password shown once.
    h.scroll_to("#team").await?;
    let steward_password = add_member(&h, "halima", "steward").await?;
    let enumerator_password = add_member(&h, "yusuf", "enumerator").await?;
    add_member(&h, "amina.k", "enumerator").await?;
    let partner_password = add_member(&h, "unicef-data", "partner").await?;
    shots(&h, "team").await?;

    // The consent template and the data policy, from their files; a refused policy
    // says where each problem is.
    let files = tempfile::tempdir()?;
    let template = include_str!("../../../server/consent/demo.toml")
        .replace("Sauti demo project", "Kakuma needs assessment");
    h.scroll_to("#governance").await?;
    h.find("#template-file")
        .await?
        .send_keys(&file(&files, "consent.toml", &template)?)
        .await?;
    h.wait_text("#governance-result", |t| {
        t.contains("Consent template installed")
    })
    .await?;
    h.find("#policy-file")
        .await?
        .send_keys(&file(
            &files,
            "broken.toml",
            &POLICY.replace("unicef-data", "nobody"),
        )?)
        .await?;
    let refused = h
        .wait_text("#governance-error", |t| t.contains("nobody"))
        .await?;
    assert!(refused.contains("shared_with"), "{refused}");
    h.find("#policy-file")
        .await?
        .send_keys(&file(&files, "policy.toml", POLICY)?)
        .await?;
    h.wait_text("#governance-result", |t| t.contains("version 1"))
        .await?;
    h.wait_text("#policy-version", |t| t.contains('1')).await?;
    h.scroll_to("#governance").await?;
    shots(&h, "governance").await?;
    sign_out(&h).await?;

    // An enumerator's phone: two interviews, sent.
    h.open("/collect").await?;
    h.field()
        .enroll_as("yusuf", &enumerator_password, PASSPHRASE)
        .await?;
    h.wait_text("section.home .actions", |t| {
        t.contains("Household survey") && t.contains("Key-informant interview")
    })
    .await?;
    shots(&h, "phone-home").await?;
    interview(&h, "Achol Deng", "2").await?;
    interview(&h, "Lokiru Ekal", "3").await?;
    h.click("#sync").await?;
    h.wait_text("#home-message", |t| t == e2e::sync_message("en", 2, 0, 0))
        .await?;

    // The steward reviews record by record: j opens the next, each approved behind its
    // confirmation; the one decided leaves the list and j opens the one after it.
    sign_in(&h, "halima", &steward_password).await?;
    h.wait_text("#review-total", |t| t.contains('2')).await?;
    shots(&h, "desk").await?;
    let mut read = Vec::new();
    for n in 0..2 {
        press(&h, 'j').await?;
        // The record opened is one not read yet (both came in one batch: either first).
        let answers = h
            .wait_text("#record .answers", |t| {
                ["Achol Deng", "Lokiru Ekal"]
                    .iter()
                    .any(|head| t.contains(head) && !read.contains(head))
            })
            .await?;
        assert!(
            answers.contains("Metal sheets"),
            "labelled answers: {answers}"
        );
        read.push(if answers.contains("Achol") {
            "Achol Deng"
        } else {
            "Lokiru Ekal"
        });
        if n == 0 {
            shots(&h, "record").await?;
        }
        for button in ["#decide-approve", "#decision-yes"] {
            h.scroll_to(button).await?;
            h.click(button).await?;
        }
        h.find("#record-state[data-state='approved']").await?;
    }
    h.scroll_to("#record-back").await?;
    h.click("#record-back").await?;
    h.click(".tab[data-state='approved']").await?;
    h.wait_text("#review-total", |t| t.contains('2')).await?;

    // The export: the steward picks the household survey (the form published last is
    // offered first), and its file holds both records, names pseudonymised.
    h.scroll_to("#exports").await?;
    h.select("#export-form", "household_survey").await?;
    let href = h
        .find("#exports li[data-profile='steward'] a.button")
        .await?
        .attr("href")
        .await?
        .unwrap_or_default();
    assert!(href.contains("form=household_survey"), "{href}");
    shots(&h, "exports").await?;
    let csv = h.fetch_text(&href).await?;
    assert_eq!(csv.lines().count(), 3, "a header and two records: {csv}");
    assert!(csv.contains("room_count"), "{csv}");
    assert!(!csv.contains("Achol") && csv.contains("p-"), "{csv}");
    sign_out(&h).await?;

    // The partner: only the profile shared with them, without names.
    sign_in(&h, "unicef-data", &partner_password).await?;
    let offered = h
        .wait_text("#exports", |t| t.contains("for the partner"))
        .await?;
    assert!(!offered.contains("for the team"), "{offered}");
    shots(&h, "partner").await?;
    h.select("#export-form", "household_survey").await?;
    let href = h
        .find("#exports li[data-profile='partners'] a.button")
        .await?
        .attr("href")
        .await?
        .unwrap_or_default();
    let csv = h.fetch_text(&href).await?;
    assert_eq!(csv.lines().count(), 3, "{csv}");
    assert!(
        !csv.contains("head_name") && !csv.contains("Achol"),
        "{csv}"
    );
    h.finish().await
}
