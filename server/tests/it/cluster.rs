//! Two `sauti serve` processes on one database, as a deployment that outgrew one machine
//! runs them behind a load balancer (on PostgreSQL when `SAUTI_TEST_POSTGRES` is set, on
//! one SQLite file otherwise). Guessing is counted once across both, the audit chain
//! written through both stays one intact chain, and one of them holds the daily purge.

use std::collections::HashMap;
use std::io::BufRead;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use crate::common::valid_submission;
use forms::batch::{Batch, BatchAck, Outcome};
use forms::consent::NEEDS_ASSESSMENT;
use reqwest::{Client, StatusCode};
use serde_json::{Value, json};

/// One running `sauti serve`; killed when dropped.
struct Process {
    child: Child,
    url: String,
}

impl Drop for Process {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn store_args(data: &Path, database: Option<&str>) -> Vec<String> {
    let mut args = vec!["--data".to_string(), data.display().to_string()];
    if let Some(url) = database {
        args.extend(["--database".to_string(), url.to_string()]);
    }
    args
}

/// Start `sauti serve` on a free port; its URL and the demo passwords it printed (only the
/// first process on a new database prints them).
fn spawn(data: &Path, database: Option<&str>) -> (Process, HashMap<String, String>) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_sauti"))
        .arg("serve")
        .args(["--demo", "--listen", "127.0.0.1:0", "--app", "/nonexistent"])
        .args(store_args(data, database))
        .env("RUST_LOG", "warn")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("sauti serve starts");
    let stdout = child.stdout.take().expect("stdout");
    let (tx, rx) = std::sync::mpsc::channel::<String>();
    std::thread::spawn(move || {
        for line in std::io::BufReader::new(stdout)
            .lines()
            .map_while(Result::ok)
        {
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    let next = || {
        rx.recv_timeout(Duration::from_secs(60))
            .expect("sauti serve prints its address")
    };
    let url = loop {
        let line = next();
        if let Some(rest) = line.strip_prefix("Sauti is running at ") {
            break rest.trim_end_matches('/').to_string();
        }
    };
    let mut passwords = HashMap::new();
    // Accounts follow within a moment on a new database; none on one already seeded.
    while let Ok(line) = rx.recv_timeout(Duration::from_millis(500)) {
        let words: Vec<&str> = line.split_whitespace().collect();
        if let [user, _role, "password:", password] = words[..] {
            passwords.insert(user.to_string(), password.to_string());
        }
    }
    let process = Process { child, url };
    (process, passwords)
}

async fn lookup(url: &str, receipt: &str, digits: &str) -> StatusCode {
    Client::new()
        .post(format!("{url}/api/v1/community/lookup"))
        .json(&json!({ "receipt": receipt, "access": digits }))
        .send()
        .await
        .expect("the server answers")
        .status()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_server_processes_count_guesses_once_and_write_one_audit_chain() {
    let dir = tempfile::tempdir().unwrap();
    let database = crate::common::fresh_postgres_database().await;
    let database = database.as_deref();
    let (a, passwords) = spawn(dir.path(), database);
    let (b, _) = spawn(dir.path(), database);
    let password = |user: &str| passwords.get(user).cloned().expect("a demo password");

    // A phone enrolled through A sends a record with a second factor through B.
    let enrolled: Value = Client::new()
        .post(format!("{}/api/v1/devices/enroll", a.url))
        .json(
            &json!({ "username": "enumerator", "password": password("enumerator"), "label": "p" }),
        )
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let token = enrolled["token"].as_str().expect("a token").to_string();
    let mut records = Vec::new();
    for _ in 0..2 {
        let mut record = valid_submission(&[NEEDS_ASSESSMENT]);
        record.consent.access = Some("4821".into());
        records.push(record);
    }
    let ack: BatchAck = Client::new()
        .post(format!("{}/api/v1/batches", b.url))
        .bearer_auth(&token)
        .json(&Batch {
            records: records.clone(),
            withdrawals: vec![],
            withdrawal_access: Default::default(),
            feedback: Vec::new(),
        })
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(ack.results.iter().all(|r| r.outcome == Outcome::Accepted));

    // Five wrong guesses, alternating between the processes; the sixth waits on both.
    let receipt = records[0].consent.receipt.to_string();
    for (i, guess) in ["0001", "0002", "0003", "0004", "0005"].iter().enumerate() {
        let url = if i % 2 == 0 { &a.url } else { &b.url };
        assert_eq!(lookup(url, &receipt, guess).await, StatusCode::NOT_FOUND);
    }
    for url in [&a.url, &b.url] {
        assert_eq!(
            lookup(url, &receipt, "4821").await,
            StatusCode::TOO_MANY_REQUESTS
        );
    }

    // A burst at the other code, split across both: five checked, the rest wait.
    let receipt = records[1].consent.receipt.to_string();
    let started = std::time::Instant::now();
    let burst: Vec<_> = (0..60)
        .map(|i| {
            let url = if i % 2 == 0 {
                a.url.clone()
            } else {
                b.url.clone()
            };
            let receipt = receipt.clone();
            tokio::spawn(async move { lookup(&url, &receipt, &format!("{:04}", 7000 + i)).await })
        })
        .collect();
    let mut checked = 0;
    for one in burst {
        if one.await.unwrap() == StatusCode::NOT_FOUND {
            checked += 1;
        }
    }
    let later = [1.0, 3.0, 7.0, 15.0]
        .iter()
        .filter(|t| **t <= started.elapsed().as_secs_f64())
        .count();
    assert!((5..=5 + later).contains(&checked), "{checked} checked");

    // Audit events written through both at once: one chain, intact.
    let writes: Vec<_> = (0..30)
        .map(|i| {
            let url = if i % 2 == 0 {
                a.url.clone()
            } else {
                b.url.clone()
            };
            tokio::spawn(async move {
                Client::new()
                    .post(format!("{url}/api/v1/auth/login"))
                    .header("content-type", "application/json")
                    .body(json!({ "username": format!("nobody{i}"), "password": "x" }).to_string())
                    .send()
                    .await
                    .unwrap()
                    .status()
            })
        })
        .collect();
    for one in writes {
        assert_eq!(one.await.unwrap(), StatusCode::UNAUTHORIZED);
    }
    let verify = Command::new(env!("CARGO_BIN_EXE_sauti"))
        .args(["audit", "verify"])
        .args(store_args(dir.path(), database))
        .env("RUST_LOG", "warn")
        .output()
        .expect("sauti audit verify runs");
    let report = String::from_utf8_lossy(&verify.stdout);
    assert!(verify.status.success(), "{report}");
    assert!(report.contains("audit chain intact"), "{report}");
    let events: usize = report
        .split_whitespace()
        .nth(3)
        .and_then(|n| n.parse().ok())
        .expect("a count of events");
    assert!(events >= 30, "{report}");

    // One of the two took the daily purge's lease at start; a third party cannot.
    let db = server::db::Db::connect(database, dir.path()).await.unwrap();
    let now = server::throttle::now_ms();
    assert!(
        !db.take_lease("daily-purge", "test", now, now + 1000)
            .await
            .unwrap(),
        "a server process holds the purge"
    );
}
