//! An admin's projects and team in the browser (issue 20): from the demo admin's page, a new
//! project is created, the admin switches to it, adds a steward, two enumerators and a
//! partner (each new account's password shown once), disables the steward's account
//! behind a confirmation (the steward's session stops working at once), is told in their
//! language why a weak new password of their own is refused, and switches back. At 360 px
//! (nothing wider than the screen) and at laptop size.

use anyhow::Result;
use e2e::Harness;
use serde_json::{Value, json};

const PROJECT: &str = "wash-2027";
const NAME: &str = "Water points 2027";

async fn size(h: &Harness, width: u32, height: u32) -> Result<()> {
    h.cdp(
        "Emulation.setDeviceMetricsOverride",
        json!({ "width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600 }),
    )
    .await?;
    Ok(())
}

/// A screenshot at laptop size, then back to the phone's 360 px.
async fn laptop_shot(h: &Harness, name: &str) -> Result<()> {
    size(h, 1280, 800).await?;
    h.screenshot(&format!("{name}-1280")).await?;
    size(h, 360, 740).await
}

/// Nothing is wider than the screen at 360 px, and every button, select and text field of
/// the project bar, projects and team is at least 48 px tall.
pub(super) async fn fits(h: &Harness) -> Result<()> {
    let checked = h
        .browser
        .execute(
            "const narrow = document.documentElement.scrollWidth <= window.innerWidth;
             const small = [...document.querySelectorAll(':is(#project-bar, #projects, #team) :is(button, select, input:not([type=checkbox]))')]
               .filter(b => b.offsetParent !== null && b.getBoundingClientRect().height < 48)
               .map(b => b.id || b.className || b.tagName);
             return { narrow, small };",
            vec![],
        )
        .await?;
    assert_eq!(
        checked["narrow"],
        json!(true),
        "the page scrolls sideways at 360 px"
    );
    assert_eq!(checked["small"], json!([]), "touch targets under 48 px");
    Ok(())
}

/// Add a new account with `role` on the team page; the password it was given, read from
/// the page, where it is shown once.
pub(super) async fn add_member(h: &Harness, username: &str, role: &str) -> Result<String> {
    h.type_into("#member-username", username).await?;
    h.select("#member-role", role).await?;
    h.click("#member-submit").await?;
    h.wait_text("#team-status", |t| t.contains(username))
        .await?;
    h.wait_text("#one-time-password", |t| t.contains(username))
        .await?;
    let password = h.text("#one-time-password code.password").await?;
    assert_eq!(password.len(), 17, "a generated password: {password}");
    h.find(&format!(
        "#members li[data-username='{username}'][data-role='{role}']"
    ))
    .await?;
    Ok(password)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_admin_creates_a_project_builds_its_team_and_disables_an_account() -> Result<()> {
    let h = Harness::start().await?;
    size(&h, 360, 740).await?;
    h.sign_in_as("admin").await?;
    h.wait_text("#project-current", |t| t.contains("Admin"))
        .await?;

    // A new project; the admin is its admin and switches to it.
    h.scroll_to("#new-project").await?;
    h.type_into("#new-project-id", PROJECT).await?;
    h.type_into("#new-project-name", NAME).await?;
    h.click("#new-project-submit").await?;
    h.wait_text("#projects-status", |t| t.contains(NAME))
        .await?;
    h.find(&format!(".project-list li[data-project='{PROJECT}']"))
        .await?;
    h.screenshot("team-project-created-360").await?;
    h.select("#project-switch", PROJECT).await?;
    h.wait_text("#project-current", |t| t.contains(NAME))
        .await?;
    h.wait_text("#team", |t| t.contains(NAME)).await?;

    // Its team: a steward, two enumerators and a partner, each password shown once.
    let steward_password = add_member(&h, "halima", "steward").await?;
    add_member(&h, "yusuf", "enumerator").await?;
    add_member(&h, "amina.k", "enumerator").await?;
    add_member(&h, "unicef-data", "partner").await?;
    h.scroll_to("#members").await?;
    fits(&h).await?;
    h.screenshot("team-members-360").await?;
    laptop_shot(&h, "team-members").await?;

    let admin = h.admin().await?;
    let members: Value = admin
        .get(format!("{}/api/v1/projects/{PROJECT}/members", h.base))
        .send()
        .await?
        .json()
        .await?;
    let roles: Vec<(&str, &str)> = members
        .as_array()
        .unwrap()
        .iter()
        .map(|m| (m["username"].as_str().unwrap(), m["role"].as_str().unwrap()))
        .collect();
    assert_eq!(
        roles,
        vec![
            ("admin", "admin"),
            ("amina.k", "enumerator"),
            ("halima", "steward"),
            ("unicef-data", "partner"),
            ("yusuf", "enumerator")
        ]
    );

    // The steward signs in elsewhere; disabling her account ends that session at once.
    let halima = reqwest::Client::builder().cookie_store(true).build()?;
    let signed_in = halima
        .post(format!("{}/api/v1/auth/login", h.base))
        .json(&json!({ "username": "halima", "password": steward_password }))
        .send()
        .await?;
    assert_eq!(signed_in.status(), 200);
    let me = |client: &reqwest::Client| client.get(format!("{}/api/v1/auth/me", h.base)).send();
    assert_eq!(me(&halima).await?.status(), 200);
    h.click("#members li[data-username='halima'] button.disable")
        .await?;
    let question = h
        .wait_text("#team-question", |t| t.contains("halima"))
        .await?;
    assert!(question.contains("cannot sign in"), "{question}");
    h.scroll_to("#team-question").await?;
    fits(&h).await?;
    h.screenshot("team-disable-confirm-360").await?;
    h.click("#team-confirm").await?;
    h.find("#members li[data-username='halima'][data-disabled='true']")
        .await?;
    assert_eq!(
        me(&halima).await?.status(),
        401,
        "her session stopped working"
    );
    let again = reqwest::Client::new()
        .post(format!("{}/api/v1/auth/login", h.base))
        .json(&json!({ "username": "halima", "password": steward_password }))
        .send()
        .await?;
    assert_eq!(again.status(), 401, "and she cannot sign in");
    h.scroll_to("#members li[data-username='halima']").await?;
    h.screenshot("team-disabled-360").await?;

    // One's own new password is checked on the page, with the reason in words.
    h.scroll_to("#own-password").await?;
    h.click("#own-password summary").await?;
    h.type_into("#password-current", &h.password("admin"))
        .await?;
    h.type_into("#password-new", "password 2027").await?;
    h.type_into("#password-again", "password 2027").await?;
    h.click("#password-submit").await?;
    h.wait_text("#own-password .error", |t| t.contains("guessing"))
        .await?;

    // Back to the demo project: its own team, without the new members.
    h.select("#project-switch", "demo").await?;
    h.wait_text("#project-current", |t| t.contains("Demo"))
        .await?;
    h.find("#members li[data-username='enumerator']").await?;
    assert!(h.absent("#members li[data-username='halima']").await?);
    h.screenshot("team-demo-360").await?;
    laptop_shot(&h, "team-demo").await?;
    let events: Value = admin
        .get(format!("{}/api/v1/auth/me", h.base))
        .send()
        .await?
        .json()
        .await?;
    assert_eq!(events["projects"].as_array().map(Vec::len), Some(2));
    h.finish().await
}
