//! Exports as analysts read them: every consent method's records exported in every
//! format and profile, then read by pandas, openpyxl and libhxl
//! (`server/tests/consumers/read_exports.py`); with HXL, every column of every table
//! carries a tag libhxl parses, its hashtag from the HXL core dictionary. Runs where `SAUTI_CONSUMERS_PYTHON` names a
//! Python with those libraries (`scripts/setup.sh` makes one; `scripts/test.sh` sets it).

use forms::batch::Outcome;
use forms::model::Answer;
use serde_json::json;

use crate::common::Server;
use crate::exports::one_per_method;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_export_opens_in_pandas_openpyxl_and_libhxl() {
    let Ok(python) = std::env::var("SAUTI_CONSUMERS_PYTHON") else {
        eprintln!(
            "SAUTI_CONSUMERS_PYTHON is not set: the consumers' check is left to scripts/test.sh"
        );
        return;
    };
    let server = Server::start().await;
    let phone = server.enroll().await;
    let records = one_per_method();
    let ack = phone.sync(&records).await;
    assert!(ack.results.iter().all(|r| r.outcome == Outcome::Accepted));
    let steward = server.sign_in("steward").await;
    let ids: Vec<String> = records.iter().map(|r| r.id.to_string()).collect();
    server.approve_all(&steward, &ids).await;
    let partner = server.sign_in("partner").await;
    let methods = ["signature", "verbal", "mark", "guardian", "proxy"];
    let members: usize = records
        .iter()
        .map(|r| match r.answers.get("members") {
            Some(Answer::Repeat(items)) => items.len(),
            _ => 0,
        })
        .sum();
    assert!(members > 0, "the records have members");
    let dir = tempfile::tempdir().unwrap();
    let mut manifest = Vec::new();
    for (who, profile, hxl) in [(&steward, "steward", false), (&partner, "partners", true)] {
        for (format, table, rows) in [
            ("csv", "records", 5),
            ("json", "records", 5),
            ("xlsx", "records", 5),
            ("csv", "members", members),
            ("json", "members", members),
        ] {
            let query = match table {
                "records" => format!("format={format}"),
                repeat => format!("format={format}&table={repeat}"),
            };
            let response = who
                .get(server.url(&format!("/exports/{profile}?{query}")))
                .send()
                .await
                .unwrap();
            assert_eq!(response.status(), reqwest::StatusCode::OK);
            let path = dir.path().join(format!("{profile}-{table}.{format}"));
            std::fs::write(&path, response.bytes().await.unwrap()).unwrap();
            manifest.push(json!({
                "path": path, "format": format, "table": table, "hxl": hxl, "rows": rows,
                "methods": methods, "numbers": ["meals_yesterday"],
            }));
        }
    }
    let list = dir.path().join("manifest.json");
    std::fs::write(&list, serde_json::to_vec(&manifest).unwrap()).unwrap();
    let script = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/consumers/read_exports.py"
    );
    let run = std::process::Command::new(python)
        .arg(script)
        .arg(&list)
        .output()
        .expect("python runs");
    assert!(
        run.status.success(),
        "{}{}",
        String::from_utf8_lossy(&run.stdout),
        String::from_utf8_lossy(&run.stderr)
    );
}
