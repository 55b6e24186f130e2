//! Exports as analysts read them: every consent method's records exported in every
//! format and profile, then read by pandas, openpyxl and libhxl
//! (`server/tests/consumers/read_exports.py`). Runs where `SAUTI_CONSUMERS_PYTHON` names a
//! Python with those libraries (`scripts/setup.sh` makes one; `scripts/test.sh` sets it).

use forms::batch::Outcome;
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
    let dir = tempfile::tempdir().unwrap();
    let mut manifest = Vec::new();
    for (who, profile, hxl) in [(&steward, "steward", false), (&partner, "partners", true)] {
        for format in ["csv", "json", "xlsx"] {
            let response = who
                .get(server.url(&format!("/exports/{profile}?format={format}")))
                .send()
                .await
                .unwrap();
            assert_eq!(response.status(), reqwest::StatusCode::OK);
            let path = dir.path().join(format!("{profile}.{format}"));
            std::fs::write(&path, response.bytes().await.unwrap()).unwrap();
            manifest.push(json!({
                "path": path, "format": format, "hxl": hxl, "rows": 5,
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
