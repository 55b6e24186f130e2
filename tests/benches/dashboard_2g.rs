//! The public dashboard on 2G (issue 23): `cargo bench -p e2e --bench dashboard_2g`.
//!
//! Headless Chromium against the real server opens `GET /p/demo/dashboard` with nothing
//! cached behind one 400 kbit/s link each way with 300 ms latency
//! (`Network.emulateNetworkConditions`) on a phone four times slower than this machine's
//! core (`Emulation.setCPUThrottlingRate 4`), the same phone as "the first morning on
//! 2G". The demo project has its policy's actions, six feedback cases and one action a
//! steward published (the page's size barely depends on the counts: every cell of five
//! areas by thirteen months is always drawn). Measured inside the page (navigation
//! timing): bytes on the wire and decoded, the first contentful paint and the load
//! event, from the navigation's start. `SAUTI_BENCH_RUNS` runs (5), median.

use anyhow::{Context, Result};
use e2e::Harness;
use serde_json::json;

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

#[tokio::main]
async fn main() -> Result<()> {
    let runs = std::env::var("SAUTI_BENCH_RUNS")
        .ok()
        .and_then(|v| v.parse::<usize>().ok())
        .unwrap_or(5);
    let h = Harness::start().await?;
    let public = reqwest::Client::new();
    for category in [
        "complaint",
        "complaint",
        "question",
        "thanks",
        "suggestion",
        "sea",
    ] {
        public
            .post(format!("{}/api/v1/community/feedback", h.base))
            .json(&json!({"project": "demo", "category": category,
                          "message": "The water point near the school is broken."}))
            .send()
            .await?
            .error_for_status()?;
    }
    let steward = h.steward().await?;
    steward
        .post(format!("{}/api/v1/dashboard/actions", h.base))
        .json(&json!({"date": "2026-11-20", "categories": ["complaint"], "texts": {
            "en": {"title": "Water pump repaired", "text": "The school's pump works again."},
            "fr": {"title": "Pompe à eau réparée", "text": "La pompe de l'école fonctionne à nouveau."},
            "ar": {"title": "تم إصلاح مضخة المياه", "text": "تعمل مضخة المدرسة من جديد."}}}))
        .send()
        .await?
        .error_for_status()?;
    h.cdp("Network.enable", json!({})).await?;
    let (mut paint, mut load, mut wire, mut decoded) = (vec![], vec![], 0.0, 0.0);
    for _ in 0..runs {
        h.open("/does-not-exist").await?;
        h.cdp("Network.clearBrowserCache", json!({})).await?;
        h.cdp(
            "Network.emulateNetworkConditions",
            json!({ "offline": false, "latency": 300,
                    "downloadThroughput": 400_000 / 8, "uploadThroughput": 400_000 / 8 }),
        )
        .await?;
        h.cdp("Emulation.setCPUThrottlingRate", json!({ "rate": 4 }))
            .await?;
        h.open("/p/demo/dashboard?lang=ar").await?;
        let timing = h
            .browser
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 const tick = () => {
                     const n = performance.getEntriesByType('navigation')[0];
                     const p = performance.getEntriesByName('first-contentful-paint')[0];
                     n && n.loadEventEnd > 0 && p
                         ? done([p.startTime, n.loadEventEnd, n.transferSize, n.decodedBodySize,
                                 performance.getEntriesByType('resource').length])
                         : setTimeout(tick, 20);
                 };
                 tick();",
                vec![],
            )
            .await?;
        let t = timing.as_array().context("timings")?;
        let number = |i: usize| t[i].as_f64().unwrap_or(f64::NAN);
        paint.push(number(0));
        load.push(number(1));
        (wire, decoded) = (number(2), number(3));
        assert_eq!(number(4), 0.0, "the page asks for nothing else");
        h.cdp(
            "Network.emulateNetworkConditions",
            json!({ "offline": false, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1 }),
        )
        .await?;
        h.cdp("Emulation.setCPUThrottlingRate", json!({ "rate": 1 }))
            .await?;
    }
    println!(
        "dashboard (Arabic), 400 kbit/s, 300 ms, CPU x4, cold: first contentful paint median {:.2} s, load median {:.2} s (runs {:?}); {wire:.0} bytes on the wire, {decoded:.0} decoded, no other request",
        median(paint) / 1000.0,
        median(load.clone()) / 1000.0,
        load.iter()
            .map(|ms| (ms / 10.0).round() / 100.0)
            .collect::<Vec<_>>()
    );
    h.finish().await
}
