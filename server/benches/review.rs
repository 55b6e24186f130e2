//! The review desk at 100,000 records (issue 20): list pages with and without filters,
//! searches, and record views, timed over HTTP against a real server on 127.0.0.1 with
//! its SQLite file in a temp folder, release build.
//! `cargo bench -p server --bench review [-- N]` (default N = 100,000); with
//! `SAUTI_TEST_POSTGRES=postgres://…` on a new PostgreSQL database instead of SQLite.
//!
//! 2,000 demo-form records are posted by two phones (four areas, names that differ), then
//! copied in SQL until there are N, each copy received a minute earlier than the one
//! before (so dates spread over weeks) and given a review state (70 % received, 15 %
//! approved, 5 % each rejected, sent back and corrected). Each measure is the median of
//! 15 requests (after one unmeasured); results go in BENCHMARKS.md. The server is then
//! started again, which refreshes its query statistics (`Db::refresh_statistics`, also
//! hourly); `SAUTI_BENCH_NO_RESTART=1` measures the statistics of the empty database instead.

#[allow(dead_code)]
#[path = "../tests/it/common.rs"]
mod common;

use std::time::{Duration, Instant};

use forms::model::Answer;
use serde_json::Value;

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const POSTED: usize = 2_000;
const RUNS: usize = 15;

/// Copy the posted records until there are `n`, in SQL, on the server's own database
/// (SQLite, or PostgreSQL with `SAUTI_TEST_POSTGRES`). The copies are marked to be named
/// for the steward's search, as the server marks what it stores (`db/names.rs`).
async fn replicate(server: &common::Server, n: usize) {
    use sqlx::Connection;
    let args = server.store_args();
    let copies = (n.div_ceil(POSTED) - 1) as i64;
    // (received time of copy c, a review state drawn at random), per backend.
    let (received, state) = if args.len() > 2 {
        (
            "to_char((received_at::timestamptz - make_interval(mins => c)) AT TIME ZONE 'UTC',
                     'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')",
            "floor(random() * 20)::int",
        )
    } else {
        (
            "strftime('%Y-%m-%dT%H:%M:%fZ', received_at, '-' || c || ' minutes')",
            "abs(random()) % 20",
        )
    };
    let statements = [
        format!(
            "WITH RECURSIVE k(c) AS (SELECT 1 UNION ALL SELECT c + 1 FROM k WHERE c < {copies})
             INSERT INTO submissions (id, project_id, form_id, form_version, device_id, enumerator_id,
                 received_at, saved_at, receipt, consent, refused, answers, review_state, reviewed_by,
                 reviewed_at, edited_at, template_id, template_version)
             SELECT id || '-' || c, project_id, form_id, form_version, device_id, enumerator_id,
                 {received}, saved_at,
                 receipt || '-' || c, consent, refused, answers,
                 CASE {state} WHEN 0 THEN 'rejected' WHEN 1 THEN 'has_issues'
                      WHEN 2 THEN 'edited' WHEN 3 THEN 'approved' WHEN 4 THEN 'approved'
                      WHEN 5 THEN 'approved' ELSE 'received' END,
                 reviewed_by, reviewed_at, edited_at, template_id, template_version
             FROM submissions, k"
        ),
        "INSERT INTO submission_purposes (submission_id, purpose)
         SELECT s.id, p.purpose FROM submissions s
         JOIN submission_purposes p ON p.submission_id = substr(s.id, 1, 36)
         WHERE length(s.id) > 36"
            .to_string(),
        "INSERT INTO submission_names_stale (submission_id)
         SELECT id FROM submissions WHERE length(id) > 36 ON CONFLICT DO NOTHING"
            .to_string(),
    ];
    // PostgreSQL: then `ANALYZE`, as its autovacuum would soon after.
    let script = statements.join(";\n");
    if let Some(url) = args.get(3) {
        let mut db = sqlx::postgres::PgConnection::connect(url)
            .await
            .expect("opened");
        let script = format!("{script};\nANALYZE");
        sqlx::raw_sql(&script)
            .execute(&mut db)
            .await
            .expect("copied");
    } else {
        let file = format!("sqlite://{}/sauti.sqlite3", args[1]);
        let mut db = sqlx::sqlite::SqliteConnection::connect(&file)
            .await
            .expect("opened");
        sqlx::raw_sql(&script)
            .execute(&mut db)
            .await
            .expect("copied");
    }
}

/// The median time of a GET, and the last body.
async fn time(client: &reqwest::Client, url: &str) -> (Duration, Value) {
    let get = || async {
        let response = client.get(url).send().await.expect("the server answers");
        assert!(
            response.status().is_success(),
            "{url}: {}",
            response.status()
        );
        response.json::<Value>().await.expect("JSON")
    };
    get().await;
    let mut times = Vec::with_capacity(RUNS);
    let mut body = Value::Null;
    for _ in 0..RUNS {
        let start = Instant::now();
        body = get().await;
        times.push(start.elapsed());
    }
    times.sort();
    (times[RUNS / 2], body)
}

#[tokio::main]
async fn main() {
    let n: usize = std::env::args()
        .filter_map(|a| a.parse().ok())
        .next()
        .unwrap_or(100_000);
    let server = common::Server::start().await;
    let phones = [
        server.enroll().await,
        server.enroll_another_enumerator("juma").await,
    ];
    let areas = ["Camp 1", "Camp 2", "Camp 3", "Camp 4"];
    let records: Vec<_> = (0..POSTED)
        .map(|i| {
            let mut r = common::valid_submission(&[forms::consent::NEEDS_ASSESSMENT]);
            r.answers.insert(
                "respondent_name".into(),
                Answer::Value(format!("Respondent {i:05}")),
            );
            r.answers
                .insert("admin_area".into(), Answer::Value(areas[i % 4].into()));
            r
        })
        .collect();
    for (i, chunk) in records.chunks(100).enumerate() {
        phones[i % 2].sync(chunk).await;
    }
    let start = Instant::now();
    replicate(&server, n).await;
    eprintln!("copied to {n} records in {:.1?}", start.elapsed());
    // The records came in behind the server's back, in seconds: it is started again, and
    // opening the database refreshes the planner's statistics as the server's hourly
    // refresh would have while they arrived (no `ANALYZE` of the bench's own).
    let server = if std::env::var_os("SAUTI_BENCH_NO_RESTART").is_some() {
        server
    } else {
        server.restart().await
    };
    let args = server.store_args();
    let steward = server.sign_in("steward").await;
    let reviewer = server.sign_in("reviewer").await;
    let url = |q: &str| server.url(&format!("/submissions?{q}"));

    let first = server.get_json(&steward, "/submissions?limit=50").await;
    assert!(
        first["total"].as_u64().unwrap() >= n as u64,
        "{}",
        first["total"]
    );
    let day = first["items"][0]["received_at"].as_str().unwrap()[..10].to_string();
    // A cursor 100 pages (5,000 records) deep.
    let mut deep = String::new();
    let mut page = first.clone();
    for _ in 0..100 {
        deep = page["next"].as_str().unwrap().to_string();
        page = server
            .get_json(
                &steward,
                &format!("/submissions?limit=50&after={}", common::encode(&deep)),
            )
            .await;
    }
    let receipt = first["items"][3]["receipt"]
        .as_str()
        .unwrap()
        .replace('-', "")[..6]
        .to_string();
    let ids: Vec<String> = first["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_str().unwrap().to_string())
        .collect();

    let version = common::encode(&forms::demo::household_form().version);
    let measures: Vec<(&str, String, &reqwest::Client)> = vec![
        (
            "first page, no filter (50 records, counts per state)",
            url("limit=50"),
            &steward,
        ),
        (
            "page 101 (cursor 5,000 records deep)",
            url(&format!("limit=50&after={}", common::encode(&deep))),
            &steward,
        ),
        (
            "to review (received or corrected)",
            url("state=to_review&limit=50"),
            &steward,
        ),
        ("approved", url("state=approved&limit=50"), &steward),
        ("rejected (5 %)", url("state=rejected&limit=50"), &steward),
        (
            "one enumerator, to review",
            url("enumerator=juma&state=to_review&limit=50"),
            &steward,
        ),
        (
            "one area (answer filter)",
            url("area=Camp%203&limit=50"),
            &steward,
        ),
        (
            "one day received",
            url(&format!("from={day}&to={day}&limit=50")),
            &steward,
        ),
        (
            "form and version, to review",
            url(&format!(
                "form=household&version={version}&state=to_review&limit=50"
            )),
            &steward,
        ),
        (
            "every filter at once",
            url(&format!(
                "state=to_review&enumerator=juma&area=Camp%202&from={day}&to={day}&form=household&version={version}&limit=50"
            )),
            &steward,
        ),
        (
            "search: receipt code prefix",
            url(&format!("q={receipt}&limit=50")),
            &steward,
        ),
        ("search: enumerator", url("q=juma&limit=50"), &steward),
        (
            "search: a name",
            url("q=Respondent%2001999&limit=50"),
            &steward,
        ),
        (
            "search: a name, one area, to review",
            url("q=Respondent%2001999&area=Camp%204&state=to_review&limit=50"),
            &steward,
        ),
        (
            "reviewer, first page (pseudonyms)",
            url("limit=50"),
            &reviewer,
        ),
        (
            "filters (enumerators, versions, areas)",
            server.url("/submissions/filters"),
            &steward,
        ),
        (
            "record view, steward",
            server.url(&format!("/submissions/{}?lang=fr", ids[7])),
            &steward,
        ),
        (
            "record view, reviewer (pseudonyms)",
            server.url(&format!("/submissions/{}?lang=ar", ids[9])),
            &reviewer,
        ),
    ];
    println!("| measure ({n} records) | median of {RUNS} | found |");
    println!("|---|---:|---:|");
    for (what, url, client) in measures {
        let (median, body) = time(client, &url).await;
        let found = body["total"]
            .as_u64()
            .map(|t| t.to_string())
            .or_else(|| {
                body["rows"]
                    .as_array()
                    .map(|r| format!("{} lines", r.len()))
            })
            .unwrap_or_default();
        println!(
            "| {what} | {:.1} ms | {found} |",
            median.as_secs_f64() * 1000.0
        );
    }
    // `SAUTI_BENCH_KEEP=/some/file.sqlite3`: a copy of the database, to read query plans.
    if let (Some(keep), None) = (std::env::var_os("SAUTI_BENCH_KEEP"), args.get(3)) {
        use sqlx::Connection;
        let mut db =
            sqlx::sqlite::SqliteConnection::connect(&format!("sqlite://{}/sauti.sqlite3", args[1]))
                .await
                .expect("the benchmark opens the database");
        sqlx::query("VACUUM INTO $1")
            .bind(keep.to_string_lossy().to_string())
            .execute(&mut db)
            .await
            .expect("a copy of the database");
    }
}
