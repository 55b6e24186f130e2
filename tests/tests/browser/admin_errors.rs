//! A server error on an admin card is shown, not fatal. Calls started from a click run
//! outside any reactive owner; looking the UI language up there used to panic the whole
//! page (the recording page stuck on "busy" after Stop), so an admin saw nothing and
//! every button went dead.

use anyhow::Result;
use e2e::Harness;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_server_error_on_an_admin_card_is_shown_and_the_page_goes_on() -> Result<()> {
    let h = Harness::start().await?;
    h.sign_in_as("admin").await?;
    h.scroll_to("#governance").await?;
    // The server fails the policy upload (what a crashed proxy or a full disk answers).
    h.answer_with("/api/v1/policy", 500, "{}").await?;
    let files = tempfile::tempdir()?;
    let path = files.path().join("policy.toml");
    std::fs::write(&path, server::seed::DEMO_POLICY)?;
    h.find("#policy-file")
        .await?
        .send_keys(&path.to_string_lossy())
        .await?;
    let shown = h
        .wait_text("#governance-error", |t| t.contains("500"))
        .await?;
    assert!(shown.contains("Nothing was lost"), "{shown}");
    // The page is alive: the same card takes the next file and says what became of it.
    let template = files.path().join("consent.toml");
    std::fs::write(&template, "not toml [")?;
    h.find("#template-file")
        .await?
        .send_keys(&template.to_string_lossy())
        .await?;
    h.wait_text("#governance-error", |t| !t.contains("500"))
        .await?;
    h.accessible("admin card with a server error").await?;
    h.finish().await
}
