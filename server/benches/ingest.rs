//! Ingest and export throughput on the embedded store: demo-form records posted in
//! batches of 100 to a real server on 127.0.0.1 (SQLite file in a temp folder), then
//! approved in bulk and exported as CSV. `cargo bench -p server --bench ingest [-- N [M]]`:
//! N records are posted from four phones at once, then N more from one phone (default
//! N = 20,000); with M, the approved records are then copied in
//! the database (new ids and receipts, same answers) until there are M, and the export is
//! measured on M (`-- 20000 1000000` for the million-record goal).
//! Results go in BENCHMARKS.md. The client runs in the same process, so the memory
//! figure is an upper bound for the server.

#[allow(dead_code)]
#[path = "../tests/it/common.rs"]
mod common;

use std::time::Instant;

/// mimalloc: the server allocates many small strings per record (JSON, answers), where
/// it is markedly faster than the system allocator (see BENCHMARKS.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use forms::batch::Outcome;
use serde_json::json;

/// Copy the approved records in the SQLite file until there are `m` (ids and receipt
/// codes made unique with a suffix), straight in SQL: posting a million records would
/// measure ingest again, and the client would have to hold them all.
async fn replicate(server: &common::Server, n: usize, m: usize) {
    use sqlx::Connection;
    let args = server.store_args();
    let dir = &args[1];
    let mut db = sqlx::sqlite::SqliteConnection::connect(&format!("sqlite://{dir}/sauti.sqlite3"))
        .await
        .expect("the benchmark opens the database");
    let copies = m.div_ceil(n) - 1;
    sqlx::query(
        "WITH RECURSIVE k(c) AS (SELECT 1 UNION ALL SELECT c + 1 FROM k WHERE c < $1)
         INSERT INTO submissions (id, project_id, form_id, form_version, device_id, enumerator_id,
             received_at, saved_at, receipt, consent, refused, answers, review_state, reviewed_by,
             reviewed_at)
         SELECT id || '-' || c, project_id, form_id, form_version, device_id, enumerator_id,
             received_at, saved_at, receipt || '-' || c, consent, refused, answers, review_state,
             reviewed_by, reviewed_at
         FROM submissions, k",
    )
    .bind(copies as i64)
    .execute(&mut db)
    .await
    .expect("records copied");
    sqlx::query(
        "INSERT INTO submission_purposes (submission_id, purpose)
         SELECT s.id, p.purpose FROM submissions s
         JOIN submission_purposes p ON p.submission_id = substr(s.id, 1, 36)
         WHERE length(s.id) > 36",
    )
    .execute(&mut db)
    .await
    .expect("purposes copied");
}

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
    let numbers: Vec<usize> = std::env::args().filter_map(|a| a.parse().ok()).collect();
    let n = numbers.first().copied().unwrap_or(20_000);
    let m = numbers.get(1).copied().unwrap_or(2 * n).max(2 * n);
    let server = common::Server::start().await;
    let phone = server.enroll().await;
    let records: Vec<_> = (0..2 * n)
        .map(|_| common::valid_submission(&[forms::consent::NEEDS_ASSESSMENT]))
        .collect();
    // The phones' work (building and encoding the batches) is done before the clock
    // starts: what is timed is the server receiving them over HTTP.
    // First: four phones syncing at once, as a team coming back into coverage does;
    // the server overlaps reading and checking one batch with storing another. Then
    // the same number of records again from one phone, one batch after another (each
    // waits for its answer), into the fuller database.
    const PHONES: usize = 4;
    let mut phones = Vec::new();
    for i in 0..PHONES {
        phones.push(server.enroll_labelled(&format!("phone {i}")).await);
    }
    let encode = |records: &[forms::batch::Submission]| -> Vec<Vec<u8>> {
        records
            .chunks(100)
            .map(|batch| {
                serde_json::to_vec(&forms::batch::Batch {
                    records: batch.to_vec(),
                    withdrawals: vec![],
                    withdrawal_access: Default::default(),
                    feedback: Vec::new(),
                })
                .expect("a batch encodes")
            })
            .collect()
    };
    let mut queues: Vec<Vec<Vec<u8>>> = vec![Vec::new(); PHONES];
    for (i, body) in encode(&records[..n]).into_iter().enumerate() {
        queues[i % PHONES].push(body);
    }
    let single = encode(&records[n..]);
    println!("memory before ingest (VmHWM): {}", peak_memory());
    let start = Instant::now();
    if std::env::var_os("SAUTI_BENCH_CLOCK").is_some() {
        // For `perf record -k CLOCK_MONOTONIC` then `perf report --time`: where ingest starts.
        println!("clock at ingest start: {start:?}");
    }
    futures_util::future::join_all(phones.iter().zip(queues).map(|(phone, queue)| async move {
        for body in queue {
            let ack = phone.post_raw_batch(body).await;
            assert!(ack.results.iter().all(|r| r.outcome == Outcome::Accepted));
        }
    }))
    .await;
    let secs = start.elapsed().as_secs_f64();
    println!(
        "ingest, {PHONES} phones at once: {n} records in batches of 100: {:.0} records/s ({secs:.2} s); peak memory {}",
        n as f64 / secs,
        peak_memory()
    );
    let start = Instant::now();
    for body in single {
        let ack = phone.post_raw_batch(body).await;
        assert!(ack.results.iter().all(|r| r.outcome == Outcome::Accepted));
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "ingest, one phone: {n} more records in batches of 100: {:.0} records/s ({secs:.2} s); peak memory {}",
        n as f64 / secs,
        peak_memory()
    );
    let n = 2 * n;

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
    if m > n {
        let start = Instant::now();
        replicate(&server, n, m).await;
        println!(
            "copied the {n} approved records up to {m} in {:.1} s",
            start.elapsed().as_secs_f64()
        );
    }
    let n = m;
    println!("memory before export (VmHWM): {}", peak_memory());

    let start = Instant::now();
    if std::env::var_os("SAUTI_BENCH_CLOCK").is_some() {
        println!("clock at export start: {start:?}");
    }
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
        "export over HTTP: {n} approved records to CSV: {secs:.2} s, {:.1} MB, {:.0} records/s; peak memory {}",
        bytes as f64 / 1e6,
        n as f64 / secs,
        peak_memory()
    );

    // The same export without HTTP and without a client sharing the two cores: what
    // `sauti export` does, into a discarding sink.
    let (db, state) = server.sqlite_state().await;
    let request = server::export::Request {
        profile: "steward".into(),
        format: server::export::Format::Csv,
        table: None,
        labels: None,
        layout: Default::default(),
        form: None,
    };
    let start = Instant::now();
    let export = server::export::Export::prepare(&state, "demo", &request, None)
        .await
        .expect("the export is planned");
    let (mut chunks, task) = export.run(db, "bench".into(), "bench".into());
    let mut bytes = 0usize;
    while let Some(chunk) = chunks.recv().await {
        bytes += chunk.expect("a chunk").len();
    }
    let summary = task.await.expect("the export task").expect("the export");
    let secs = start.elapsed().as_secs_f64();
    println!(
        "export direct (as sauti export): {} records to CSV: {secs:.2} s, {:.1} MB, {:.0} records/s; peak memory {}",
        summary.records,
        bytes as f64 / 1e6,
        summary.records as f64 / secs,
        peak_memory()
    );
}
