//! The 1,000-question chained form of TARGETS.md in headless Chromium, against the real
//! server and the release client: `cargo bench -p e2e --bench big_form` (after
//! `scripts/build-app.sh`). Two figures, each the median of several runs at CPU x1 and x4:
//! - consent given → first question visible (the form compiled, settled and rendered);
//! - one keystroke in the first question → the next painted frame, typed with real key
//!   events (keydown, keypress, input, keyup) through WebDriver, timed inside the page
//!   from `keydown` to a task queued from the next `requestAnimationFrame`.

use anyhow::{Context, Result};
use e2e::Harness;
use fantoccini::Locator;
use serde_json::json;

const PASSPHRASE: &str = "olive tree at dawn 7";

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

async fn throttle(h: &Harness, rate: u32) -> Result<()> {
    h.cdp("Emulation.setCPUThrottlingRate", json!({ "rate": rate }))
        .await?;
    Ok(())
}

/// Arm the page to time the next keystroke in `css` from keydown to the painted frame.
const ARM: &str = "
    const el = document.querySelector(arguments[0]);
    window.__paint = null;
    el.addEventListener('keydown', () => {
        const t0 = performance.now();
        requestAnimationFrame(() => setTimeout(() => { window.__paint = performance.now() - t0; }, 0));
    }, { once: true, capture: true });";

async fn keystroke_to_paint(h: &Harness, css: &str, key: &str) -> Result<f64> {
    h.browser.execute(ARM, vec![json!(css)]).await?;
    h.browser
        .find(Locator::Css(css))
        .await?
        .send_keys(key)
        .await?;
    for _ in 0..500 {
        let v = h.browser.execute("return window.__paint", vec![]).await?;
        if let Some(ms) = v.as_f64() {
            return Ok(ms);
        }
        tokio::time::sleep(std::time::Duration::from_millis(5)).await;
    }
    anyhow::bail!("no frame was painted after the keystroke")
}

#[tokio::main]
async fn main() -> Result<()> {
    let h = Harness::start().await?;
    let n = 1000;
    h.import_form(&forms::demo::chained_form(n)).await?;
    let field = h.field();
    h.open("/collect").await?;
    field.enroll(PASSPHRASE).await?;

    for rate in [1, 4] {
        let mut open = Vec::new();
        let mut typed = Vec::new();
        for _ in 0..5 {
            h.click("#new-interview").await?;
            h.click("#purpose-needs_assessment").await?;
            h.click("#method-verbal").await?;
            h.type_into("#witness", "Amina").await?;
            throttle(&h, rate).await?;
            open.push(
                h.time_until("document.querySelector('#consent-give').click()", "#q-q1")
                    .await?,
            );
            // Each keystroke is an answer: "5" makes q2 relevant, Backspace hides it again.
            for key in ["5", "\u{E003}", "7", "\u{E003}"] {
                typed.push(keystroke_to_paint(&h, "#q-q1", key).await?);
            }
            throttle(&h, 1).await?;
            let shown = h
                .browser
                .execute(
                    "return document.querySelectorAll('.question').length",
                    vec![],
                )
                .await?
                .as_u64()
                .context("a count")?;
            assert_eq!(shown, 1, "only q1 is relevant with q1 empty");
            h.click("#save-draft").await?;
            h.find("#new-interview").await?;
        }
        println!(
            "{n}-question form, consent given → first question visible, CPU x{rate}: median {:.0} ms {open:.0?}",
            median(open.clone())
        );
        println!(
            "{n}-question form, one keystroke → next painted frame, CPU x{rate}: median {:.1} ms {typed:.1?}",
            median(typed.clone())
        );
    }
    h.finish().await
}
