//! The OpenAPI document describes the bodies that cross the wire (`forms::wire`), so a
//! client can be generated from it: every JSON answer names its schema, every error is
//! the one `ErrorBody`.

use serde_json::Value;

use crate::common::{Server, document_schema, schema_errors};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_document_describes_request_and_response_bodies() {
    let server = Server::start().await;
    let doc: Value = reqwest::get(server.url("/openapi.json"))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let schemas = &doc["components"]["schemas"];
    for name in [
        "Enrolled",
        "Bundle",
        "SentBack",
        "Me",
        "SignIn",
        "Review",
        "Reviewed",
        "BulkReview",
        "ReviewState",
        "Edit",
        "EditRecord",
        "ExportProfiles",
        "PolicyInForce",
        "Account",
        "CreatedAccount",
        "ErrorBody",
    ] {
        assert!(schemas.get(name).is_some(), "no schema {name}: {schemas}");
    }
    let ok = |path: &str, method: &str| -> Value {
        doc["paths"][path][method]["responses"]["200"]["content"]["application/json"]["schema"]
            .clone()
    };
    assert_eq!(ok("/auth/me", "get")["$ref"], "#/components/schemas/Me");
    assert_eq!(
        ok("/devices/enroll", "post")["$ref"],
        "#/components/schemas/Enrolled"
    );
    assert_eq!(
        doc["paths"]["/auth/login"]["post"]["requestBody"]["content"]["application/json"]["schema"]
            ["$ref"],
        "#/components/schemas/SignIn"
    );
    assert_eq!(
        doc["paths"]["/auth/login"]["post"]["responses"]["401"]["content"]["application/json"]["schema"]
            ["$ref"],
        "#/components/schemas/ErrorBody"
    );
    // Every operation says what each status answers; every error is the one ErrorBody,
    // and 400 is declared wherever a body or a parameter is read.
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            let responses = op["responses"].as_object().unwrap();
            let reads = op.get("requestBody").is_some()
                || op["parameters"].as_array().is_some_and(|p| !p.is_empty());
            assert!(
                !reads || responses.contains_key("400"),
                "{method} {path}: no 400"
            );
            for (status, response) in responses {
                if status == "304" || status == "204" {
                    // "Not modified" and "No content" have no body, by HTTP (`GET /bundle`,
                    // a voice message kept with its case).
                    continue;
                }
                let content = response["content"].as_object();
                assert!(
                    content.is_some_and(|c| !c.is_empty()),
                    "{method} {path} {status}: no body declared"
                );
                if status.as_str() >= "400" {
                    assert_eq!(
                        response["content"]["application/json"]["schema"]["$ref"],
                        "#/components/schemas/ErrorBody",
                        "{method} {path} {status}"
                    );
                }
            }
        }
    }
    // What the server checks of a new account or password, the document says.
    assert_eq!(
        schemas["NewAccount"]["properties"]["username"]["pattern"],
        "^[a-z0-9._-]{3,40}$"
    );
    assert_eq!(
        schemas["PasswordChange"]["properties"]["new"]["minLength"],
        12
    );
    // Uploads are bytes, not arrays of numbers; the export's format and layout are enums.
    assert_eq!(
        schemas["Binary"],
        serde_json::json!({"type": "string", "format": "binary"})
    );
    let binary = serde_json::json!({"$ref": "#/components/schemas/Binary"});
    assert_eq!(
        doc["paths"]["/forms"]["post"]["requestBody"]["content"]["application/octet-stream"]["schema"],
        binary
    );
    assert_eq!(
        doc["paths"]["/media/{name}"]["put"]["requestBody"]["content"]["audio/mpeg"]["schema"],
        binary
    );
    let parameters = &doc["paths"]["/exports/{profile}"]["get"]["parameters"];
    let enum_of = |name: &str| -> Value {
        let parameter = parameters
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["name"] == name)
            .unwrap();
        let schema = &parameter["schema"];
        // `Option<…>` inline: the enum itself, or one of `oneOf` beside null.
        schema["enum"].as_array().map_or_else(
            || {
                schema["oneOf"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .find_map(|s| s.get("enum").cloned())
                    .unwrap_or_default()
            },
            |e| Value::Array(e.clone()),
        )
    };
    assert_eq!(
        enum_of("format"),
        serde_json::json!(["csv", "json", "xlsx"]),
        "{parameters}"
    );
    assert_eq!(
        enum_of("layout"),
        serde_json::json!(["sauti", "kobo"]),
        "{parameters}"
    );
    // Every reference resolves.
    let text = doc.to_string();
    for reference in text.split("\"#/components/schemas/").skip(1) {
        let name = reference.split('"').next().unwrap();
        assert!(
            schemas.get(name).is_some(),
            "a reference to no schema: {name}"
        );
    }
    assert_eq!(
        schemas["ReviewState"]["enum"],
        serde_json::json!(["received", "has_issues", "edited", "approved", "rejected"])
    );
}

/// What really crosses the wire is what the document says: a phone's batch of every
/// consent method and a refusal, the server's acknowledgement (accepted and rejected),
/// and a JSON export, each checked against the document's own schema.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn real_bodies_validate_against_the_document() {
    let server = Server::start().await;
    let mut records = crate::exports::one_per_method();
    records.push(crate::common::refusal());
    // One the server refuses, so the ack carries a rejection with its problems.
    let mut wrong = crate::common::valid_submission(&["needs_assessment"]);
    wrong
        .answers
        .insert("nonsense".into(), forms::model::Answer::Value("1".into()));
    records.push(wrong);
    let batch = forms::batch::Batch {
        records,
        withdrawals: vec![forms::receipt::ReceiptCode::generate().unwrap()],
        withdrawal_access: Default::default(),
        feedback: Vec::new(),
    };
    let batch = serde_json::to_value(&batch).unwrap();
    let errors = schema_errors(&document_schema(&server, "Batch").await, &batch);
    assert!(errors.is_empty(), "batch: {errors:#?}");

    let phone = server.enroll().await;
    let response = phone.post_batch(&batch).await;
    assert_eq!(response.status(), reqwest::StatusCode::OK);
    let ack: Value = response.json().await.unwrap();
    assert!(
        ack["results"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["outcome"].get("rejected").is_some()),
        "{ack:#}"
    );
    let errors = schema_errors(&document_schema(&server, "BatchAck").await, &ack);
    assert!(errors.is_empty(), "ack: {errors:#?}\n{ack:#}");

    let steward = server.sign_in("steward").await;
    let ids = server.submission_ids(&steward).await;
    server.approve_all(&steward, &ids).await;
    let export = server
        .get_json(&steward, "/exports/steward?format=json")
        .await;
    assert!(!export["rows"].as_array().unwrap().is_empty(), "{export:#}");
    let errors = schema_errors(&document_schema(&server, "ExportDocument").await, &export);
    assert!(errors.is_empty(), "export: {errors:#?}\n{export:#}");
    // A body unlike the schema is caught (the check can fail).
    let errors = schema_errors(
        &document_schema(&server, "Batch").await,
        &serde_json::json!({"records": [{"id": 1}]}),
    );
    assert!(!errors.is_empty());
}

/// A body the community page cannot have sent is answered like every other error: JSON
/// with a stable code, not text.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_malformed_community_request_gets_the_json_error_body() {
    let server = Server::start().await;
    let response = reqwest::Client::new()
        .post(server.url("/community/lookup"))
        .header("content-type", "application/json")
        .body("{\"receipt\": 5}")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), reqwest::StatusCode::BAD_REQUEST);
    assert!(
        response.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("application/json")
    );
    let body: Value = response.json().await.unwrap();
    assert!(
        body["error"]
            .as_str()
            .is_some_and(|e| e.starts_with("err-")),
        "{body}"
    );
    // A form post without its form (axum's own extractor answers in text): JSON too.
    let response = reqwest::Client::new()
        .post(server.url("/community/receipt"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), reqwest::StatusCode::BAD_REQUEST);
    let body: Value = response.json().await.expect("a JSON error");
    assert_eq!(body["error"], "err-bad-request", "{body}");
}

/// schemathesis (PyPI, pinned in `scripts/setup.sh`) generates requests from the live
/// document, valid and invalid, and checks every answer against it: declared status,
/// content type and body schema, no server error, invalid input refused. It runs once as
/// an admin and once as a steward (with an enrolled phone's token for the phones'
/// operations), each within a time budget, and fails on any failure. Operations that end
/// the run's own session or account (sign-out, password reset, disabling) are left out.
/// Skipped, saying so, only where the tool is not installed.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn schemathesis_finds_no_failure_against_the_live_document() {
    let tool = std::env::var("SAUTI_SCHEMATHESIS").unwrap_or_else(|_| {
        let tools = std::env::var("SAUTI_TOOLS").unwrap_or_else(|_| {
            format!(
                "{}/.cache/sauti-tools",
                std::env::var("HOME").unwrap_or_default()
            )
        });
        format!("{tools}/schemathesis/bin/schemathesis")
    });
    if !std::path::Path::new(&tool).exists() {
        eprintln!(
            "skipped: schemathesis is not installed at {tool} (scripts/setup.sh --browser installs it)"
        );
        return;
    }
    let server = Server::start().await;
    let phone = server.enroll().await;
    let config = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/schemathesis/schemathesis.toml"
    );
    // Both signed in first: the run tries sign-ins of its own, which the network's
    // guessing limit soon answers with 429.
    let mut sessions = Vec::new();
    for role in ["admin", "steward"] {
        let login = reqwest::Client::new()
            .post(server.url("/auth/login"))
            .json(&serde_json::json!({ "username": role, "password": server.password(role) }))
            .send()
            .await
            .unwrap();
        assert_eq!(login.status(), reqwest::StatusCode::OK);
        let session = login
            .headers()
            .get_all("set-cookie")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .find_map(|v| v.strip_prefix("sauti_session="))
            .and_then(|v| v.split(';').next())
            .expect("a session cookie")
            .to_string();
        sessions.push((role, session));
    }
    for (role, session) in sessions {
        let schema = server.url("/openapi.json");
        let mut command = std::process::Command::new(&tool);
        command
            .args(["--config-file", config, "run", &schema])
            .args(["--max-examples", "10", "--max-time", "30", "--seed", "1"])
            .args(["--workers", "1", "--no-color", "--request-timeout", "10"])
            .args(["--exclude-path", "/auth/logout"])
            .args(["--exclude-path", "/auth/sessions/end"])
            .args(["--exclude-path", "/users/{username}/reset"])
            .args(["--exclude-path", "/users/{username}/disable"])
            // Bodies that are only recordings (audio/webm, ogg, mp4, mpeg): schemathesis has
            // no serializer for them. Their checks are tested in `feedback.rs` (voice
            // messages) and `recordings.rs` (the consent text's recordings).
            .args(["--exclude-path", "/community/feedback/voice"])
            .args(["--exclude-path", "/consent-template/audio/{lang}"])
            .env("SAUTI_ST_SESSION", &session)
            .env("SAUTI_ST_DEVICE", &phone.token)
            .current_dir(std::env::temp_dir());
        let run = tokio::task::spawn_blocking(move || command.output());
        let run = tokio::time::timeout(std::time::Duration::from_secs(90), run)
            .await
            .expect("schemathesis ends within its budget")
            .unwrap()
            .expect("schemathesis runs");
        let out = String::from_utf8_lossy(&run.stdout);
        assert!(
            run.status.success(),
            "schemathesis as {role}:\n{out}{}",
            String::from_utf8_lossy(&run.stderr)
        );
        assert!(
            out.contains("Tested:"),
            "schemathesis as {role} ran nothing:\n{out}"
        );
    }
}
