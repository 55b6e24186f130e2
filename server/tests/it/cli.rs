//! The `sauti` command line against the data of a real server: the same export as the web
//! page, written to a file, and the audit chain checked.

use std::process::Command;

use crate::common::{Server, complete_household, submission};
use forms::consent::{Decision, Method, NEEDS_ASSESSMENT};
use forms::model::Answer;

pub(crate) fn sauti(server: &Server, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_sauti"))
        .args(args)
        .args(server.store_args())
        .env("RUST_LOG", "warn")
        .output()
        .expect("sauti runs")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sauti_export_writes_the_profile_and_withholds_what_stands_out() {
    let server = Server::start().await;
    let phone = server.enroll().await;
    let records: Vec<_> = ["Camp A", "Camp A", "Camp A", "Camp A", "Camp A", "Camp B"]
        .iter()
        .map(|area| {
            let mut answers = complete_household();
            answers.insert("admin_area".into(), Answer::Value(area.to_string()));
            submission(
                Decision::Given {
                    purposes: vec![NEEDS_ASSESSMENT.into(), "partner_sharing".into()],
                    method: Method::Verbal {
                        witness: "Amina".into(),
                    },
                },
                answers,
            )
        })
        .collect();
    phone.sync(&records).await;
    let steward = server.sign_in("steward").await;
    for r in &records {
        server.review(&steward, &r.id.to_string(), "approve").await;
    }

    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("partners.csv");
    let run = sauti(
        &server,
        &[
            "export",
            "--profile",
            "partners",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert!(
        run.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&run.stderr)
    );
    assert!(
        stdout.contains("wrote 5 records")
            && stdout.contains("for partner")
            && stdout.contains("1 records withheld"),
        "{stdout}"
    );
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(text.starts_with('\u{feff}'));
    assert_eq!(
        text.lines().count(),
        1 + 1 + 5,
        "header, HXL row, five records: {text}"
    );
    assert!(!text.contains(&records[5].id.to_string()));

    let unknown = sauti(&server, &["export", "--profile", "everyone"]);
    assert!(!unknown.status.success());
    assert!(
        String::from_utf8_lossy(&unknown.stderr).contains("no export profile `everyone`"),
        "{}",
        String::from_utf8_lossy(&unknown.stderr)
    );

    // The export is in the audit chain, and the chain holds.
    let verify = sauti(&server, &["audit", "verify"]);
    assert!(
        verify.status.success(),
        "{}",
        String::from_utf8_lossy(&verify.stdout)
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sauti_purge_keeps_to_the_policys_retention_and_leaves_tombstones() {
    let server = Server::start().await;
    let phone = server.enroll().await;
    let record = |purposes: &[&str]| {
        submission(
            Decision::Given {
                purposes: purposes.iter().map(|p| p.to_string()).collect(),
                method: Method::Verbal {
                    witness: "Amina".into(),
                },
            },
            complete_household(),
        )
    };
    // Demo policy: referral 180 days, needs assessment 730, direct identifiers 365.
    let referral_only = record(&["referral"]);
    let mut both = record(&[NEEDS_ASSESSMENT, "referral"]);
    // Asked for referrals only (the form tags it `referral`).
    both.answers.insert(
        "respondent_phone".into(),
        forms::model::Answer::Value("+254700000001".into()),
    );
    phone.sync(&[referral_only.clone(), both.clone()]).await;
    let today = time::OffsetDateTime::now_utc().date();
    let in_days = |n: i64| (today + time::Duration::days(n)).to_string();

    // In 100 days nothing is due.
    let run = sauti(&server, &["purge", "--dry-run", "--as-of", &in_days(100)]);
    let out = String::from_utf8_lossy(&run.stdout);
    assert!(
        run.status.success(),
        "{out}{}",
        String::from_utf8_lossy(&run.stderr)
    );
    assert!(out.contains("0 records past retention"), "{out}");

    // In 200 days the referral-only record is due; a dry run changes nothing.
    let run = sauti(&server, &["purge", "--dry-run", "--as-of", &in_days(200)]);
    let out = String::from_utf8_lossy(&run.stdout);
    assert!(
        out.contains(&format!("would go: {} (past retention)", referral_only.id)),
        "{out}"
    );
    // The other record keeps the needs assessment (730 days), not the referral.
    assert!(
        out.contains(&format!(
            "would go: referral of {} (past retention; kept for a longer purpose)",
            both.id
        )),
        "{out}"
    );
    let steward = server.sign_in("steward").await;
    assert_eq!(
        server.submissions(&steward).await.len(),
        2,
        "a dry run deletes nothing"
    );

    // For real: gone, with a tombstone; sent again, it is not revived.
    let run = sauti(&server, &["purge", "--as-of", &in_days(200)]);
    assert!(String::from_utf8_lossy(&run.stdout).contains("gone:"));
    let listed = server.submissions(&steward).await;
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0]["id"], both.id.to_string());
    let held = server
        .db()
        .await
        .purposes_of(&both.id.to_string())
        .await
        .unwrap();
    assert_eq!(held, [NEEDS_ASSESSMENT], "referral is past its retention");
    // What served only the referral went with it; the needs assessment's answers stay.
    let answers = &listed[0]["answers"];
    assert!(answers.get("respondent_phone").is_none(), "{answers}");
    assert!(answers.get("water_source").is_some(), "{answers}");
    let ack = phone.sync(std::slice::from_ref(&referral_only)).await;
    assert_eq!(ack.results[0].outcome, forms::batch::Outcome::Duplicate);
    assert_eq!(server.submissions(&steward).await.len(), 1, "not revived");

    // After 400 days the other record's names go, the rest stays.
    let run = sauti(&server, &["purge", "--as-of", &in_days(400)]);
    let out = String::from_utf8_lossy(&run.stdout);
    assert!(
        out.contains(&format!("gone: direct_identifier answers of {}", both.id)),
        "{out}"
    );
    let listed = server.submissions(&steward).await;
    let answers = &listed[0]["answers"];
    assert!(answers.get("respondent_name").is_none(), "{answers}");
    assert!(
        answers["members"][0].get("member_name").is_none(),
        "{answers}"
    );
    assert!(
        answers["members"][0].get("member_age").is_some(),
        "{answers}"
    );
    assert!(answers.get("water_source").is_some(), "{answers}");
    // The witness's name in the proof of consent goes with the other names.
    let consent = server
        .db()
        .await
        .consent_json(&both.id.to_string())
        .await
        .unwrap()
        .expect("the record is still held");
    assert!(!consent.contains("Amina"), "{consent}");
    assert!(consent.contains("verbal"), "the method stays: {consent}");

    let verify = sauti(&server, &["audit", "verify"]);
    assert!(verify.status.success());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sauti_form_import_attaches_the_csv_a_form_reads() {
    let server = Server::start().await;
    let (form, csv) = crate::common::districts_form(100);
    let dir = tempfile::tempdir().unwrap();
    let (form_path, csv_path) = (
        dir.path().join("villages.xlsx"),
        dir.path().join("districts.csv"),
    );
    std::fs::write(&form_path, form).unwrap();
    std::fs::write(&csv_path, csv).unwrap();
    let form_arg = form_path.to_str().unwrap();

    // Without its file: kept waiting, not published, and the exit status says so.
    let missing = sauti(&server, &["form", "import", form_arg]);
    assert_eq!(missing.status.code(), Some(3));
    let stderr = String::from_utf8_lossy(&missing.stderr);
    assert!(
        stderr.contains("waiting") && stderr.contains("districts.csv"),
        "{stderr}"
    );

    let run = sauti(
        &server,
        &[
            "form",
            "import",
            form_arg,
            "--attach",
            csv_path.to_str().unwrap(),
        ],
    );
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert!(
        run.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&run.stderr)
    );
    assert!(stdout.contains("imported `villages`"), "{stdout}");
    let bundle: serde_json::Value = server.enroll().await.bundle().await.json().await.unwrap();
    assert_eq!(
        bundle["form"]["choices"]["districts.csv"][42]["attributes"]["population"],
        "142"
    );
}

/// A GeoJSON file of map features (`select_one_from_file buildings.geojson`) is attached
/// as GeoJSON: the command line types each file by its ending (it once sent everything but
/// XML as CSV, which the server refused), and an ending it cannot type stops the import
/// before anything is kept.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sauti_form_import_attaches_a_geojson_file_as_geojson() {
    let server = Server::start().await;
    let synthetic = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../forms/tests/xlsform/wild/synthetic"
    );
    let form = format!("{synthetic}/geojson_instance.xlsx");
    let features = format!("{synthetic}/buildings.geojson");

    let dir = tempfile::tempdir().unwrap();
    let notes = dir.path().join("buildings.txt");
    std::fs::write(&notes, "not a choice file").unwrap();
    let refused = sauti(
        &server,
        &["form", "import", &form, "--attach", notes.to_str().unwrap()],
    );
    assert_eq!(refused.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert!(
        stderr.contains("buildings.txt") && stderr.contains(".geojson"),
        "{stderr}"
    );

    let run = sauti(&server, &["form", "import", &form, "--attach", &features]);
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert!(
        run.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&run.stderr)
    );
    assert!(stdout.contains("imported"), "{stdout}");
    let bundle: serde_json::Value = server.enroll().await.bundle().await.json().await.unwrap();
    let features = bundle["form"]["choices"]["buildings.geojson"]
        .as_array()
        .map_or(0, Vec::len);
    assert!(features > 0, "{}", bundle["form"]["choices"]);
}

/// A real installation starts empty (no demo, no password in any log): the operator
/// creates a project and its first admin from the command line, the password printed once
/// on the terminal, and that admin signs in.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_new_installation_gets_its_project_and_first_admin_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let database = crate::common::fresh_postgres_database().await;
    let mut store = vec!["--data".to_string(), dir.path().display().to_string()];
    if let Some(url) = &database {
        store.extend(["--database".to_string(), url.clone()]);
    }
    let running = server::start(server::Config {
        trusted_proxies: Default::default(),
        demo: false,
        data_dir: dir.path().into(),
        database: database.clone(),
        policies: Vec::new(),
        listen: "127.0.0.1:0".parse().unwrap(),
        app_dir: None,
        public_url: None,
    })
    .await
    .unwrap();
    assert!(running.needs_setup, "an empty database asks for a project");
    assert!(running.credentials.is_empty(), "no demo accounts");
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_sauti"))
            .args(args)
            .args(&store)
            .env("RUST_LOG", "warn")
            .output()
            .expect("sauti runs")
    };
    let bad = run(&["project", "create", "Camp A!", "--name", "x"]);
    assert!(!bad.status.success());
    let made = run(&[
        "project",
        "create",
        "kakuma-2027",
        "--name",
        "Kakuma needs assessment",
    ]);
    assert!(
        made.status.success(),
        "{}",
        String::from_utf8_lossy(&made.stderr)
    );
    let admin = run(&[
        "user",
        "create",
        "amina",
        "--project",
        "kakuma-2027",
        "--role",
        "admin",
    ]);
    let out = String::from_utf8_lossy(&admin.stdout);
    assert!(
        admin.status.success(),
        "{out}{}",
        String::from_utf8_lossy(&admin.stderr)
    );
    let password = out
        .split("password ")
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .expect("the password, printed once")
        .to_string();
    let listed = run(&["project", "list"]);
    assert_eq!(
        String::from_utf8_lossy(&listed.stdout).trim(),
        "kakuma-2027\t1 members\topen\tKakuma needs assessment"
    );
    let client = reqwest::Client::new();
    let login = client
        .post(format!("http://{}/api/v1/auth/login", running.addr))
        .json(&serde_json::json!({ "username": "amina", "password": password }))
        .send()
        .await
        .unwrap();
    assert_eq!(login.status(), reqwest::StatusCode::OK);
    let me: serde_json::Value = login.json().await.unwrap();
    assert_eq!(me["project_id"], "kakuma-2027");
    assert_eq!(me["role"], "admin");
    running.task.abort();
}
