//! Timings in headless Chromium at a phone-sized window, against the real server and the
//! release build of the client: `cargo bench -p e2e --bench browser` (after
//! `scripts/build-app.sh`). Each figure is measured inside the page (performance.now), the
//! median of several runs, at CPU x1 and x4 (DevTools CPU throttling). Results go in
//! BENCHMARKS.md.

use anyhow::Result;
use e2e::Harness;
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

#[tokio::main]
async fn main() -> Result<()> {
    let h = Harness::start().await?;
    let field = h.field();

    // Before wasm has run the page is empty, so the first contentful paint is the
    // moment the first screen (set-up or unlock form) appears.
    for rate in [1, 4] {
        let mut runs = Vec::new();
        for _ in 0..5 {
            h.cdp("Network.clearBrowserCache", json!({})).await?;
            throttle(&h, rate).await?;
            h.open("/collect").await?;
            h.find("#setup-username, #unlock-passphrase").await?;
            let v = h.first_contentful_paint().await?;
            runs.push(v);
            throttle(&h, 1).await?;
        }
        println!(
            "first screen painted, cold cache, CPU x{rate}: median {:.0} ms {runs:.0?}",
            median(runs.clone())
        );
    }

    h.open("/collect").await?;
    field.enroll(PASSPHRASE).await?;
    for rate in [1, 4] {
        let (mut runs, mut freezes) = (Vec::new(), Vec::new());
        for _ in 0..7 {
            let (ms, freeze) = h.time_unlock(PASSPHRASE, rate).await?;
            runs.push(ms);
            freezes.push(freeze);
        }
        println!(
            "unlock, click to home screen, CPU x{rate}: median {:.0} ms {runs:.0?}",
            median(runs.clone())
        );
        // Argon2id runs in a worker: the page keeps painting while it works.
        println!(
            "unlock, longest time the page could not paint, CPU x{rate}: median {:.0} ms {freezes:.0?}",
            median(freezes.clone())
        );
    }

    for rate in [1, 4] {
        let mut runs = Vec::new();
        for _ in 0..5 {
            field
                .verbal_consent("en", "Amina", &["needs_assessment"])
                .await?;
            field
                .fill_household(
                    "2025-11-20",
                    "Camp 4",
                    "Fatima",
                    &[("Fatima", "female", "34"), ("Ali", "male", "6")],
                )
                .await?;
            throttle(&h, rate).await?;
            runs.push(
                h.time_until("document.querySelector('#save').click()", "#receipt-code")
                    .await?,
            );
            throttle(&h, 1).await?;
            h.click("#receipt-done").await?;
        }
        println!(
            "save one household, click to receipt, CPU x{rate}: median {:.1} ms {runs:.1?}",
            median(runs.clone())
        );
    }
    h.finish().await
}
