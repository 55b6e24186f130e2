//! Ingest and export throughput on the embedded store: demo-form records posted in
//! batches of 100 to a real server on 127.0.0.1 (SQLite file in a temp folder), then
//! approved in bulk and exported as CSV. `cargo bench -p server --bench ingest [-- N]`.
//! Results go in BENCHMARKS.md. The client runs in the same process, so the memory
//! figure is an upper bound for the server.

#[allow(dead_code)]
#[path = "../tests/common/mod.rs"]
mod common;

use std::time::Instant;

/// mimalloc: the server allocates many small strings per record (JSON, answers), where
/// it is markedly faster than the system allocator (see BENCHMARKS.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use forms::batch::Outcome;
use serde_json::json;

fn peak_memory() -> String {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM"))
                .map(|l| l.split_whitespace().skip(1).collect::<Vec<_>>().join(" "))
        })
        .unwrap_or_else(|| "unknown".into())
}

#[tokio::main]
async fn main() {
    let n: usize = std::env::args()
        .filter_map(|a| a.parse().ok())
        .next()
        .unwrap_or(20_000);
    let server = common::Server::start().await;
    let phone = server.enroll().await;
    let records: Vec<_> = (0..n)
        .map(|_| common::valid_submission(&[forms::consent::NEEDS_ASSESSMENT]))
        .collect();
    // The phones' work (building and encoding the batches) is done before the clock
    // starts: what is timed is the server receiving them over HTTP.
    let bodies: Vec<Vec<u8>> = records
        .chunks(100)
        .map(|batch| {
            serde_json::to_vec(&forms::batch::Batch {
                records: batch.to_vec(),
            })
            .expect("a batch encodes")
        })
        .collect();
    println!("memory before ingest (VmHWM): {}", peak_memory());

    let start = Instant::now();
    for body in bodies {
        let ack = phone.post_raw_batch(body).await;
        assert!(ack.results.iter().all(|r| r.outcome == Outcome::Accepted));
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "ingest: {n} records in batches of 100: {:.0} records/s ({secs:.2} s); peak memory {}",
        n as f64 / secs,
        peak_memory()
    );

    let steward = server.sign_in("steward").await;
    let ids: Vec<String> = records.iter().map(|r| r.id.to_string()).collect();
    for chunk in ids.chunks(5_000) {
        steward
            .post(server.url("/submissions/review"))
            .json(&json!({ "ids": chunk, "decision": "approve" }))
            .send()
            .await
            .expect("bulk review");
    }
    drop(records);

    let start = Instant::now();
    let mut response = steward
        .get(server.url("/forms/household/export.csv"))
        .send()
        .await
        .expect("export");
    let mut bytes = 0usize;
    while let Some(chunk) = response.chunk().await.expect("a chunk") {
        bytes += chunk.len();
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "export: {n} approved records to CSV: {secs:.2} s, {:.1} MB, {:.0} records/s; peak memory {}",
        bytes as f64 / 1e6,
        n as f64 / secs,
        peak_memory()
    );
}
