//! The `sauti` command line against the data of a real server: the same export as the web
//! page, written to a file, and the audit chain checked.

#[allow(dead_code)] // each test file uses its own share of the helpers
mod common;

use std::process::Command;

use common::{Server, complete_household, submission};
use forms::consent::{Decision, Method, NEEDS_ASSESSMENT};
use forms::model::Answer;

fn sauti(server: &Server, args: &[&str]) -> std::process::Output {
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
