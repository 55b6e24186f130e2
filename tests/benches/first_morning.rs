//! "The first morning on 2G" of issue 21, in headless Chromium against the real server
//! and the release client: `cargo bench -p e2e --bench first_morning` (after
//! `scripts/build-app.sh`).
//!
//! A new enumerator on a phone four times slower than this machine's core (DevTools
//! `Emulation.setCPUThrottlingRate 4`) behind one 400 kbit/s link each way with 300 ms
//! latency (`Network.emulateNetworkConditions`) opens the app with nothing cached, signs
//! in once, chooses a passphrase, starts an interview of the project's 430-question
//! English/Arabic assessment (`forms::demo::needs_assessment`, published beside the demo
//! household form) and gives consent. Measured inside the page, from the navigation's
//! start (`performance.now()`): the setup screen shown, home shown after enrolment, the
//! consent screen shown, and the first question shown. The script types and clicks with
//! no pause (no human reading time); its own WebDriver round trips are in the figure.
//! Every run starts cold: browser cache, storage and service worker of the origin
//! cleared. `SAUTI_BENCH_QUESTIONS` changes the size; `SAUTI_BENCH_RUNS` the runs (3).
//! The bytes each request took on the wire are listed for the last run.

use anyhow::{Context, Result};
use e2e::Harness;
use serde_json::{Value, json};

const PASSPHRASE: &str = "olive tree at dawn 7";

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

/// Milliseconds since the navigation's start when `css` is in the page (polled every
/// animation frame, inside the page).
async fn shown(h: &Harness, css: &str) -> Result<f64> {
    h.find(css).await?;
    let v = h
        .browser
        .execute_async(
            "const done = arguments[arguments.length - 1];
             const tick = () => document.querySelector(arguments[0])
                 ? done(performance.now()) : requestAnimationFrame(tick);
             tick();",
            vec![json!(css)],
        )
        .await?;
    v.as_f64().context("milliseconds")
}

/// Forget everything the browser keeps for the app: the next open is a first visit.
async fn cold(h: &Harness, origin: &str) -> Result<()> {
    h.open("/does-not-exist").await?;
    h.cdp("Network.clearBrowserCache", json!({})).await?;
    h.cdp(
        "Storage.clearDataForOrigin",
        json!({ "origin": origin, "storageTypes": "all" }),
    )
    .await?;
    Ok(())
}

/// The 2G link and the slow phone (`on`), or this machine as it is.
async fn slow_phone(h: &Harness, on: bool) -> Result<()> {
    let (latency, bytes_per_s) = if on { (300, 400_000 / 8) } else { (0, -1) };
    h.cdp(
        "Network.emulateNetworkConditions",
        json!({ "offline": false, "latency": latency,
                "downloadThroughput": bytes_per_s, "uploadThroughput": bytes_per_s }),
    )
    .await?;
    h.cdp(
        "Emulation.setCPUThrottlingRate",
        json!({ "rate": if on { 4 } else { 1 } }),
    )
    .await?;
    Ok(())
}

#[tokio::main]
async fn main() -> Result<()> {
    let number = |var: &str, default: usize| {
        std::env::var(var)
            .ok()
            .and_then(|v| v.parse::<usize>().ok())
            .unwrap_or(default)
    };
    let (questions, runs) = (
        number("SAUTI_BENCH_QUESTIONS", 430),
        number("SAUTI_BENCH_RUNS", 3),
    );
    let h = Harness::start().await?;
    let form = forms::demo::needs_assessment(questions);
    println!(
        "the form: {questions} questions, {} bytes of JSON",
        serde_json::to_vec(&form)?.len()
    );
    h.import_form(&form).await?;
    h.cdp("Network.enable", json!({})).await?;
    h.open("/does-not-exist").await?;
    let origin = h
        .browser
        .current_url()
        .await?
        .origin()
        .ascii_serialization();
    let password = h.password("enumerator");

    let labels = [
        "setup screen shown",
        "home shown (enrolled, vault made)",
        "consent screen shown",
        "first question shown",
    ];
    let mut times: [Vec<f64>; 4] = Default::default();
    let mut wire = Value::Null;
    for _ in 0..runs {
        cold(&h, &origin).await?;
        slow_phone(&h, true).await?;
        h.open("/collect").await?;
        times[0].push(shown(&h, "#setup-username").await?);
        h.set_value("#setup-username", "enumerator").await?;
        h.set_value("#setup-password", &password).await?;
        h.set_value("#setup-passphrase", PASSPHRASE).await?;
        h.set_value("#setup-confirm", PASSPHRASE).await?;
        h.click("#setup-submit").await?;
        times[1].push(shown(&h, "#new-interview").await?);
        h.click("#new-interview").await?;
        times[2].push(shown(&h, "#purpose-needs_assessment").await?);
        h.click("#purpose-needs_assessment").await?;
        h.field().understood().await?;
        h.click("#method-verbal").await?;
        h.set_value("#witness", "Amina").await?;
        h.click("#consent-give").await?;
        times[3].push(shown(&h, ".question").await?);
        wire = h
            .browser
            .execute(
                "return performance.getEntriesByType('resource').map(e =>
                     [new URL(e.name).pathname, e.transferSize, e.decodedBodySize]);",
                vec![],
            )
            .await?;
        slow_phone(&h, false).await?;
    }
    for (label, t) in labels.iter().zip(&times) {
        println!(
            "{questions}-question form, 400 kbit/s, 300 ms, CPU x4, from navigation: {label}: median {:.2} s, runs {:?}",
            median(t.clone()) / 1000.0,
            t.iter()
                .map(|ms| (ms / 10.0).round() / 100.0)
                .collect::<Vec<_>>()
        );
    }
    println!("requests of the last run (path, bytes on the wire, bytes decoded):");
    let mut total = 0.0;
    for entry in wire.as_array().into_iter().flatten() {
        total += entry[1].as_f64().unwrap_or(0.0);
        println!("  {} {} {}", entry[0], entry[1], entry[2]);
    }
    println!(
        "  total on the wire (the page's requests; the service worker's own are not listed): {total:.0} bytes"
    );
    h.finish().await
}
