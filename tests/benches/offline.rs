//! Offline-first figures of issue 6, in headless Chromium against the real server and the
//! release client: `cargo bench -p e2e --bench offline` (after `scripts/build-app.sh`).
//! - Opening the app with no network after one visit, at CPU x4: first contentful paint
//!   (the page is empty until the wasm has drawn the unlock screen). Median of 5.
//! - Sending 1,000 queued records over an emulated slow link (400 kbit/s each way, 400 ms
//!   latency): bytes on the wire per record and the total time, with the client's own
//!   batch sizing. The records are refusals made through the UI (the fastest complete
//!   record to make 1,000 of); the native JSON sizes of a full household are printed
//!   beside them to scale the figure.

use anyhow::Result;
use e2e::Harness;
use serde_json::json;

const PASSPHRASE: &str = "olive tree at dawn 7";
const RECORDS: usize = 1000;

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

/// Count what the page sends to and receives from the batch endpoint.
const METER: &str = "
    const real = window.fetch;
    window.__sent = 0; window.__received = 0; window.__batches = 0;
    window.fetch = async (url, init) => {
        const response = await real(url, init);
        if (String(url).includes('/api/v1/batches')) {
            window.__batches += 1;
            window.__sent += new Blob([init.body]).size;
            const copy = await response.clone().arrayBuffer();
            window.__received += copy.byteLength;
        }
        return response;
    };";

#[tokio::main]
async fn main() -> Result<()> {
    let h = Harness::start().await?;
    let field = h.field();
    h.open("/collect").await?;
    field.enroll(PASSPHRASE).await?;
    h.service_worker_ready().await?;

    // Offline open, CPU x4.
    h.cdp("Network.enable", json!({})).await?;
    let conditions = |offline: bool, latency: u32, bytes_per_s: i64| {
        json!({ "offline": offline, "latency": latency,
                "downloadThroughput": bytes_per_s, "uploadThroughput": bytes_per_s })
    };
    h.cdp("Network.emulateNetworkConditions", conditions(true, 0, -1))
        .await?;
    h.cdp("Emulation.setCPUThrottlingRate", json!({ "rate": 4 }))
        .await?;
    let mut open = Vec::new();
    for _ in 0..5 {
        h.open("/collect").await?;
        h.find("#unlock-passphrase").await?;
        let v = h.first_contentful_paint().await?;
        open.push(v);
    }
    println!(
        "open offline after one visit, CPU x4, to the unlock screen: median {:.0} ms {open:.0?}",
        median(open.clone())
    );
    h.cdp("Emulation.setCPUThrottlingRate", json!({ "rate": 1 }))
        .await?;
    h.cdp("Network.emulateNetworkConditions", conditions(false, 0, -1))
        .await?;

    // 1,000 queued records.
    field.unlock(PASSPHRASE).await?;
    for _ in 0..RECORDS {
        field.refusal().await?;
    }
    h.browser.execute(METER, vec![]).await?;
    h.cdp(
        "Network.emulateNetworkConditions",
        conditions(false, 400, 400_000 / 8),
    )
    .await?;
    let started = std::time::Instant::now();
    h.click("#sync").await?;
    let done = forms::i18n::tr("en", "sync-done");
    let finished = done.split("{$").next().unwrap_or_default().to_string();
    h.wait_text_for("#home-message", |t| t.starts_with(&finished), 900)
        .await?;
    let took = started.elapsed().as_secs_f64();
    let meter = h
        .browser
        .execute(
            "return [window.__sent, window.__received, window.__batches]",
            vec![],
        )
        .await?;
    let (sent, received, batches) = (
        meter[0].as_f64().unwrap_or(0.0),
        meter[1].as_f64().unwrap_or(0.0),
        meter[2].as_f64().unwrap_or(0.0),
    );
    assert_eq!(h.server_count().await?, RECORDS, "every record once");
    println!(
        "sync {RECORDS} refusals at 400 kbit/s, 400 ms: {took:.1} s in {batches} batches; \
         {:.0} bytes/record sent, {:.0} bytes/record received (bodies)",
        sent / RECORDS as f64,
        received / RECORDS as f64
    );

    let household = forms::batch::Submission {
        id: forms::batch::new_record_id(1_764_000_000_000)?,
        form_id: "household".into(),
        form_version: "1".into(),
        started_at: "2026-11-25T09:00:00+03:00".into(),
        saved_at: "2026-11-25T09:20:00+03:00".into(),
        consent: forms::consent::Consent {
            template_id: "household-consent".into(),
            template_version: 1,
            language: "ar".into(),
            text_hash: "0".repeat(64),
            decision: forms::consent::Decision::Given {
                purposes: vec!["needs_assessment".into()],
                method: forms::consent::Method::Verbal {
                    witness: "Amina".into(),
                },
            },
            recorded_at: "2026-11-25T09:01:00+03:00".into(),
            access: None,
            understood: vec!["voluntary".into(), "aid_unchanged".into()],
            explained_again: Vec::new(),
            played_audio: false,
            receipt: forms::receipt::ReceiptCode::from_random(42),
        },
        answers: forms::demo::sample_household(),
    };
    println!(
        "for scale: one demo household record is {} bytes of JSON",
        serde_json::to_vec(&household)?.len()
    );
    h.finish().await
}
