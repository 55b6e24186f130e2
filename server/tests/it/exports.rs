//! Exports under the demo policy, on a real server: a partner gets only the profile shared
//! with them, without identifiers, with coarse quasi-identifiers, with records that would
//! stand out suppressed, in CSV or JSON, main or linked repeat table, codes or labels; and
//! the ledger says who received what.

use crate::common::{Server, complete_household, sheet_text, submission, workbook};
use forms::batch::{Outcome, Submission};
use forms::consent::{Decision, Method, NEEDS_ASSESSMENT};
use forms::model::{Answer, Answers};
use reqwest::{Client, StatusCode};
use serde_json::Value;

const SHARING: &str = "partner_sharing";

fn household_in(area: &str) -> Submission {
    let mut answers = complete_household();
    answers.insert("admin_area".into(), Answer::Value(area.into()));
    submission(
        Decision::Given {
            purposes: vec![NEEDS_ASSESSMENT.into(), SHARING.into()],
            method: Method::Verbal {
                witness: "Amina".into(),
            },
        },
        answers,
    )
}

/// Five households in Camp A, one alone in Camp B, all approved.
async fn six_approved(server: &Server) -> (Vec<Submission>, Submission) {
    let phone = server.enroll().await;
    let crowd: Vec<Submission> = (0..5).map(|_| household_in("Camp A")).collect();
    let alone = household_in("Camp B");
    let mut all = crowd.clone();
    all.push(alone.clone());
    phone.sync(&all).await;
    let steward = server.sign_in("steward").await;
    for r in &all {
        server.review(&steward, &r.id.to_string(), "approve").await;
    }
    (crowd, alone)
}

async fn get(client: &Client, url: String) -> reqwest::Response {
    client.get(url).send().await.expect("the server answers")
}

fn name_of(r: &Submission) -> String {
    match r.answers.get("respondent_name") {
        Some(Answer::Value(v)) => v.clone(),
        other => panic!("a name: {other:?}"),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_partner_gets_only_their_profile_without_identifiers_and_with_k_anonymity() {
    let server = Server::start().await;
    let (crowd, alone) = six_approved(&server).await;
    let partner = server.sign_in("partner").await;

    let listed: Value = get(&partner, server.url("/exports"))
        .await
        .json()
        .await
        .unwrap();
    let names: Vec<&str> = listed["profiles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["partners"], "only the profile shared with them");
    assert_eq!(
        listed["tables"],
        serde_json::json!(["members"]),
        "the form's repeats"
    );
    let other = get(&partner, server.url("/exports/steward")).await;
    assert_eq!(
        other.status(),
        StatusCode::NOT_FOUND,
        "not shared with them"
    );

    let response = get(&partner, server.url("/exports/partners?format=csv")).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()["x-sauti-suppressed"], "1");
    let bytes = response.bytes().await.unwrap();
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"));
    let text = std::str::from_utf8(&bytes[3..]).unwrap();
    let mut csv = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = csv.headers().unwrap().iter().map(String::from).collect();
    let rows: Vec<csv::StringRecord> = csv.records().map(Result::unwrap).collect();
    for gone in [
        "respondent_name",
        "respondent_phone",
        "receipt",
        "comments",
        "chronic_illness",
    ] {
        assert!(
            !header.contains(&gone.to_string()),
            "{gone} left: {header:?}"
        );
    }
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    // First row: HXL hashtags; then the five Camp A households; Camp B is suppressed.
    assert_eq!(&rows[0][col("admin_area")], "#adm2+name");
    assert_eq!(&rows[0][col("submission_id")], "#meta+id");
    assert_eq!(rows.len(), 6, "{text}");
    for row in &rows[1..] {
        assert_eq!(&row[col("admin_area")], "Camp A");
        assert_eq!(row[col("interview_date")].len(), 7, "a month: {:?}", row);
    }
    assert!(!text.contains(&alone.id.to_string()), "Camp B stands out");
    for r in &crowd {
        assert!(!text.contains(&name_of(r)), "a name left");
        assert!(
            !text.contains(&r.consent.receipt.to_string()),
            "a receipt left"
        );
    }

    // The linked members table: ages in bands, no names.
    let members = get(&partner, server.url("/exports/partners?table=members"))
        .await
        .text()
        .await
        .unwrap();
    let mut csv = csv::Reader::from_reader(members.trim_start_matches('\u{feff}').as_bytes());
    let header: Vec<String> = csv.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(header[..3], ["submission_id", "row", "parent_row"]);
    assert!(!header.contains(&"member_name".to_string()));
    let rows: Vec<csv::StringRecord> = csv.records().map(Result::unwrap).collect();
    let age = header.iter().position(|h| h == "member_age").unwrap();
    assert!(rows.len() > 5, "every member of the five households");
    assert!(rows[1..].iter().all(|r| r[age].contains('-')), "{members}");

    // JSON says the same, with labels in French.
    let json: Value = get(
        &partner,
        server.url("/exports/partners?format=json&labels=fr"),
    )
    .await
    .json()
    .await
    .unwrap();
    assert_eq!(json["export"]["suppressed"], 1);
    assert_eq!(json["export"]["k"], 5);
    assert_eq!(json["rows"].as_array().unwrap().len(), 5);
    let status = json["rows"][0]["displacement_status"].as_str().unwrap();
    assert!(
        !status.is_empty() && status != "resident",
        "a French label: {status}"
    );

    // The ledger: a crowd record went to the partner (three downloads of the main table
    // and one of members), the suppressed one went nowhere.
    let steward = server.sign_in("steward").await;
    let went: Vec<Value> = get(
        &steward,
        server.url(&format!("/submissions/{}/exports", crowd[0].id)),
    )
    .await
    .json()
    .await
    .unwrap();
    assert!(went.len() >= 2, "{went:?}");
    assert!(
        went.iter()
            .all(|e| e["recipient"] == "partner" && e["profile"] == "partners")
    );
    let none: Vec<Value> = get(
        &steward,
        server.url(&format!("/submissions/{}/exports", alone.id)),
    )
    .await
    .json()
    .await
    .unwrap();
    assert!(none.is_empty(), "{none:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_steward_profile_pseudonymises_names_and_keeps_every_record() {
    let server = Server::start().await;
    let (crowd, alone) = six_approved(&server).await;
    let steward = server.sign_in("steward").await;
    let response = get(&steward, server.url("/exports/steward")).await;
    assert_eq!(response.headers()["x-sauti-suppressed"], "0");
    let text = response.text().await.unwrap();
    assert!(
        text.contains(&alone.id.to_string()),
        "k = 1 suppresses nothing"
    );
    let name = name_of(&crowd[0]);
    assert!(!text.contains(&name), "names are pseudonymised");
    // The phone number was asked for referrals only (`purpose` referral in the form):
    // not in the needs assessment's export.
    let header = text.lines().next().unwrap_or_default();
    assert!(header.contains("respondent_name"), "{header}");
    assert!(!header.contains("respondent_phone"), "{header}");
    assert!(text.contains(",p-"), "pseudonyms in their place: {text}");
    // A receipt code is half the key to the community page: a pseudonymised export
    // does not carry it.
    assert!(
        !text.contains(&crowd[0].consent.receipt.to_string()),
        "a receipt left in a pseudonymised export"
    );

    let bad = get(&steward, server.url("/exports/steward?format=pdf")).await;
    assert_eq!(bad.status(), StatusCode::BAD_REQUEST);
    let bad = get(&steward, server.url("/exports/steward?table=pets")).await;
    assert_eq!(bad.status(), StatusCode::BAD_REQUEST);
    let bad = get(&steward, server.url("/exports/steward?labels=xx")).await;
    assert_eq!(bad.status(), StatusCode::BAD_REQUEST);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_xlsx_export_has_a_sheet_per_table_under_the_same_rules() {
    use calamine::Reader;
    let server = Server::start().await;
    let (crowd, alone) = six_approved(&server).await;
    let partner = server.sign_in("partner").await;
    let response = get(
        &partner,
        server.url("/exports/partners?format=xlsx&labels=fr"),
    )
    .await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()["x-sauti-suppressed"], "1");
    assert!(
        response.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .ends_with(".xlsx\""),
    );
    let bytes = response.bytes().await.unwrap();
    let mut book = workbook(&bytes);
    assert_eq!(book.sheet_names(), ["records", "members"]);
    let rows = sheet_text(&mut book, "records");
    assert_eq!(rows.len(), 2 + 5, "header, HXL row, five records");
    assert_eq!(rows[1][0], "#meta+id");
    let text = format!("{rows:?}");
    assert!(!text.contains(&alone.id.to_string()));
    assert!(!text.contains(&name_of(&crowd[0])));
    assert!(!rows[0].contains(&"respondent_name".to_string()));

    let members = sheet_text(&mut book, "members");
    let header = &members[0];
    assert_eq!(header[..3], ["submission_id", "row", "parent_row"]);
    assert!(!header.contains(&"member_name".to_string()));
    assert!(members.len() > 2 + 5, "every member of the five households");
}

/// More records than one piece of the parallel export (256 rows): the file is whole, every
/// record once, CSV and JSON in the same order, and the ledger holds the last record too.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_large_export_is_whole_and_in_the_same_order_in_csv_and_json() {
    let server = Server::start().await;
    let phone = server.enroll().await;
    let records: Vec<Submission> = (0..700).map(|_| household_in("Camp A")).collect();
    for batch in records.chunks(100) {
        phone.sync(batch).await;
    }
    let steward = server.sign_in("steward").await;
    let ids: Vec<String> = records.iter().map(|r| r.id.to_string()).collect();
    server.approve_all(&steward, &ids).await;

    let csv = server.get_text(&steward, "/exports/steward").await;
    let csv_ids: Vec<&str> = csv
        .lines()
        .skip(1)
        .map(|line| line.split(',').next().unwrap())
        .collect();
    let json: Value = get(&steward, server.url("/exports/steward?format=json"))
        .await
        .json()
        .await
        .expect("the JSON export is one valid document");
    let json_ids: Vec<&str> = json["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|row| row["submission_id"].as_str().unwrap())
        .collect();
    assert_eq!(csv_ids.len(), 700, "every record once");
    assert_eq!(csv_ids, json_ids, "one order, whatever the format");
    let mut unique = csv_ids.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), 700);
    let last = csv_ids.last().unwrap();
    let went: Vec<Value> = get(
        &steward,
        server.url(&format!("/submissions/{last}/exports")),
    )
    .await
    .json()
    .await
    .unwrap();
    assert_eq!(
        went.len(),
        2,
        "the ledger holds the last record of both exports"
    );
}

/// A download abandoned after its first chunk: the export stops (no thread left waiting),
/// says the receiver went away, and what had left is in the ledger; the next export works.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_abandoned_export_stops_and_keeps_its_ledger() {
    let server = Server::start().await;
    if server.store_args().len() > 2 {
        return; // PostgreSQL: the parallel SQLite reader is what this test is about.
    }
    let phone = server.enroll().await;
    let records: Vec<Submission> = (0..2_000).map(|_| household_in("Camp A")).collect();
    for batch in records.chunks(200) {
        phone.sync(batch).await;
    }
    let steward = server.sign_in("steward").await;
    let ids: Vec<String> = records.iter().map(|r| r.id.to_string()).collect();
    server.approve_all(&steward, &ids).await;

    let (db, state) = server.sqlite_state().await;
    let request = server::export::Request {
        profile: "steward".into(),
        format: server::export::Format::Csv,
        table: None,
        labels: None,
        layout: Default::default(),
        form: None,
    };
    let export = server::export::Export::prepare(&state, "demo", &request, None)
        .await
        .unwrap();
    let (mut chunks, task) = export.run(db, "test".into(), "someone".into());
    let header = chunks.recv().await.expect("a first chunk").unwrap();
    assert!(header.starts_with(b"\xEF\xBB\xBF"), "the CSV starts");
    let first = chunks.recv().await.expect("rows").unwrap();
    drop(chunks);
    let result = tokio::time::timeout(std::time::Duration::from_secs(20), task)
        .await
        .expect("the export stops instead of waiting forever")
        .unwrap();
    assert!(result.is_err(), "an abandoned export is not a finished one");
    // The rows that left are in the ledger, with their recipient.
    let text = String::from_utf8_lossy(&first);
    let sent = text.lines().next().unwrap().split(',').next().unwrap();
    let went = server
        .get_json(&steward, &format!("/submissions/{sent}/exports"))
        .await;
    assert_eq!(went[0]["recipient"], "someone", "{went}");
    // The audit chain says an export to them was cut, with how much had left.
    let events = server.db().await.audit_events().await.unwrap();
    let cut = events
        .iter()
        .find(|e| e.action == "export-abandoned")
        .expect("the abandoned export is audited");
    assert!(
        cut.subject.contains("to someone: cut after"),
        "{}",
        cut.subject
    );
    // And the server still exports in full.
    let csv = server.get_text(&steward, "/exports/steward").await;
    assert_eq!(csv.lines().count(), 2_001);
}

/// A repeat inside a repeat, from an XLSForm: each member's children, as many as the
/// member says. The server checks a child against its own member (with the whole path in
/// the error) and exports the children as their own table, linked to their member's row.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn nested_repeats_are_checked_per_instance_and_exported_as_linked_tables() {
    let server = Server::start().await;
    let admin = server.sign_in("admin").await;
    let form = crate::common::xlsform(&[
        &[
            "type",
            "name",
            "label",
            "repeat_count",
            "constraint",
            "calculation",
            "tags",
        ],
        &["begin repeat", "members", "Members", "", "", ""],
        &["text", "member_name", "Name", "", "", ""],
        &["integer", "member_age", "Age", "", "", ""],
        &[
            "integer",
            "children_count",
            "Children cared for",
            "",
            "",
            "",
            "plain",
        ],
        &[
            "begin repeat",
            "children",
            "Children",
            "${children_count}",
            "",
            "",
        ],
        &[
            "text",
            "child_name",
            "Child's name",
            "",
            "",
            "",
            "direct_identifier",
        ],
        &[
            "integer",
            "child_age",
            "Child's age",
            "",
            ". < ${member_age}",
            "",
            "plain",
        ],
        &["end repeat", "", "", "", "", ""],
        &["end repeat", "", "", "", "", ""],
        &[
            "calculate",
            "children_total",
            "",
            "",
            "",
            "count(${children})",
            "plain",
        ],
    ]);
    let (phone, form) = server
        .import_and_enroll(&admin, "children.xlsx", form)
        .await;
    let value = |s: &str| Answer::Value(s.to_string());
    let child = |name: &str, age: &str| {
        Answers::from([
            ("child_name".to_string(), value(name)),
            ("child_age".to_string(), value(age)),
        ])
    };
    let record = |omar_age: &str| {
        let fatima = Answers::from([
            ("member_name".to_string(), value("Fatima")),
            ("member_age".to_string(), value("34")),
            ("children_count".to_string(), value("2")),
            (
                "children".to_string(),
                Answer::Repeat(vec![child("Omar", omar_age), child("Hawa", "3")]),
            ),
        ]);
        let ali = Answers::from([
            ("member_name".to_string(), value("Ali")),
            ("member_age".to_string(), value("6")),
        ]);
        let mut r = crate::common::valid_submission(&[NEEDS_ASSESSMENT]);
        r.form_id = form["id"].as_str().unwrap().into();
        r.form_version = form["version"].as_str().unwrap().into();
        r.answers = Answers::from([
            ("members".to_string(), Answer::Repeat(vec![fatima, ali])),
            ("children_total".to_string(), value("2")),
        ]);
        r
    };
    let (good, older) = (record("12"), record("40"));
    let ack = phone.sync(&[good.clone(), older]).await;
    assert_eq!(ack.results[0].outcome, Outcome::Accepted);
    match &ack.results[1].outcome {
        Outcome::Rejected { errors, .. } => assert!(
            errors
                .iter()
                .any(|e| e.path == "members[1]/children[1]/child_age"
                    && e.problem.message_id() == "field-constraint"),
            "{errors:?}"
        ),
        other => panic!("a child older than the member was {other:?}"),
    }

    let steward = server.sign_in("steward").await;
    server
        .review(&steward, &good.id.to_string(), "approve")
        .await;
    let listed: Value = get(&steward, server.url("/exports"))
        .await
        .json()
        .await
        .unwrap();
    let tables = listed["tables"].to_string();
    assert!(
        tables.contains("members") && tables.contains("children"),
        "{tables}"
    );
    let children = get(&steward, server.url("/exports/steward?table=children"))
        .await
        .text()
        .await
        .unwrap();
    let rows: Vec<&str> = children.lines().collect();
    assert!(
        rows[0]
            .trim_start_matches('\u{feff}')
            .starts_with("submission_id,row,parent_row,child_name,child_age"),
        "{children}"
    );
    let id = good.id.to_string();
    assert_eq!(rows.len(), 3, "{children}");
    assert!(rows[1].starts_with(&format!("{id},1.1,1,")), "{children}");
    assert!(rows[2].starts_with(&format!("{id},1.2,1,")), "{children}");
    assert!(rows[2].ends_with(",3"), "{children}");
    let members = get(&steward, server.url("/exports/steward?table=members"))
        .await
        .text()
        .await
        .unwrap();
    // The question `children_count` keeps its name; the instances are counted beside it.
    assert!(
        members
            .lines()
            .next()
            .unwrap()
            .ends_with(",children_count,children_instances"),
        "{members}"
    );
    assert!(
        members.contains(",2\n") || members.contains(",2\r\n"),
        "{members}"
    );
    // As Kobo exports them: named by their path, numbered in the download, each child
    // pointing at its member's `_index` in the members table.
    let children = get(
        &steward,
        server.url("/exports/steward?table=children&layout=kobo"),
    )
    .await
    .text()
    .await
    .unwrap();
    let rows: Vec<&str> = children.lines().collect();
    assert!(
        rows[0].trim_start_matches('\u{feff}').starts_with(
            "_submission__uuid,_index,_parent_index,_parent_table_name,\
             members/children/child_name,members/children/child_age"
        ),
        "{children}"
    );
    assert!(
        rows[1].starts_with(&format!("{id},1,1,members,")),
        "{children}"
    );
    assert!(
        rows[2].starts_with(&format!("{id},2,1,members,")),
        "{children}"
    );
}

/// Every way consent can be given, each a complete household in one camp (so that the
/// partners' k = 5 keeps them all).
pub(crate) fn one_per_method() -> Vec<Submission> {
    let methods = forms::demo::every_consent_method();
    methods
        .into_iter()
        .map(|method| {
            let mut answers = complete_household();
            answers.insert("admin_area".into(), Answer::Value("Camp A".into()));
            submission(
                Decision::Given {
                    purposes: vec![NEEDS_ASSESSMENT.into(), SHARING.into()],
                    method,
                },
                answers,
            )
        })
        .collect()
}

/// The matrix: every consent method x every format x every profile x every table. Each
/// export is whole (a JSON document that parses, a workbook that opens, a CSV whose rows
/// all have the header's width) and carries every record with its own method.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_consent_method_exports_in_every_format_and_profile() {
    let server = Server::start().await;
    let phone = server.enroll().await;
    let records = one_per_method();
    let ack = phone.sync(&records).await;
    assert!(
        ack.results.iter().all(|r| r.outcome == Outcome::Accepted),
        "{ack:?}"
    );
    let steward = server.sign_in("steward").await;
    let ids: Vec<String> = records.iter().map(|r| r.id.to_string()).collect();
    server.approve_all(&steward, &ids).await;
    let partner = server.sign_in("partner").await;
    let mut expected = vec!["guardian", "mark", "proxy", "signature", "verbal"];
    expected.sort_unstable();

    for (who, profile) in [(&steward, "steward"), (&partner, "partners")] {
        for table in ["", "members"] {
            for format in ["csv", "json"] {
                let url = server.url(&format!("/exports/{profile}?format={format}&table={table}"));
                let response = get(who, url).await;
                assert_eq!(response.status(), StatusCode::OK, "{profile} {format}");
                let body = response
                    .bytes()
                    .await
                    .unwrap_or_else(|e| panic!("{profile} {format} {table}: cut: {e}"));
                let (header, rows) = match format {
                    "csv" => {
                        let mut csv = csv::ReaderBuilder::new()
                            .flexible(false)
                            .from_reader(body.strip_prefix(b"\xEF\xBB\xBF").unwrap());
                        let header: Vec<String> =
                            csv.headers().unwrap().iter().map(String::from).collect();
                        let rows: Vec<Vec<String>> = csv
                            .records()
                            .map(|r| r.unwrap().iter().map(String::from).collect())
                            .filter(|r: &Vec<String>| !r[0].starts_with('#'))
                            .collect();
                        (header, rows)
                    }
                    _ => {
                        let doc: Value = serde_json::from_slice(&body)
                            .unwrap_or_else(|e| panic!("{profile} json {table}: {e}"));
                        let header: Vec<String> = doc["export"]["columns"]
                            .as_array()
                            .map(|c| {
                                c.iter()
                                    .map(|c| c.as_str().unwrap_or_default().to_string())
                                    .collect()
                            })
                            .unwrap_or_default();
                        let rows: Vec<Vec<String>> = doc["rows"]
                            .as_array()
                            .unwrap()
                            .iter()
                            .map(|row| {
                                header
                                    .iter()
                                    .map(|h| match &row[h] {
                                        Value::String(s) => s.clone(),
                                        Value::Null => String::new(),
                                        other => other.to_string(),
                                    })
                                    .collect()
                            })
                            .collect();
                        (header, rows)
                    }
                };
                if table.is_empty() {
                    let at = header
                        .iter()
                        .position(|h| h == "consent_method")
                        .unwrap_or_else(|| panic!("{profile} {format}: {header:?}"));
                    let mut methods: Vec<&str> = rows.iter().map(|r| r[at].as_str()).collect();
                    methods.sort_unstable();
                    assert_eq!(methods, expected, "{profile} {format}");
                } else {
                    assert!(rows.len() >= 5, "{profile} {format} members: {rows:?}");
                }
            }
        }
        let response = get(who, server.url(&format!("/exports/{profile}?format=xlsx"))).await;
        assert_eq!(response.status(), StatusCode::OK);
        let bytes = response.bytes().await.expect("the workbook arrives whole");
        let rows = sheet_text(&mut workbook(&bytes), "records");
        let at = rows[0].iter().position(|h| h == "consent_method").unwrap();
        let mut methods: Vec<String> = rows[1..]
            .iter()
            .filter(|r| !r[0].starts_with('#'))
            .map(|r| r[at].clone())
            .collect();
        methods.sort_unstable();
        assert_eq!(methods, expected, "{profile} xlsx");
    }
}

/// The profile controls the record's own columns too: a partner's rows carry opaque ids of
/// their profile (the same in every table and download, matching no record id and nothing
/// in the team's export), the month of receipt only, and neither the phone's clock nor the
/// receipt code.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_partner_export_carries_opaque_ids_and_coarse_times_only() {
    let server = Server::start().await;
    let (crowd, _) = six_approved(&server).await;
    let partner = server.sign_in("partner").await;
    let steward = server.sign_in("steward").await;
    let main = server
        .get_text(&partner, "/exports/partners?format=csv")
        .await;
    let mut csv = csv::Reader::from_reader(main.trim_start_matches('\u{feff}').as_bytes());
    let header: Vec<String> = csv.headers().unwrap().iter().map(String::from).collect();
    assert!(!header.contains(&"saved_at".to_string()), "{header:?}");
    assert!(!header.contains(&"receipt".to_string()), "{header:?}");
    let at = |name: &str| header.iter().position(|h| h == name).unwrap();
    let rows: Vec<csv::StringRecord> = csv
        .records()
        .map(Result::unwrap)
        .filter(|r| !r[0].starts_with('#'))
        .collect();
    assert_eq!(rows.len(), 5);
    let ids: Vec<String> = rows
        .iter()
        .map(|r| r[at("submission_id")].to_string())
        .collect();
    for (row, id) in rows.iter().zip(&ids) {
        assert!(id.starts_with("r-") && id.len() == 18, "{id}");
        assert_eq!(row[at("received_at")].len(), 7, "a month: {row:?}");
    }
    for r in &crowd {
        assert!(!main.contains(&r.id.to_string()), "a record id left");
        assert!(!main.contains(&r.saved_at), "the phone's clock left");
    }
    // The same ids in the linked table and in a second download.
    let members = server
        .get_text(&partner, "/exports/partners?format=csv&table=members")
        .await;
    for id in &ids {
        assert!(members.contains(id.as_str()), "{id} links the members");
    }
    let again = server
        .get_text(&partner, "/exports/partners?format=json")
        .await;
    for id in &ids {
        assert!(again.contains(id.as_str()), "{id} is stable");
    }
    // Nothing in the team's export links to them.
    let team = server.get_text(&steward, "/exports/steward").await;
    for id in &ids {
        assert!(
            !team.contains(id.as_str()),
            "{id} links to the team's export"
        );
    }
}

/// A record that cannot be written (its stored consent damaged) stops the export: the
/// transfer is cut, so no client takes the file for whole, in every text format.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_export_that_fails_midway_never_looks_complete() {
    let server = Server::start().await;
    let (crowd, _) = six_approved(&server).await;
    server
        .db()
        .await
        .set_consent_json(&crowd[2].id.to_string(), "{\"damaged\": true}")
        .await
        .unwrap();
    let steward = server.sign_in("steward").await;
    for format in ["csv", "json"] {
        let response = get(
            &steward,
            server.url(&format!("/exports/steward?format={format}")),
        )
        .await;
        assert_eq!(response.status(), StatusCode::OK, "the headers left first");
        assert!(
            response.bytes().await.is_err(),
            "{format}: the cut transfer must be visible to the client"
        );
    }
}

/// What analysts' tools read: numbers as numbers and dates as dates in XLSX, typed JSON
/// in the columns' order, UTC times to the millisecond everywhere, and the one rule for
/// formula-looking text (only in CSV text cells: `=SUM(…)` neutralised, a phone number
/// `+962…` never).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn exports_are_typed_and_agree_across_formats() {
    use calamine::{Data, Reader};
    let server = Server::start().await;
    let phone = server.enroll().await;
    let mut records = Vec::new();
    for comment in ["+962791234567", "=SUM(A1:A9)", "-3", "@x"] {
        let mut r = household_in("Camp A");
        r.answers
            .insert("comments".into(), Answer::Value(comment.into()));
        // The phone's clock with its own offset: exported in UTC.
        r.saved_at = "2026-11-24T13:00:00.5+03:00".into();
        records.push(r);
    }
    phone.sync(&records).await;
    let steward = server.sign_in("steward").await;
    let ids: Vec<String> = records.iter().map(|r| r.id.to_string()).collect();
    server.approve_all(&steward, &ids).await;

    let csv = server
        .get_text(&steward, "/exports/steward?format=csv")
        .await;
    let mut reader = csv::Reader::from_reader(csv.trim_start_matches('\u{feff}').as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    let at = |name: &str| header.iter().position(|h| h == name).unwrap();
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let mut comments: Vec<&str> = rows.iter().map(|r| &r[at("comments")]).collect();
    comments.sort_unstable();
    assert_eq!(comments, ["'=SUM(A1:A9)", "'@x", "+962791234567", "-3"]);
    for row in &rows {
        assert_eq!(&row[at("saved_at")], "2026-11-24T10:00:00.500Z");
        let received = &row[at("received_at")];
        assert!(
            received.len() == 24 && received.ends_with('Z') && &received[19..20] == ".",
            "{received}"
        );
    }

    let json = server
        .get_text(&steward, "/exports/steward?format=json")
        .await;
    let doc: Value = serde_json::from_str(&json).unwrap();
    let first = &doc["rows"][0];
    assert!(first["meals_yesterday"].is_number(), "{first}");
    assert!(first["comments"].is_string(), "{first}");
    assert_eq!(
        doc["export"]["column_kinds"][at("meals_yesterday")],
        "number"
    );
    // Keys in the columns' order, as written.
    let start = json.find("\"rows\":[{").unwrap();
    let row_text = &json[start..];
    let positions: Vec<usize> = header
        .iter()
        .map(|h| row_text.find(&format!("\"{h}\":")).unwrap())
        .collect();
    assert!(
        positions.windows(2).all(|w| w[0] < w[1]),
        "keys out of order"
    );
    let mut raw: Vec<&str> = doc["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["comments"].as_str().unwrap())
        .collect();
    raw.sort_unstable();
    assert_eq!(
        raw,
        ["+962791234567", "-3", "=SUM(A1:A9)", "@x"],
        "JSON as typed"
    );

    let bytes = get(&steward, server.url("/exports/steward?format=xlsx"))
        .await
        .bytes()
        .await
        .unwrap();
    let mut book = workbook(&bytes);
    let sheet = book.worksheet_range("records").unwrap();
    let mut sheet_rows = sheet.rows();
    let xlsx_header: Vec<String> = sheet_rows
        .next()
        .unwrap()
        .iter()
        .map(|c| c.to_string())
        .collect();
    assert_eq!(xlsx_header, header);
    for row in sheet_rows {
        assert!(
            matches!(row[at("meals_yesterday")], Data::Float(_) | Data::Int(_)),
            "a number cell: {:?}",
            row[at("meals_yesterday")]
        );
        assert!(
            matches!(row[at("interview_date")], Data::DateTime(_)),
            "a date cell: {:?}",
            row[at("interview_date")]
        );
        assert!(matches!(row[at("received_at")], Data::DateTime(_)));
        assert!(
            matches!(row[at("comments")], Data::String(_)),
            "text stays text"
        );
    }
}

/// A purpose's retention ends its exports on the day, not at the next purge, and a record
/// that also serves a longer purpose does not carry it past its retention: 400 days after
/// it was received a record leaves the needs assessment's export (730 days) and no longer
/// the partners' (`partner_sharing`, 365 days); at 800 days neither.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_record_past_a_purposes_retention_leaves_no_export_for_it() {
    let server = Server::start().await;
    let phone = server.enroll().await;
    let records: Vec<Submission> = (0..6).map(|_| household_in("Camp A")).collect();
    phone.sync(&records).await;
    let steward = server.sign_in("steward").await;
    for r in &records {
        server.review(&steward, &r.id.to_string(), "approve").await;
    }
    let (older, oldest) = (records[0].id.to_string(), records[1].id.to_string());
    server.received_days_ago(&older, 400).await;
    server.received_days_ago(&oldest, 800).await;

    let team = get(&steward, server.url("/exports/steward"))
        .await
        .text()
        .await
        .unwrap();
    assert!(team.contains(&older), "730 days: still held");
    assert!(!team.contains(&oldest), "past 730 days: {team}");
    assert_eq!(team.lines().count(), 1 + 5, "{team}");
    // What the older record may still be used for: not the partners' sharing, past its
    // 365 days, though the daily purge has not taken it off yet.
    let header: Vec<&str> = team.lines().next().unwrap().split(',').collect();
    let at = header
        .iter()
        .position(|h| *h == "consent_purposes")
        .unwrap();
    for line in team.lines().skip(1) {
        let purposes = line.split(',').nth(at).unwrap();
        if line.contains(&older) {
            assert_eq!(purposes, NEEDS_ASSESSMENT, "{line}");
        } else {
            assert!(purposes.contains(SHARING), "{line}");
        }
    }

    // The partners' rows carry opaque ids: count them (k = 5 with six in one camp, and
    // one of them past 365 days, another past 730: four left, all suppressed).
    let partner = server.sign_in("partner").await;
    let response = get(&partner, server.url("/exports/partners")).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()["x-sauti-suppressed"], "4");
    let rows = response.text().await.unwrap();
    assert_eq!(
        rows.lines().count(),
        2,
        "the header and its HXL tags only: {rows}"
    );
}

/// A repeat nothing of which leaves under a profile leaves no trace either: no
/// `<repeat>_count` column (how many incidents a household had is as telling as the
/// incidents) and no table of its instances, in CSV as in XLSX.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_repeat_nothing_of_which_leaves_is_not_counted_either() {
    let server = Server::start().await;
    let admin = server.sign_in("admin").await;
    // `incident_detail` is classified nowhere: no export lets it out. `household_size` is
    // plain in the demo policy.
    let form = crate::common::xlsform(&[
        &["type", "name", "label"],
        &["integer", "household_size", "People"],
        &["begin_repeat", "incidents", "Incidents"],
        &["text", "incident_detail", "What happened"],
        &["end_repeat", "", ""],
    ]);
    let imported = admin
        .post(server.url("/forms?publish=true&file_name=incidents.xlsx"))
        .body(form)
        .send()
        .await
        .unwrap();
    assert_eq!(
        imported.status(),
        StatusCode::OK,
        "{}",
        imported.text().await.unwrap()
    );
    let steward = server.sign_in("steward").await;
    let response = get(&steward, server.url("/exports/steward?form=incidents")).await;
    assert_eq!(response.status(), StatusCode::OK);
    let text = response.text().await.unwrap();
    let header = text.lines().next().unwrap_or_default();
    assert!(header.contains("household_size"), "{header}");
    assert!(
        !header.contains("incidents"),
        "a count of what does not leave: {header}"
    );
    let table = get(
        &steward,
        server.url("/exports/steward?form=incidents&table=incidents"),
    )
    .await;
    assert_eq!(table.status(), StatusCode::BAD_REQUEST);
    assert!(
        table
            .text()
            .await
            .unwrap()
            .contains("nothing in repeat `incidents` leaves")
    );
    let book = get(
        &steward,
        server.url("/exports/steward?form=incidents&format=xlsx"),
    )
    .await;
    assert_eq!(book.status(), StatusCode::OK);
    let bytes = book.bytes().await.unwrap().to_vec();
    use calamine::Reader;
    let sheets = workbook(&bytes).sheet_names();
    assert_eq!(sheets.len(), 1, "no sheet for the repeat: {sheets:?}");
}

/// The `consent_purposes` column says what the record may still be used for: a purpose
/// the respondent withdrew is not listed beside the ones it still serves.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn consent_purposes_leave_out_a_withdrawn_purpose() {
    let server = Server::start().await;
    let phone = server.enroll().await;
    let (kept, narrowed) = (household_in("Camp A"), household_in("Camp A"));
    phone.sync(&[kept.clone(), narrowed.clone()]).await;
    let steward = server.sign_in("steward").await;
    for r in [&kept, &narrowed] {
        server.review(&steward, &r.id.to_string(), "approve").await;
    }
    server
        .db()
        .await
        .withdraw(
            "demo",
            &narrowed.id.to_string(),
            &narrowed.consent.receipt.to_string(),
            &[SHARING.to_string()],
            "community",
        )
        .await
        .unwrap();
    let text = server.get_text(&steward, "/exports/steward").await;
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    let at = header
        .iter()
        .position(|h| *h == "consent_purposes")
        .unwrap();
    let purposes_of = |id: String| {
        text.lines()
            .find(|l| l.starts_with(&id))
            .map(|l| l.split(',').nth(at).unwrap_or_default().to_string())
    };
    assert_eq!(
        purposes_of(kept.id.to_string()).as_deref(),
        Some("needs_assessment partner_sharing")
    );
    assert_eq!(
        purposes_of(narrowed.id.to_string()).as_deref(),
        Some("needs_assessment"),
        "{text}"
    );
}

/// k-anonymity counts each combination in a first pass and writes in a second: a
/// respondent withdrawing between the two must not let a group counted as k leave with
/// k−1. Both passes read one snapshot, so the export is the records as they stood when it
/// was asked for (and the withdrawal notice lists it); the next export has the group of
/// four, which k = 5 then withholds whole.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_withdrawal_between_the_counting_and_the_writing_never_leaves_a_group_below_k() {
    let server = Server::start().await;
    let (crowd, _alone) = six_approved(&server).await;
    let db = server.db().await;
    let state = server::AppState::new(db.clone(), false);
    // Each way rows are read: on every core (CSV, JSON), one by one (the Kobo layout),
    // into a workbook. All four are counted first: five in Camp A.
    use server::export::{Format, Style};
    let mut exports = Vec::new();
    for (format, layout) in [
        (Format::Csv, Style::Sauti),
        (Format::Json, Style::Sauti),
        (Format::Csv, Style::Kobo),
        (Format::Xlsx, Style::Sauti),
    ] {
        let request = server::export::Request {
            profile: "partners".into(),
            format,
            table: None,
            labels: None,
            layout,
            form: None,
        };
        let export = server::export::Export::prepare(&state, "demo", &request, None)
            .await
            .unwrap();
        assert_eq!(export.suppressed(), 1, "Camp B's household stands out");
        exports.push((format, layout, export));
    }
    // Now one of the five withdraws the sharing, before any row is written.
    let leaving = &crowd[0];
    db.withdraw(
        "demo",
        &leaving.id.to_string(),
        &leaving.consent.receipt.to_string(),
        &[SHARING.to_string()],
        "community",
    )
    .await
    .unwrap();
    for (format, layout, export) in exports {
        let (chunks, task) = export.run(db.clone(), "test".into(), "a partner".into());
        let bytes: Vec<u8> = tokio_stream_bytes(chunks).await;
        let summary = task.await.unwrap().unwrap();
        let camp_a = match format {
            Format::Xlsx => {
                use calamine::Reader as _;
                let mut book = workbook(&bytes);
                let first = book.sheet_names()[0].clone();
                let rows = sheet_text(&mut book, &first);
                rows.iter().flatten().filter(|c| *c == "Camp A").count()
            }
            _ => String::from_utf8_lossy(&bytes).matches("Camp A").count(),
        };
        assert_eq!(
            (camp_a, summary.records),
            (5, 5),
            "{format:?} {layout:?}: the group leaves whole as counted, never as four"
        );
    }
    // Each export began before the withdrawal: the notice tells their recipient.
    let notice = db.withdrawal_notice("demo").await.unwrap();
    let told = notice
        .iter()
        .filter(|n| n.submission_id == leaving.id.to_string() && n.recipient == "a partner")
        .count();
    assert_eq!(
        told, 4,
        "every export of the withdrawn record is in the notice"
    );
    // Asked for now, the group is four: k = 5 withholds all of it.
    let partner = server.sign_in("partner").await;
    let response = get(&partner, server.url("/exports/partners?format=csv")).await;
    assert_eq!(response.headers()["x-sauti-suppressed"], "5");
    let text = response.text().await.unwrap();
    assert!(!text.contains("Camp A"), "{text}");
}

async fn tokio_stream_bytes(
    mut chunks: tokio::sync::mpsc::Receiver<std::io::Result<axum::body::Bytes>>,
) -> Vec<u8> {
    let mut all = Vec::new();
    while let Some(chunk) = chunks.recv().await {
        all.extend_from_slice(&chunk.expect("a chunk"));
    }
    all
}
