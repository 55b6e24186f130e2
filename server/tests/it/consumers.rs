//! Exports as analysts read them: every consent method's records exported in every
//! format and profile, then read by pandas, openpyxl and libhxl
//! (`server/tests/consumers/read_exports.py`); with HXL, every column of every table
//! carries a tag libhxl parses, its hashtag from the HXL core dictionary. Runs where `SAUTI_CONSUMERS_PYTHON` names a
//! Python with those libraries (`scripts/setup.sh` makes one; `scripts/test.sh` sets it).

use forms::batch::Outcome;
use forms::model::Answer;
use serde_json::json;

use crate::common::{Phone, Server};
use crate::exports::one_per_method;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_export_opens_in_pandas_openpyxl_and_libhxl() {
    let Some(python) = consumers_python() else {
        return;
    };
    let server = Server::start().await;
    let phone = server.enroll().await;
    let records = one_per_method();
    let steward = approved(&server, &phone, &records).await;
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
        for (format, table, rows, layout) in [
            ("csv", "records", 5, "sauti"),
            ("json", "records", 5, "sauti"),
            ("xlsx", "records", 5, "sauti"),
            ("csv", "members", members, "sauti"),
            ("json", "members", members, "sauti"),
            ("xlsx", "records", 5, "kobo"),
            ("csv", "members", members, "kobo"),
        ] {
            let query = match table {
                "records" => format!("format={format}&layout={layout}"),
                repeat => format!("format={format}&table={repeat}&layout={layout}"),
            };
            let response = who
                .get(server.url(&format!("/exports/{profile}?{query}")))
                .send()
                .await
                .unwrap();
            assert_eq!(response.status(), reqwest::StatusCode::OK);
            let path = dir
                .path()
                .join(format!("{profile}-{table}-{layout}.{format}"));
            std::fs::write(&path, response.bytes().await.unwrap()).unwrap();
            let meals = match layout {
                "kobo" => "food/meals_yesterday",
                _ => "meals_yesterday",
            };
            manifest.push(json!({
                "path": path, "format": format, "table": table, "hxl": hxl, "rows": rows,
                "methods": methods, "numbers": [meals],
            }));
        }
    }
    let list = dir.path().join("manifest.json");
    std::fs::write(&list, serde_json::to_vec(&manifest).unwrap()).unwrap();
    run(&python, "read_exports.py", &list);
}

/// The Kobo layout (`layout=kobo`) read as scripts written for KoboToolbox exports read
/// it: pandas joins the members to their households on `_parent_index` = `_index` (in
/// the workbook and in the two CSV tables) and sums the 0/1 column of a select_multiple's
/// choice (`needs/priority_needs/food`).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_kobo_layout_export_joins_and_sums_in_pandas() {
    let Some(python) = consumers_python() else {
        return;
    };
    let server = Server::start().await;
    let phone = server.enroll().await;
    // Households of one, two and three members, each with needs of its own.
    let form = forms::demo::household_form().compile().unwrap();
    let needs = ["food", "food water", "shelter", "food health", "protection"];
    let mut records = one_per_method();
    for (i, record) in records.iter_mut().enumerate() {
        if let Some(Answer::Repeat(members)) = record.answers.get_mut("members") {
            let first = members[0].clone();
            members.truncate(1);
            members.extend(std::iter::repeat_n(first, i % 3));
        }
        let value = Answer::Value(needs[i].to_string());
        record.answers.insert("priority_needs".into(), value);
        forms::validate::settle(&form, &mut record.answers, crate::common::TODAY);
    }
    let steward = approved(&server, &phone, &records).await;

    let dir = tempfile::tempdir().unwrap();
    let mut paths = Vec::new();
    for (query, name) in [
        ("format=xlsx&layout=kobo", "book.xlsx"),
        ("format=csv&layout=kobo", "main.csv"),
        ("format=csv&layout=kobo&table=members", "members.csv"),
    ] {
        let response = steward
            .get(server.url(&format!("/exports/steward?{query}")))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), reqwest::StatusCode::OK, "{query}");
        let path = dir.path().join(name);
        std::fs::write(&path, response.bytes().await.unwrap()).unwrap();
        paths.push(path);
    }
    let sum = |choice: &str| {
        needs
            .iter()
            .filter(|n| n.split_whitespace().any(|c| c == choice))
            .count()
    };
    let household_sizes: serde_json::Map<String, serde_json::Value> = records
        .iter()
        .enumerate()
        .map(|(i, r)| (r.id.to_string(), json!(1 + i % 3)))
        .collect();
    let expected = json!({
        "xlsx": paths[0], "main_csv": paths[1], "members_csv": paths[2],
        "records": records.len(),
        "members": (0..records.len()).map(|i| 1 + i % 3).sum::<usize>(),
        "household_sizes": household_sizes,
        "sums": {
            "needs/priority_needs/food": sum("food"),
            "needs/priority_needs/water": sum("water"),
            "needs/priority_needs/education": 0,
        },
        "columns": ["location/interview_date", "water/water_source", "members/member_age",
            "needs/priority_needs", "_submission_time"],
    });
    assert_eq!(sum("food"), 3, "the sums count something");
    let file = dir.path().join("expected.json");
    std::fs::write(&file, serde_json::to_vec(&expected).unwrap()).unwrap();
    run(&python, "read_kobo.py", &file);
}

/// The Python with the analysts' libraries; `None` (said) where there is none.
fn consumers_python() -> Option<String> {
    let python = std::env::var("SAUTI_CONSUMERS_PYTHON").ok();
    if python.is_none() {
        eprintln!(
            "SAUTI_CONSUMERS_PYTHON is not set: the consumers' check is left to scripts/test.sh"
        );
    }
    python
}

/// Runs `server/tests/consumers/<script>` on `arg`; what it printed is the failure.
fn run(python: &str, script: &str, arg: &std::path::Path) {
    let script = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/consumers")
        .join(script);
    let run = std::process::Command::new(python)
        .arg(script)
        .arg(arg)
        .output()
        .expect("python runs");
    assert!(
        run.status.success(),
        "{}{}",
        String::from_utf8_lossy(&run.stdout),
        String::from_utf8_lossy(&run.stderr)
    );
}

/// `records` synced by `phone`, every one accepted and approved; the steward who did.
async fn approved(
    server: &Server,
    phone: &Phone,
    records: &[forms::batch::Submission],
) -> reqwest::Client {
    let ack = phone.sync(records).await;
    assert!(
        ack.results.iter().all(|r| r.outcome == Outcome::Accepted),
        "{ack:?}"
    );
    let steward = server.sign_in("steward").await;
    let ids: Vec<String> = records.iter().map(|r| r.id.to_string()).collect();
    server.approve_all(&steward, &ids).await;
    steward
}
