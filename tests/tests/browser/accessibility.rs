//! Accessibility as a property of every screen (issue 21), beyond what axe-core checks on
//! each screen the tests visit (`e2e`'s `a11y`):
//! - the consent screen and a question page done with the keyboard alone (Tab and
//!   Shift+Tab, Enter, Space, and the arrow keys a radio group has), focus moving to each
//!   new screen's heading (sign-in, a new interview, consent given, Next, save, Done,
//!   lock and unlock) and to the first wrong answer of a refused Next; hints describe
//!   their fields; a required choice group says so;
//! - the focus ring at 3:1 or more on every background it is drawn on;
//! - at 320 px, nothing scrolls sideways and a form's long title wraps;
//! - a notice before the idle lock, with "Stay unlocked";
//! - the community page keeps the focus while its request runs.

use std::time::Duration;

use anyhow::{Context, Result, bail};
use e2e::Harness;
use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::key::Key;
use serde_json::{Value, json};

const PASSPHRASE: &str = "lanterns along the shore 4";

async fn js(h: &Harness, script: &str, args: Vec<Value>) -> Result<Value> {
    Ok(h.browser.execute(script, args).await?)
}

/// Press keys one after the other, as a keyboard does (to whatever has the focus).
async fn press(h: &Harness, keys: &[Key]) -> Result<()> {
    let mut actions = KeyActions::new("keyboard".into());
    for key in keys {
        let value = char::from(*key);
        actions = actions
            .then(KeyAction::Down { value })
            .then(KeyAction::Up { value });
    }
    h.browser.perform_actions(actions).await?;
    Ok(())
}

/// Type text key by key into what has the focus.
async fn type_keys(h: &Harness, text: &str) -> Result<()> {
    let mut actions = KeyActions::new("keyboard".into());
    for value in text.chars() {
        actions = actions
            .then(KeyAction::Down { value })
            .then(KeyAction::Up { value });
    }
    h.browser.perform_actions(actions).await?;
    Ok(())
}

/// Whether the element with the focus matches `css`.
async fn focus_is(h: &Harness, css: &str) -> Result<bool> {
    Ok(js(
        h,
        "return !!document.activeElement && document.activeElement.matches(arguments[0]);",
        vec![json!(css)],
    )
    .await?
        == Value::Bool(true))
}

/// What has the focus, for failure messages.
async fn focused(h: &Harness) -> Result<String> {
    let v = js(
        h,
        "const el = document.activeElement;
         return el ? el.tagName + '#' + el.id + ' ' + (el.textContent || '').slice(0, 40) : 'none';",
        vec![],
    )
    .await?;
    Ok(v.as_str().unwrap_or_default().to_string())
}

/// Wait until the focus is on `css` (screens draw, then move the focus).
async fn wait_focus(h: &Harness, css: &str) -> Result<()> {
    for _ in 0..100 {
        if focus_is(h, css).await? {
            return Ok(());
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    bail!(
        "the focus never reached {css}; it is on {}",
        focused(h).await?
    )
}

/// Press Tab until `css` has the focus (Shift+Tab when `back`); fails after 80 presses.
async fn tab_to(h: &Harness, css: &str) -> Result<()> {
    for _ in 0..80 {
        if focus_is(h, css).await? {
            return Ok(());
        }
        press(h, &[Key::Tab]).await?;
    }
    bail!(
        "Tab never reached {css}; the focus is on {}",
        focused(h).await?
    )
}

/// Whether a checkbox or radio button is checked.
async fn checked(h: &Harness, css: &str) -> Result<bool> {
    Ok(h.find(css).await?.prop("checked").await?.as_deref() == Some("true"))
}

/// The main screen's heading has the focus and the page is scrolled to its top.
async fn at_heading(h: &Harness, screen: &str) -> Result<()> {
    wait_focus(h, "main h1")
        .await
        .with_context(|| format!("the heading of {screen}"))?;
    let top = js(h, "return window.scrollY;", vec![]).await?;
    assert_eq!(top.as_f64(), Some(0.0), "{screen} opens at its top");
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_consent_screen_and_a_question_page_work_with_the_keyboard_alone() -> Result<()> {
    let h = Harness::start().await?;
    h.open("/collect").await?;
    h.find("#setup-username").await?;
    h.accessible("setup").await?;
    tab_to(&h, "#setup-username").await?;
    type_keys(&h, "enumerator").await?;
    tab_to(&h, "#setup-password").await?;
    type_keys(&h, &h.password("enumerator")).await?;
    tab_to(&h, "#setup-signin").await?;
    press(&h, &[Key::Enter]).await?;
    // The passphrase step: its heading has the focus.
    at_heading(&h, "the passphrase step").await?;
    for field in ["#setup-passphrase", "#setup-confirm"] {
        tab_to(&h, field).await?;
        type_keys(&h, PASSPHRASE).await?;
    }
    tab_to(&h, "#setup-submit").await?;
    press(&h, &[Key::Enter]).await?;
    h.find("#new-interview").await?;
    // Signed in: the home screen's heading has the focus.
    at_heading(&h, "home").await?;
    tab_to(&h, "#new-interview").await?;
    press(&h, &[Key::Enter]).await?;
    at_heading(&h, "consent").await?;

    // Consent, by keys only.
    tab_to(&h, "#purpose-needs_assessment").await?;
    press(&h, &[Key::Space]).await?;
    assert!(checked(&h, "#purpose-needs_assessment").await?);
    // A radio group is entered with Tab on its first button; the arrows move within it.
    tab_to(&h, "#understand-voluntary-yes").await?;
    press(&h, &[Key::Space]).await?;
    tab_to(&h, "#understand-aid_unchanged-yes").await?;
    press(&h, &[Key::Down]).await?;
    assert!(checked(&h, "#understand-voluntary-yes").await?);
    assert!(checked(&h, "#understand-aid_unchanged-no").await?);
    tab_to(&h, "#method-signature").await?;
    press(&h, &[Key::Down, Key::Down]).await?;
    assert!(
        checked(&h, "#method-verbal").await?,
        "verbal consent chosen"
    );
    tab_to(&h, "#witness").await?;
    type_keys(&h, "Amina").await?;
    tab_to(&h, "#consent-give").await?;
    h.screenshot("keyboard-consent").await?;
    press(&h, &[Key::Enter]).await?;
    h.find("#page-1").await?;
    // Consent given: page 1 from its top, its heading focused.
    at_heading(&h, "page 1").await?;

    // A refused Next moves the focus to the first wrong answer.
    tab_to(&h, "#next").await?;
    press(&h, &[Key::Enter]).await?;
    wait_focus(&h, "#q-interview_date").await?;
    h.field().date("interview_date", "2025-11-20").await?;
    tab_to(&h, "#q-admin_area").await?;
    type_keys(&h, "Kakuma").await?;
    tab_to(&h, "#next").await?;
    press(&h, &[Key::Enter]).await?;
    h.find("#page-2").await?;
    // Next: the new page is announced ("Page 2 of 8") and Tab starts from its top.
    wait_focus(&h, "#page-indicator").await?;

    // Page 2 by keys: a text with a hint, two required choice groups.
    tab_to(&h, "#q-respondent_name").await?;
    let described = h
        .find("#q-respondent_name")
        .await?
        .attr("aria-describedby")
        .await?
        .unwrap_or_default();
    assert!(
        described
            .split_whitespace()
            .any(|id| id == "q-respondent_name-hint"),
        "the hint describes its field: {described:?}"
    );
    assert!(!h.text("#q-respondent_name-hint").await?.is_empty());
    type_keys(&h, "Fatima").await?;
    // Displaced (the second choice: the arrow key), which asks for the reason next.
    for (group, keys) in [
        ("displacement_status", [Key::Down]),
        ("displacement_reason", [Key::Space]),
    ] {
        let radios = format!("[role='radiogroup'][aria-labelledby='q-{group}-label']");
        let required = h.find(&radios).await?.attr("aria-required").await?;
        assert_eq!(
            required.as_deref(),
            Some("true"),
            "{group} says it is required"
        );
        assert!(
            h.text(&format!("#q-{group}-label")).await?.contains('*'),
            "{group} shows it is required"
        );
        tab_to(&h, &format!("{radios} input")).await?;
        press(&h, &keys).await?;
        assert!(
            js(
                &h,
                "return !!document.querySelector(arguments[0] + ' input:checked');",
                vec![json!(radios)]
            )
            .await?
                == Value::Bool(true),
            "{group} answered by keys"
        );
    }
    h.screenshot("keyboard-page-2").await?;
    tab_to(&h, "#next").await?;
    press(&h, &[Key::Enter]).await?;
    h.find("#page-3").await?;
    wait_focus(&h, "#page-indicator").await?;
    // Back, by keys too.
    tab_to(&h, "#back").await?;
    press(&h, &[Key::Enter]).await?;
    h.find("#page-2").await?;
    wait_focus(&h, "#page-indicator").await?;

    // Leaving for home keeps the draft; locking and unlocking land on headings too.
    h.click("#save-draft").await?;
    h.find("#new-interview").await?;
    at_heading(&h, "home after the draft").await?;
    h.click("#lock").await?;
    h.find("#unlock-passphrase").await?;
    at_heading(&h, "unlock").await?;
    h.field().unlock(PASSPHRASE).await?;
    h.find("#new-interview").await?;
    at_heading(&h, "home after unlocking").await?;
    h.finish().await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn saving_and_signing_in_move_the_focus_to_the_new_screen() -> Result<()> {
    let h = Harness::enrolled(PASSPHRASE).await?;
    let field = h.field();
    field.one_person_household("Kakuma").await?;
    h.click("#save").await?;
    h.find("#receipt-code").await?;
    at_heading(&h, "the receipt").await?;
    h.accessible("receipt").await?;
    h.click("#receipt-done").await?;
    h.find("#new-interview").await?;
    at_heading(&h, "home after the receipt").await?;
    // The steward's page: signing in lands on the desk's heading.
    h.sign_in_as("steward").await?;
    at_heading(&h, "the review desk").await?;
    h.finish().await
}

/// The contrast ratio of two CSS colours as `getComputedStyle` writes them.
const CONTRAST_JS: &str = "
    const rgb = (c) => (c.match(/[\\d.]+/g) || []).slice(0, 3).map(Number);
    const lum = (c) => {
        const [r, g, b] = rgb(c).map(v => v / 255)
            .map(v => v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4));
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const ratio = (a, b) => {
        const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
        return (x + 0.05) / (y + 0.05);
    };
    const background = (el) => {
        for (let e = el.parentElement; e; e = e.parentElement) {
            const bg = getComputedStyle(e).backgroundColor;
            if (!/rgba\\(.*, 0\\)$/.test(bg) && bg !== 'transparent') return bg;
        }
        return 'rgb(255, 255, 255)';
    };";

/// For the element with the focus: the best contrast its focus ring (the outline, or the
/// halo drawn as a box shadow) has against what it is drawn on, and against the page's
/// own background (`--wash`).
async fn ring_contrast(h: &Harness) -> Result<(f64, f64, String)> {
    let script = format!(
        "{CONTRAST_JS}
         const el = document.activeElement;
         const style = getComputedStyle(el);
         if (style.outlineStyle === 'none' || parseFloat(style.outlineWidth) < 2) return [0, 0, 'no ring'];
         const halo = (style.boxShadow.match(/rgba?\\([^)]*\\)/) || [style.outlineColor])[0];
         const behind = background(el);
         const page = getComputedStyle(document.documentElement).backgroundColor;
         const best = (bg) => Math.max(ratio(style.outlineColor, bg), ratio(halo, bg));
         return [best(behind), best(page), el.id + ' on ' + behind];"
    );
    let v = js(h, &script, vec![]).await?;
    Ok((
        v[0].as_f64().unwrap_or_default(),
        v[1].as_f64().unwrap_or_default(),
        v[2].as_str().unwrap_or_default().to_string(),
    ))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_focus_ring_shows_on_every_background_and_320_px_never_scrolls_sideways() -> Result<()>
{
    // A form whose title is its file name, as a field team uploads it: one long word.
    let mut form = forms::demo::household_form();
    form.version = "2026-12-long-title".into();
    let long = "Kakuma_household_needs_assessment_round_3_FINAL_v12_ARABIC_ENGLISH_cleaned";
    form.title = forms::model::Text::single("en", long);
    form.title
        .0
        .insert("ar".into(), long.replace("ARABIC", "عربي"));
    let h = Harness::start().await?;
    h.import_form(&form).await?;
    // A second form: home then names each form on its button.
    let mut water = forms::demo::chained_form(1);
    water.id = "zz_water_points".into();
    water.title = forms::model::Text::single("en", "Water points");
    h.import_form(&water).await?;
    h.cdp(
        "Emulation.setDeviceMetricsOverride",
        json!({ "width": 320, "height": 640, "deviceScaleFactor": 1, "mobile": true }),
    )
    .await?;
    h.open("/collect").await?;
    h.field().enroll(PASSPHRASE).await?;
    h.find("#new-interview-1").await?;
    // Home too: the title is on a button (found walking a WFP questionnaire titled
    // `standardized_combinedquestionnaire`: its button ran off the screen, and a tap on
    // "Sync now" opened "Change passphrase").
    let home = js(
        &h,
        "return [document.documentElement.scrollWidth, window.innerWidth];",
        vec![],
    )
    .await?;
    assert!(
        home[0].as_f64() <= home[1].as_f64(),
        "home at 320 px: {home}"
    );
    h.screenshot("long-title-home-320").await?;

    // The ring, reached by keyboard (`:focus-visible`), on the bar, a card and a choice.
    let household = format!("button.new-interview[data-form='{}']", form.id);
    for (css, what) in [
        ("#ui-lang", "the language picker on the brand bar"),
        (household.as_str(), "a button on a card"),
    ] {
        tab_to(&h, css).await?;
        let (behind, page, on) = ring_contrast(&h).await?;
        assert!(behind >= 3.0, "{what}: {behind:.2}:1 ({on})");
        if css != "#ui-lang" {
            assert!(page >= 3.0, "{what} on the page: {page:.2}:1");
        }
    }
    h.screenshot("focus-ring-home-320").await?;
    press(&h, &[Key::Enter]).await?;
    h.find("#consent-give").await?;
    tab_to(&h, "#purpose-needs_assessment").await?;
    press(&h, &[Key::Space]).await?;
    let (behind, page, on) = ring_contrast(&h).await?;
    assert!(
        behind >= 3.0 && page >= 3.0,
        "a checked purpose: {behind:.2}:1, {page:.2}:1 ({on})"
    );

    // Nothing wider than the screen, whatever the title: on consent and on page 1.
    let sideways = "return [document.documentElement.scrollWidth, window.innerWidth];";
    let widths = js(&h, sideways, vec![]).await?;
    assert!(
        widths[0].as_f64() <= widths[1].as_f64(),
        "consent at 320 px: {widths}"
    );
    h.screenshot("consent-320").await?;
    h.field().understood().await?;
    h.click("#method-verbal").await?;
    h.type_into("#witness", "Amina").await?;
    h.click("#consent-give").await?;
    h.find("#page-1").await?;
    for lang in ["en", "ar"] {
        h.select("#form-lang", lang).await?;
        let widths = js(&h, sideways, vec![]).await?;
        assert!(
            widths[0].as_f64() <= widths[1].as_f64(),
            "page 1 at 320 px ({lang}): {widths}"
        );
        let title = js(
            &h,
            "const t = document.querySelector('.interview h1');
             return [t.scrollWidth, t.clientWidth, t.getBoundingClientRect().height];",
            vec![],
        )
        .await?;
        assert!(
            title[0].as_f64() <= title[1].as_f64(),
            "the title wraps ({lang}): {title}"
        );
        assert!(
            title[2].as_f64().unwrap_or_default() > 40.0,
            "on several lines ({lang})"
        );
        h.screenshot(&format!("long-title-320-{lang}")).await?;
    }
    // A choice with the focus, on a page of questions.
    h.field().date("interview_date", "2025-11-20").await?;
    h.field().answer("admin_area", "Kakuma").await?;
    h.field().next(2).await?;
    tab_to(&h, "[aria-labelledby='q-displacement_status-label'] input").await?;
    let (behind, page, on) = ring_contrast(&h).await?;
    assert!(
        behind >= 3.0 && page >= 3.0,
        "a radio button: {behind:.2}:1, {page:.2}:1 ({on})"
    );
    h.screenshot("focus-ring-choice-320").await?;
    h.finish().await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_idle_lock_is_announced_a_minute_before_and_can_be_put_off() -> Result<()> {
    let h = Harness::enrolled(PASSPHRASE).await?;
    h.field().one_person_household("Kakuma").await?;
    // Nine and a half minutes pass without a touch (the page's clock is moved on).
    let later = |minutes: f64| {
        format!(
            "const real = window.__realNow || (window.__realNow = Date.now);
             const shift = {minutes} * 60 * 1000;
             Date.now = () => real() + shift;"
        )
    };
    js(&h, &later(9.5), vec![]).await?;
    h.wait_text("#idle-warning-text", |t| !t.is_empty()).await?;
    wait_focus(&h, "#idle-stay").await?;
    h.accessible("the idle notice").await?;
    h.screenshot("idle-warning").await?;
    // "Stay unlocked": the notice goes, the focus returns, the interview stays open.
    press(&h, &[Key::Enter]).await?;
    let gone = h.find("#idle-warning").await?.attr("hidden").await?;
    assert!(gone.is_some(), "the notice went");
    assert!(h.absent("#unlock-passphrase").await?, "still unlocked");
    // Untouched for the whole time: it locks.
    js(&h, &later(21.0), vec![]).await?;
    h.find("#unlock-passphrase").await?;
    assert!(h.absent("#idle-warning:not([hidden])").await?);
    h.finish().await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_community_page_keeps_the_focus_while_it_asks_the_server() -> Result<()> {
    let h = Harness::start().await?;
    h.open("/community").await?;
    h.find("#community-receipt").await?;
    h.accessible("the community page").await?;
    // A slow network: every call takes two seconds.
    js(
        &h,
        "const real = window.fetch;
         window.fetch = (u, i) => new Promise(r => setTimeout(() => r(real(u, i)), 2000));",
        vec![],
    )
    .await?;
    tab_to(&h, "#community-receipt").await?;
    type_keys(&h, "7K2M-9QXD-4").await?;
    tab_to(&h, "#community-access").await?;
    type_keys(&h, "1234").await?;
    tab_to(&h, "#community-look-up").await?;
    press(&h, &[Key::Enter]).await?;
    // While the request runs, the button keeps the focus and says it is busy.
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert!(
        focus_is(&h, "#community-look-up").await?,
        "{}",
        focused(&h).await?
    );
    let busy = h
        .find("#community-look-up")
        .await?
        .attr("aria-disabled")
        .await?;
    assert_eq!(busy.as_deref(), Some("true"));
    // The answer (no such receipt) is announced; the focus is still where it was.
    h.wait_text("section.card p.error", |t| !t.is_empty())
        .await?;
    assert!(
        focus_is(&h, "#community-look-up").await?,
        "{}",
        focused(&h).await?
    );
    h.accessible("the community page with an error").await?;
    h.finish().await
}
