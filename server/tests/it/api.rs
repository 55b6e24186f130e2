//! The server's HTTP API against a real server on a free port, with a real SQLite file.

use crate::common::{Server, complete_household, error_code, refusal, valid_submission};
use forms::batch::Outcome;
use forms::consent::NEEDS_ASSESSMENT;
use forms::model::Answer;
use reqwest::header::SET_COOKIE;
use reqwest::{Client, Method, StatusCode};
use serde_json::{Value, json};

const REFERRAL: &str = "referral";
/// The demo consent template as its TOML file (installing it again changes nothing).
const DEMO_TEMPLATE: &str = include_str!("../../consent/demo.toml");

/// The error code each refusal status must carry.
fn expected_code(status: u16) -> &'static str {
    match status {
        401 => "err-unauthorized",
        403 => "err-forbidden",
        404 => "err-not-found",
        409 => "err-conflict",
        422 => "err-form-import",
        other => panic!("no expected code for {other}"),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_endpoint_refuses_callers_without_the_right_role() {
    let server = Server::start().await;
    let phone = server.enroll().await;
    let spare = server.enroll_labelled("spare phone").await;
    let stored = valid_submission(&[NEEDS_ASSESSMENT]);
    assert_eq!(
        phone.sync(std::slice::from_ref(&stored)).await.results[0].outcome,
        Outcome::Accepted
    );
    let steward = server.sign_in("steward").await;
    let admin = server.sign_in("admin").await;
    let reviewer = server.sign_in("reviewer").await;
    let partner = server.sign_in("partner").await;
    let nobody = Client::new();
    let policy = Value::String(server::seed::DEMO_POLICY.to_string());

    // Expected status as: nobody, the phone's bearer token, steward, admin, reviewer and
    // partner sessions. Every endpoint of the API is in this table.
    let table: Vec<(Method, String, Option<Value>, [u16; 6])> = vec![
        (
            Method::GET,
            "/auth/me".into(),
            None,
            [401, 401, 200, 200, 200, 200],
        ),
        (
            Method::GET,
            "/devices".into(),
            None,
            [401, 401, 403, 200, 403, 403],
        ),
        (
            Method::GET,
            "/forms/waiting".into(),
            None,
            [401, 401, 403, 200, 403, 403],
        ),
        (
            Method::GET,
            "/forms".into(),
            None,
            [401, 401, 403, 200, 403, 403],
        ),
        (
            Method::GET,
            format!(
                "/forms/household/versions/{}",
                forms::demo::household_form().version
            ),
            None,
            [401, 401, 403, 200, 403, 403],
        ),
        (
            Method::POST,
            "/forms/nosuch/versions/1/publish".into(),
            None,
            [401, 401, 403, 404, 403, 403],
        ),
        (
            Method::DELETE,
            "/forms/nosuch/versions/1".into(),
            None,
            [401, 401, 403, 404, 403, 403],
        ),
        (
            Method::POST,
            format!("/devices/{}/revoke", spare.device_id),
            None,
            [401, 401, 403, 200, 403, 403],
        ),
        (
            Method::GET,
            "/bundle".into(),
            None,
            [401, 200, 401, 401, 401, 401],
        ),
        (
            Method::POST,
            "/batches".into(),
            Some(json!({ "records": [] })),
            [401, 200, 401, 401, 401, 401],
        ),
        (
            Method::GET,
            "/device/issues".into(),
            None,
            [401, 200, 401, 401, 401, 401],
        ),
        (
            Method::GET,
            "/submissions".into(),
            None,
            [401, 401, 200, 403, 200, 403],
        ),
        (
            Method::GET,
            format!("/submissions/{}", stored.id),
            None,
            [401, 401, 200, 403, 200, 403],
        ),
        (
            Method::GET,
            "/submissions/filters".into(),
            None,
            [401, 401, 200, 403, 200, 403],
        ),
        (
            Method::POST,
            format!("/submissions/{}/review", stored.id),
            Some(json!({ "decision": "approve" })),
            // The reviewer is let in, and finds it approved by the steward already.
            [401, 401, 200, 403, 409, 403],
        ),
        (
            Method::POST,
            "/submissions/review".into(),
            Some(json!({ "ids": [stored.id], "decision": "approve" })),
            [401, 401, 200, 403, 200, 403],
        ),
        (
            Method::GET,
            format!("/submissions/{}/comments", stored.id),
            None,
            [401, 401, 200, 403, 200, 403],
        ),
        (
            Method::GET,
            "/forms/household/export.csv".into(),
            None,
            [401, 401, 200, 403, 403, 403],
        ),
        (
            Method::PUT,
            format!("/submissions/{}/answers", stored.id),
            Some(json!({ "answers": stored.answers, "comment": "checked" })),
            [401, 401, 200, 403, 403, 403],
        ),
        (
            Method::GET,
            format!("/submissions/{}/edits", stored.id),
            None,
            [401, 401, 200, 403, 403, 403],
        ),
        (
            Method::GET,
            format!("/submissions/{}/consent-receipt", stored.id),
            None,
            [401, 401, 200, 403, 403, 403],
        ),
        // An admin's upload reaches the importer, which refuses a body that is no workbook.
        (
            Method::POST,
            "/forms?publish=true&file_name=x.xlsx".into(),
            Some(json!({})),
            [401, 401, 403, 422, 403, 403],
        ),
        (
            Method::GET,
            "/exports".into(),
            None,
            [401, 401, 200, 403, 403, 200],
        ),
        (
            Method::GET,
            "/exports/partners?format=json".into(),
            None,
            [401, 401, 200, 403, 403, 200],
        ),
        (
            Method::GET,
            "/exports/steward".into(),
            None,
            [401, 401, 200, 403, 403, 404],
        ),
        (
            Method::GET,
            format!("/submissions/{}/exports", stored.id),
            None,
            [401, 401, 200, 403, 403, 403],
        ),
        // The demo record has no photo: the roles allowed get past the check to "not found".
        (
            Method::GET,
            format!("/submissions/{0}/attachments/{0}-photo.jpg", stored.id),
            None,
            [401, 401, 404, 403, 404, 403],
        ),
        (
            Method::GET,
            "/consent-templates".into(),
            None,
            [401, 401, 200, 200, 403, 403],
        ),
        (
            Method::PUT,
            "/consent-template".into(),
            Some(Value::String(DEMO_TEMPLATE.to_string())),
            [401, 401, 403, 200, 403, 403],
        ),
        // The consent text's recordings (issue 24): listed for admins and stewards,
        // recorded by admins only.
        (
            Method::GET,
            "/consent-template/audio".into(),
            None,
            [401, 401, 200, 200, 403, 403],
        ),
        (
            Method::PUT,
            "/consent-template/audio/en".into(),
            Some(Value::String("a recording's bytes".into())),
            [401, 401, 403, 200, 403, 403],
        ),
        // Translation (issue 24): translators, stewards and admins; publishing by
        // stewards and admins only (Somali has nothing saved: not found).
        (
            Method::GET,
            "/translations".into(),
            None,
            [401, 401, 200, 200, 403, 403],
        ),
        (
            Method::GET,
            "/translations/household/sw".into(),
            None,
            [401, 401, 200, 200, 403, 403],
        ),
        (
            Method::PUT,
            "/translations/household/sw".into(),
            Some(json!({ "name": "Kiswahili", "status": "draft", "texts": {} })),
            [401, 401, 200, 200, 403, 403],
        ),
        (
            Method::POST,
            "/translations/household/so/publish".into(),
            None,
            [401, 401, 404, 404, 403, 403],
        ),
        (
            Method::GET,
            "/translations/household/xlsx".into(),
            None,
            [401, 401, 200, 200, 403, 403],
        ),
        (
            Method::POST,
            "/translations/household/sw/xlsx".into(),
            Some(Value::String("not a workbook".into())),
            [401, 401, 422, 422, 403, 403],
        ),
        (
            Method::PUT,
            "/media/consent-en.wav".into(),
            Some(Value::String("RIFF (a recording)".into())),
            [401, 401, 403, 200, 403, 403],
        ),
        (
            Method::GET,
            "/withdrawals/notice".into(),
            None,
            [401, 401, 200, 403, 403, 403],
        ),
        (
            Method::GET,
            "/users".into(),
            None,
            [401, 401, 403, 200, 403, 403],
        ),
        (
            Method::POST,
            "/users".into(),
            Some(json!({ "username": "new.enumerator", "role": "enumerator" })),
            [401, 401, 403, 200, 403, 403],
        ),
        (
            Method::POST,
            "/users/new.enumerator/reset".into(),
            None,
            [401, 401, 403, 200, 403, 403],
        ),
        (
            Method::POST,
            "/users/new.enumerator/disable".into(),
            None,
            [401, 401, 403, 200, 403, 403],
        ),
        (
            Method::POST,
            "/users/new.enumerator/enable".into(),
            None,
            [401, 401, 403, 200, 403, 403],
        ),
        (
            Method::GET,
            "/policy".into(),
            None,
            [401, 401, 200, 200, 403, 403],
        ),
        (
            Method::PUT,
            "/policy".into(),
            Some(policy),
            [401, 401, 403, 200, 403, 403],
        ),
        (
            Method::GET,
            "/policy/versions".into(),
            None,
            [401, 401, 200, 200, 403, 403],
        ),
        // Enumerators assigned to forms: admins and stewards.
        (
            Method::GET,
            "/assignments".into(),
            None,
            [401, 401, 200, 200, 403, 403],
        ),
        (
            Method::PUT,
            "/assignments/enumerator".into(),
            Some(json!({ "forms": ["household"] })),
            [401, 401, 200, 200, 403, 403],
        ),
        // Projects and teams (issue 20): a project in the path is checked against the
        // caller's own membership there (`tests/it/isolation.rs` tries other projects').
        (
            Method::POST,
            "/users/new.enumerator/sessions/end".into(),
            None,
            [401, 401, 403, 200, 403, 403],
        ),
        (
            Method::GET,
            "/projects".into(),
            None,
            [401, 401, 200, 200, 200, 200],
        ),
        (
            Method::POST,
            "/projects".into(),
            Some(json!({ "id": "second", "name": "Second project" })),
            [401, 401, 403, 200, 403, 403],
        ),
        (
            Method::PUT,
            "/projects/demo".into(),
            Some(json!({ "name": "Demo, renamed" })),
            [401, 401, 403, 200, 403, 403],
        ),
        (
            Method::GET,
            "/projects/demo/members".into(),
            None,
            [401, 401, 403, 200, 403, 403],
        ),
        (
            Method::POST,
            "/projects/demo/members".into(),
            Some(json!({ "username": "team.member", "role": "reviewer" })),
            [401, 401, 403, 200, 403, 403],
        ),
        (
            Method::PUT,
            "/projects/demo/members/team.member".into(),
            Some(json!({ "role": "steward" })),
            [401, 401, 403, 200, 403, 403],
        ),
        (
            Method::DELETE,
            "/projects/demo/members/team.member".into(),
            None,
            [401, 401, 403, 200, 403, 403],
        ),
        (
            Method::POST,
            "/projects/demo/archive".into(),
            None,
            [401, 401, 403, 200, 403, 403],
        ),
        (
            Method::POST,
            "/projects/demo/restore".into(),
            None,
            [401, 401, 403, 200, 403, 403],
        ),
        (
            Method::PUT,
            "/projects/demo/digits".into(),
            Some(json!({ "native_digits": null })),
            [401, 401, 403, 200, 403, 403],
        ),
        (
            Method::POST,
            "/auth/project".into(),
            Some(json!({ "project_id": "demo" })),
            [401, 401, 200, 200, 200, 200],
        ),
        // Feedback cases: any account asks, each gets only the cases its role or its
        // naming as a focal point lets it handle (tested in `feedback.rs`).
        (
            Method::GET,
            "/feedback".into(),
            None,
            [401, 401, 200, 200, 200, 200],
        ),
        (
            Method::POST,
            "/feedback/no-such-case/act".into(),
            Some(json!({ "action": "acknowledge" })),
            [401, 401, 404, 404, 404, 404],
        ),
        // Actions published on the dashboard: stewards only (tested in `actions.rs`).
        (
            Method::GET,
            "/dashboard/actions".into(),
            None,
            [401, 401, 200, 403, 403, 403],
        ),
        (
            Method::POST,
            "/dashboard/actions".into(),
            Some(json!({ "date": "2026-11-01", "texts": { "en": { "title": "Pump repaired" } } })),
            [401, 401, 201, 403, 403, 403],
        ),
        (
            Method::DELETE,
            "/dashboard/actions/no-such-action".into(),
            None,
            [401, 401, 404, 403, 403, 403],
        ),
        // A case's voice message: who may handle the case (tested in `feedback.rs`).
        (
            Method::GET,
            "/feedback/no-such-case/voice".into(),
            None,
            [401, 401, 404, 404, 404, 404],
        ),
        // The participatory audit: the monitor only (tested in `monitor.rs`).
        (
            Method::GET,
            "/monitor".into(),
            None,
            [401, 401, 403, 403, 403, 403],
        ),
    ];
    let callers = [
        "nobody", "device", "steward", "admin", "reviewer", "partner",
    ];
    let tested: Vec<(Method, String)> = table
        .iter()
        .map(|(m, p, _, _)| (m.clone(), p.clone()))
        .collect();
    for (method, path, body, expected) in table {
        for (caller, want) in callers.iter().zip(expected) {
            let client = match *caller {
                "steward" => &steward,
                "admin" => &admin,
                "reviewer" => &reviewer,
                "partner" => &partner,
                _ => &nobody,
            };
            let mut request = client.request(method.clone(), server.url(&path));
            if *caller == "device" {
                request = phone.authorize(request);
            }
            if path.starts_with("/media/") {
                request = request.header("content-type", "audio/wav");
            }
            if path.starts_with("/consent-template/audio/") {
                request = request.header("content-type", "audio/webm");
            }
            request = match &body {
                Some(Value::String(text)) => request.body(text.clone()),
                Some(body) => request.json(body),
                None => request,
            };
            let response = request.send().await.expect("the server answers");
            let what = format!("{method} {path} as {caller}");
            assert_eq!(response.status().as_u16(), want, "{what}");
            if want >= 400 {
                assert_eq!(error_code(response).await, expected_code(want), "{what}");
            }
        }
    }

    // The OpenAPI document describes exactly these operations (plus signing in and out,
    // enrolling and the community review, which take credentials and are tested on
    // their own).
    let doc: Value = nobody
        .get(server.url("/openapi.json"))
        .send()
        .await
        .expect("the document is served")
        .json()
        .await
        .expect("JSON");
    assert_eq!(
        doc["openapi"].as_str().map(|v| &v[..2]),
        Some("3."),
        "{doc}"
    );
    let mut documented = Vec::new();
    for (template, item) in doc["paths"].as_object().expect("paths") {
        for method in item.as_object().expect("operations").keys() {
            let method = Method::from_bytes(method.to_uppercase().as_bytes()).expect("a method");
            documented.push((method, template.clone()));
        }
    }
    let matches = |template: &str, path: &str| {
        let path = path.split('?').next().unwrap_or(path);
        let (t, p): (Vec<&str>, Vec<&str>) =
            (template.split('/').collect(), path.split('/').collect());
        t.len() == p.len()
            && t.iter()
                .zip(&p)
                .all(|(t, p)| (t.starts_with('{') && t.ends_with('}')) || t == p)
    };
    let open = [
        (Method::POST, "/auth/login"),
        (Method::POST, "/auth/logout"),
        (Method::POST, "/devices/enroll"),
        // Public by design (a receipt code and its second factor are the key), throttled;
        // tested in `community.rs`.
        (Method::POST, "/community/lookup"),
        (Method::POST, "/community/withdraw"),
        (Method::POST, "/community/receipt"),
        // Feedback and complaints: public by design, throttled; tested in `feedback.rs`.
        (Method::POST, "/community/feedback"),
        (Method::POST, "/community/feedback/status"),
        (Method::GET, "/community/feedback/categories"),
        (Method::GET, "/community/feedback/projects"),
        (Method::PUT, "/community/feedback/voice"),
        // One's own account, whoever signs in: tested in `accounts.rs`.
        (Method::PUT, "/auth/password"),
        (Method::POST, "/auth/sessions/end"),
    ];
    for (method, template) in &documented {
        let covered = tested
            .iter()
            .any(|(m, p)| m == method && matches(template, p))
            || open
                .iter()
                .any(|(m, p)| m == method && *p == template.as_str());
        assert!(
            covered,
            "{method} {template} is documented but not in the role table"
        );
    }
    for (method, path) in &tested {
        assert!(
            documented
                .iter()
                .any(|(m, t)| m == method && matches(t, path)),
            "{method} {path} answers but is not documented"
        );
    }
    for (method, path) in open {
        assert!(
            documented.iter().any(|(m, t)| *m == method && t == path),
            "{method} {path} is not documented"
        );
    }

    // Enumerators only enroll phones; stewards and admins never do.
    let response = server
        .login(&nobody, "enumerator", &server.password("enumerator"))
        .await;
    assert_eq!(
        response.status(),
        StatusCode::FORBIDDEN,
        "an enumerator signs in"
    );
    assert_eq!(error_code(response).await, "err-forbidden");
    let response = server
        .enroll_as("steward", &server.password("steward"), "steward's phone")
        .await;
    assert_eq!(
        response.status(),
        StatusCode::FORBIDDEN,
        "a steward enrolls a phone"
    );
    assert_eq!(error_code(response).await, "err-forbidden");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn wrong_password_and_unknown_user_get_the_same_answer() {
    let server = Server::start().await;
    let client = Client::new();
    let mut answers = Vec::new();
    for (username, password) in [
        ("steward", "not-the-password".to_string()),
        ("nobody-by-this-name", server.password("steward")),
    ] {
        let response = server.login(&client, username, &password).await;
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED, "{username}");
        assert!(
            response.headers().get(SET_COOKIE).is_none(),
            "no session for {username}"
        );
        answers.push(response.text().await.expect("a body"));
    }
    assert_eq!(answers[0], answers[1]);
    let body: Value = serde_json::from_str(&answers[0]).expect("a JSON error");
    assert_eq!(body["error"], "err-sign-in");

    let wrong = server
        .enroll_as("enumerator", "not-the-password", "x")
        .await;
    let unknown = server
        .enroll_as("nobody-by-this-name", &server.password("enumerator"), "x")
        .await;
    assert_eq!(wrong.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(unknown.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(wrong.text().await.ok(), unknown.text().await.ok());
}

/// The name and attributes of the session cookie a login sets.
async fn session_cookie_attributes(server: &Server) -> (String, Vec<String>) {
    let response = server
        .login(&Client::new(), "steward", &server.password("steward"))
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let cookies: Vec<&str> = response
        .headers()
        .get_all(SET_COOKIE)
        .iter()
        .map(|v| v.to_str().expect("an ASCII cookie"))
        .collect();
    assert_eq!(cookies.len(), 1, "{cookies:?}");
    let mut parts = cookies[0].split(';').map(|p| p.trim().to_string());
    let first = parts.next().expect("a name=value");
    let (name, value) = first.split_once('=').expect("name=value");
    assert!(value.len() >= 43, "a long random token: {value}");
    (name.to_string(), parts.collect())
}

/// A signed-in steward's browser, lured to a page on a sibling subdomain (same site,
/// so the SameSite=Strict cookie goes along), posts a form upload as text/plain: refused.
/// The same request from the steward page itself goes through.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_write_from_another_origin_with_the_cookie_is_refused() {
    let server = Server::start().await;
    let admin = server.sign_in("admin").await;
    let forged = admin
        .put(server.url("/policy"))
        .header("content-type", "text/plain")
        .header("sec-fetch-site", "same-site")
        .header("origin", "https://evil.example.org")
        .body(server::seed::DEMO_POLICY)
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status(), StatusCode::FORBIDDEN);
    let own = admin
        .put(server.url("/policy"))
        .header("sec-fetch-site", "same-origin")
        .body(server::seed::DEMO_POLICY)
        .send()
        .await
        .unwrap();
    assert_eq!(own.status(), StatusCode::OK);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn session_cookie_is_http_only_and_strict() {
    let plain = Server::start().await;
    let (name, attributes) = session_cookie_attributes(&plain).await;
    assert_eq!(name, "sauti_session");
    assert!(attributes.iter().any(|a| a == "HttpOnly"), "{attributes:?}");
    assert!(
        attributes.iter().any(|a| a == "SameSite=Strict"),
        "{attributes:?}"
    );
    assert!(attributes.iter().any(|a| a == "Path=/"), "{attributes:?}");
    assert!(!attributes.iter().any(|a| a == "Secure"), "{attributes:?}");

    let behind_https = Server::start_with(Some("https://example.org")).await;
    let (name, attributes) = session_cookie_attributes(&behind_https).await;
    // A sibling subdomain can neither set nor overwrite a __Host- cookie.
    assert_eq!(name, "__Host-sauti_session");
    assert!(attributes.iter().any(|a| a == "Secure"), "{attributes:?}");
    assert!(
        !attributes.iter().any(|a| a.starts_with("Domain")),
        "{attributes:?}"
    );
    let hsts = Client::new()
        .get(behind_https.url("/auth/me"))
        .send()
        .await
        .unwrap();
    assert_eq!(
        hsts.headers()["strict-transport-security"],
        "max-age=31536000"
    );
    assert_eq!(
        hsts.headers()["cache-control"],
        "no-store",
        "API answers are never kept"
    );
    assert!(
        Client::new()
            .get(plain.url("/auth/me"))
            .send()
            .await
            .unwrap()
            .headers()
            .get("strict-transport-security")
            .is_none(),
        "no HSTS over plain HTTP"
    );
    assert!(attributes.iter().any(|a| a == "HttpOnly"), "{attributes:?}");
    assert!(
        attributes.iter().any(|a| a == "SameSite=Strict"),
        "{attributes:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_batch_sent_twice_is_stored_once() {
    let server = Server::start().await;
    let phone = server.enroll().await;
    let records = [
        valid_submission(&[NEEDS_ASSESSMENT]),
        valid_submission(&[NEEDS_ASSESSMENT]),
    ];

    let first = phone.sync(&records).await;
    assert!(
        first.results.iter().all(|r| r.outcome == Outcome::Accepted),
        "{first:?}"
    );
    let again = phone.sync(&records).await;
    assert!(
        again
            .results
            .iter()
            .all(|r| r.outcome == Outcome::Duplicate),
        "{again:?}"
    );

    let steward = server.sign_in("steward").await;
    let mut listed = server.submission_ids(&steward).await;
    listed.sort();
    let mut sent: Vec<String> = records.iter().map(|r| r.id.to_string()).collect();
    sent.sort();
    assert_eq!(listed, sent);
}

/// A NUL character in a user name is the caller's mistake on either database (PostgreSQL
/// cannot store it), never a server error.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_nul_character_in_a_sign_in_is_refused_not_a_server_error() {
    let server = Server::start().await;
    for path in ["/devices/enroll", "/auth/login"] {
        let response = Client::new()
            .post(server.url(path))
            .json(&json!({ "username": "ami\u{0}na", "password": "x", "label": "phone\u{0}" }))
            .send()
            .await
            .expect("the server answers");
        assert!(
            matches!(response.status().as_u16(), 400 | 401),
            "{path}: {}",
            response.status()
        );
    }
}

/// Numbers typed on a keyboard in another script (Arabic `٢`, Bengali `৩৪` in a repeat)
/// are read, accepted and stored as ASCII digits, the same code the phone runs.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn numbers_in_any_scripts_digits_are_accepted_and_stored_as_ascii() {
    let server = Server::start().await;
    let phone = server.enroll().await;
    let mut record = valid_submission(&[NEEDS_ASSESSMENT]);
    record
        .answers
        .insert("meals_yesterday".into(), Answer::Value("٢".into()));
    if let Some(Answer::Repeat(members)) = record.answers.get_mut("members") {
        members[0].insert("member_age".into(), Answer::Value("৩৪".into()));
    } else {
        panic!("the demo household has members");
    }
    let ack = phone.sync(std::slice::from_ref(&record)).await;
    assert_eq!(ack.results[0].outcome, Outcome::Accepted, "{ack:?}");
    let steward = server.sign_in("steward").await;
    let stored = server.submissions(&steward).await;
    assert_eq!(stored[0]["answers"]["meals_yesterday"], "2");
    assert_eq!(stored[0]["answers"]["members"][0]["member_age"], "34");
}

/// Copies of one batch arriving together (a retry racing its original, two tabs): each
/// copy is answered "accepted" or "already on the server", never "receipt reused", and
/// every record is stored once. Repeated over several rounds, each a fresh batch.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_copies_of_a_batch_are_never_refused() {
    let server = Server::start().await;
    let phone = std::sync::Arc::new(server.enroll().await);
    let mut sent = Vec::new();
    for _round in 0..6 {
        let records: Vec<_> = (0..8)
            .map(|_| valid_submission(&[NEEDS_ASSESSMENT]))
            .collect();
        sent.extend(records.iter().map(|r| r.id.to_string()));
        let copies: Vec<_> = (0..8)
            .map(|_| {
                let (phone, records) = (phone.clone(), records.clone());
                tokio::spawn(async move { phone.sync(&records).await })
            })
            .collect();
        let mut accepted = std::collections::HashMap::<String, usize>::new();
        for copy in copies {
            let ack = copy.await.expect("the copy was answered");
            for result in ack.results {
                match result.outcome {
                    Outcome::Accepted => *accepted.entry(result.id.to_string()).or_default() += 1,
                    Outcome::Duplicate => {}
                    other => panic!("a copy was answered {other:?}"),
                }
            }
        }
        for r in &records {
            assert_eq!(accepted.get(&r.id.to_string()), Some(&1), "accepted once");
        }
    }
    let steward = server.sign_in("steward").await;
    let mut listed = server.submission_ids(&steward).await;
    listed.sort();
    sent.sort();
    assert_eq!(listed, sent, "each record stored once");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn invalid_records_are_rejected_per_record_with_field_errors() {
    let server = Server::start().await;
    let phone = server.enroll().await;
    let good = valid_submission(&[NEEDS_ASSESSMENT]);
    let mut too_old = valid_submission(&[NEEDS_ASSESSMENT]);
    match too_old.answers.get_mut("members") {
        Some(Answer::Repeat(members)) => {
            members[1].insert("member_age".into(), Answer::Value("130".into()));
        }
        other => panic!("members is a repeat, not {other:?}"),
    }
    let mut unnamed = valid_submission(&[NEEDS_ASSESSMENT]);
    unnamed.answers.remove("respondent_name");

    let ack = phone.sync(&[good.clone(), too_old, unnamed]).await;
    assert_eq!(ack.results[0].outcome, Outcome::Accepted);
    let paths = |i: usize| match &ack.results[i].outcome {
        Outcome::Rejected { errors, .. } => errors
            .iter()
            .map(|e| (e.path.clone(), e.problem))
            .collect::<Vec<_>>(),
        other => panic!("record {i} was {other:?}"),
    };
    use forms::validate::Problem;
    assert_eq!(
        paths(1),
        [("members[2]/member_age".to_string(), Problem::Constraint)]
    );
    assert_eq!(
        paths(2),
        [("respondent_name".to_string(), Problem::Required)]
    );

    let steward = server.sign_in("steward").await;
    assert_eq!(server.submission_ids(&steward).await, [good.id.to_string()]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn refusal_is_stored_without_answers() {
    let server = Server::start().await;
    let phone = server.enroll().await;
    let record = refusal();
    let ack = phone.sync(std::slice::from_ref(&record)).await;
    assert_eq!(ack.results[0].outcome, Outcome::Accepted);

    let steward = server.sign_in("steward").await;
    let listed = server.submissions(&steward).await;
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0]["id"], record.id.to_string());
    assert_eq!(listed[0]["refused"], true);
    assert_eq!(listed[0]["answers"], json!({}));
    assert_eq!(listed[0]["purposes"], json!([]));
    assert_eq!(listed[0]["receipt"], record.consent.receipt.to_string());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn refusal_carrying_answers_is_rejected() {
    let server = Server::start().await;
    let phone = server.enroll().await;
    let mut record = refusal();
    record.answers = complete_household();
    let ack = phone.sync(&[record]).await;
    match &ack.results[0].outcome {
        Outcome::Rejected { reason, .. } => {
            assert_eq!(reason.as_deref(), Some("err-refusal-with-answers"));
        }
        other => panic!("a refusal with answers was {other:?}"),
    }
    let steward = server.sign_in("steward").await;
    assert!(server.submissions(&steward).await.is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn malformed_batch_and_unknown_form_version_get_json_4xx() {
    let server = Server::start().await;
    let phone = server.enroll().await;

    let response = phone.post_batch(&json!({ "records": 5 })).await;
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    assert_eq!(error_code(response).await, "err-batch-malformed");

    // One valid record beside one of an unknown version: the batch is refused as a whole.
    let mut unknown = valid_submission(&[NEEDS_ASSESSMENT]);
    unknown.form_version = "nope".into();
    let records = [valid_submission(&[NEEDS_ASSESSMENT]), unknown];
    let response = phone
        .post_batch(&json!({ "records": serde_json::to_value(&records).expect("JSON") }))
        .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(error_code(response).await, "err-form-unknown");

    let steward = server.sign_in("steward").await;
    assert!(server.submissions(&steward).await.is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn revoked_device_gets_401() {
    let server = Server::start().await;
    let phone = server.enroll_labelled("lost in the field").await;
    assert_eq!(phone.bundle().await.status(), StatusCode::OK);

    let admin = server.sign_in("admin").await;
    let devices: Vec<Value> = admin
        .get(server.url("/devices"))
        .send()
        .await
        .expect("devices answers")
        .json()
        .await
        .expect("a JSON list");
    let listed = devices
        .iter()
        .find(|d| d["label"] == "lost in the field")
        .expect("the phone is listed");
    assert_eq!(listed["id"], phone.device_id.as_str());
    assert_eq!(listed["username"], "enumerator");
    assert_eq!(listed["revoked_at"], Value::Null);

    let response = admin
        .post(server.url(&format!("/devices/{}/revoke", phone.device_id)))
        .send()
        .await
        .expect("revoke answers");
    assert_eq!(response.status(), StatusCode::OK);

    let batch = json!({ "records": [valid_submission(&[NEEDS_ASSESSMENT])] });
    let response = phone.post_batch(&batch).await;
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(error_code(response).await, "err-device-revoked");
    let response = phone.bundle().await;
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(error_code(response).await, "err-device-revoked");

    let steward = server.sign_in("steward").await;
    assert!(server.submissions(&steward).await.is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn csv_contains_only_approved_records_that_accepted_needs_assessment() {
    let server = Server::start().await;
    let phone = server.enroll().await;
    let a = valid_submission(&[NEEDS_ASSESSMENT, REFERRAL]);
    let b = valid_submission(&[REFERRAL]);
    let c = valid_submission(&[NEEDS_ASSESSMENT]);
    let ack = phone.sync(&[a.clone(), b.clone(), c.clone()]).await;
    assert!(
        ack.results.iter().all(|r| r.outcome == Outcome::Accepted),
        "{ack:?}"
    );

    let steward = server.sign_in("steward").await;
    server.review(&steward, &a.id.to_string(), "approve").await;
    server.review(&steward, &b.id.to_string(), "approve").await;
    server.review(&steward, &c.id.to_string(), "reject").await;

    let response = steward
        .get(server.url("/forms/household/export.csv"))
        .send()
        .await
        .expect("export answers");
    assert_eq!(response.status(), StatusCode::OK);
    let content_type = response.headers()["content-type"].to_str().expect("ASCII");
    assert!(content_type.starts_with("text/csv"), "{content_type}");
    let bytes = response.bytes().await.expect("a body");
    assert!(
        bytes.starts_with(b"\xEF\xBB\xBF"),
        "a UTF-8 byte-order mark"
    );
    let text = std::str::from_utf8(&bytes[3..]).expect("UTF-8");
    let header: Vec<&str> = text.lines().next().expect("a header").split(',').collect();
    assert_eq!(header[0], "submission_id");
    assert!(header.contains(&"members_count"), "{header:?}");
    assert!(
        !header.contains(&"member_age"),
        "members have their own table: {header:?}"
    );

    assert_eq!(text.matches(&a.id.to_string()).count(), 1, "{text}");
    assert!(
        !text.contains(&b.id.to_string()),
        "B did not accept needs assessment"
    );
    assert!(!text.contains(&c.id.to_string()), "C was rejected");
    assert_eq!(text.lines().count(), 2, "a header and one record: {text}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn restart_keeps_data_and_does_not_reseed() {
    let server = Server::start().await;
    assert_eq!(
        server.seeded.len(),
        8,
        "the first start creates the demo accounts"
    );
    assert!(
        server
            .seeded
            .iter()
            .any(|c| c.username == "monitor" && c.role == server::auth::Role::Monitor),
        "a community monitor among them: {:?}",
        server.seeded
    );
    let phone = server.enroll().await;
    let record = valid_submission(&[NEEDS_ASSESSMENT]);
    phone.sync(std::slice::from_ref(&record)).await;
    let old_password = server.password("steward");

    let server = server.restart().await;
    assert!(
        server.seeded.is_empty(),
        "no new accounts: {:?}",
        server.seeded
    );
    assert_eq!(server.password("steward"), old_password);
    let steward = server.sign_in("steward").await;
    assert_eq!(
        server.submission_ids(&steward).await,
        [record.id.to_string()]
    );
    let phone = phone.at(&server);
    assert_eq!(
        phone.bundle().await.status(),
        StatusCode::OK,
        "the phone's token survives"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_consent_language_the_template_lacks_is_rejected() {
    let server = Server::start().await;
    let phone = server.enroll().await;
    let mut record = valid_submission(&[NEEDS_ASSESSMENT]);
    // Text::get falls back to English for a language the template lacks, so any string
    // passes the consent check with the English hash.
    record.consent.language = "=HYPERLINK(\"http://example.org\")".into();
    record.consent.text_hash = forms::demo::household_consent().text_hash(&record.consent.language);
    let ack = phone.sync(std::slice::from_ref(&record)).await;
    match &ack.results[0].outcome {
        Outcome::Rejected { consent, .. } => {
            assert_eq!(consent, &["consent-text-mismatch".to_string()])
        }
        other => panic!("accepted a consent in an unknown language: {other:?}"),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_record_acknowledged_as_settled_is_stored() {
    let server = Server::start().await;
    let phone = server.enroll().await;
    let fixed = valid_submission(&[NEEDS_ASSESSMENT]);
    let mut first_try = fixed.clone();
    first_try.answers.remove("respondent_name");
    let ack = phone.sync(&[first_try, fixed.clone()]).await;
    let steward = server.sign_in("steward").await;
    let stored = server
        .submission_ids(&steward)
        .await
        .contains(&fixed.id.to_string());
    assert_eq!(ack.results[1].outcome.is_settled(), stored, "{ack:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reused_receipt_does_not_hold_back_the_rest_of_the_batch() {
    let server = Server::start().await;
    let phone = server.enroll().await;
    let earlier = valid_submission(&[NEEDS_ASSESSMENT]);
    phone.sync(std::slice::from_ref(&earlier)).await;
    let mut reused = valid_submission(&[NEEDS_ASSESSMENT]);
    reused.consent.receipt = earlier.consent.receipt.clone();
    let innocent = valid_submission(&[NEEDS_ASSESSMENT]);
    let ack = phone.sync(&[innocent.clone(), reused]).await;
    assert_eq!(ack.results[0].outcome, Outcome::Accepted);
    assert!(!ack.results[1].outcome.is_settled(), "{ack:?}");
}

fn shared_form(dir: &str, file: &str) -> Vec<u8> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../forms/tests/xlsform")
        .join(dir)
        .join(file);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_admin_imports_an_xlsform_and_phones_receive_it() {
    let server = Server::start().await;
    let admin = server.sign_in("admin").await;
    let response = admin
        .post(server.url("/forms?publish=true&file_name=tutorial.xls"))
        .body(shared_form("ok", "tutorial.xls"))
        .send()
        .await
        .expect("upload answers");
    assert_eq!(response.status(), StatusCode::OK);
    let imported: Value = response.json().await.expect("JSON");
    assert_eq!(imported["form_id"], "tutorial");
    assert!(
        imported["questions"].as_u64().unwrap_or(0) > 5,
        "{imported}"
    );

    let phone = server.enroll().await;
    let bundle: Value = phone.bundle().await.json().await.expect("JSON");
    assert_eq!(
        bundle["form"]["id"], "tutorial",
        "the newest form is what phones get"
    );

    let refused = admin
        .post(server.url("/forms?publish=true&file_name=calculate_without_calculation.xls"))
        .body(shared_form("bad", "calculate_without_calculation.xls"))
        .send()
        .await
        .expect("upload answers");
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body: Value = refused.json().await.expect("JSON");
    assert_eq!(body["error"], "err-form-import");
    let message = body["message"].as_str().unwrap_or_default();
    assert!(
        message.contains("row 34") && message.contains("Missing calculation"),
        "{message}"
    );

    // A Sauti form definition (JSON) is checked like an XLSForm; a refusal says why.
    let refusal = |name: &'static str, form: forms::model::Form| {
        let request = admin
            .post(server.url(&format!("/forms?publish=true&file_name={name}")))
            .body(serde_json::to_vec(&form).unwrap());
        async move {
            let refused = request.send().await.expect("upload answers");
            assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
            let body: Value = refused.json().await.expect("JSON");
            body["message"].as_str().unwrap_or_default().to_string()
        }
    };
    // A loop is refused.
    let mut looped = forms::demo::chained_form(3);
    looped.body[0].relevant = Some("${q3} > 0".into());
    let message = refusal("looped.json", looped).await;
    assert!(
        message.contains("loop") && message.contains("${q3}"),
        "{message}"
    );
    // A question tagged with a purpose the consent template lacks (a typo) is refused.
    let mut mistagged = forms::demo::chained_form(3);
    mistagged.body[1]
        .attributes
        .insert("purpose".into(), "referal".into());
    let message = refusal("mistagged.json", mistagged).await;
    assert!(
        message.contains("referal") && message.contains("needs_assessment"),
        "{message}"
    );
    let accepted = admin
        .post(server.url("/forms?publish=true&file_name=chained.json"))
        .body(serde_json::to_vec(&forms::demo::chained_form(3)).unwrap())
        .send()
        .await
        .expect("upload answers");
    assert_eq!(accepted.status(), StatusCode::OK);
    let imported_json: Value = accepted.json().await.expect("JSON");
    assert_eq!(imported_json["questions"], 4);

    let again = admin
        .post(server.url("/forms?publish=true&file_name=tutorial.xls"))
        .body(shared_form("ok", "tutorial.xls"))
        .send()
        .await
        .expect("upload answers");
    // Within the same second the generated version is the same: refused, never
    // overwritten. A second later it is a new version.
    match again.status().as_u16() {
        200 => {
            let second: Value = again.json().await.expect("JSON");
            assert_ne!(second["version"], imported["version"], "a new version");
        }
        422 => {
            let body: Value = again.json().await.expect("JSON");
            let message = body["message"].as_str().unwrap_or_default();
            assert!(message.contains("already exists"), "{message}");
        }
        other => panic!("re-import answered {other}"),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn password_guessing_is_slowed_after_five_failures_for_real_and_made_up_users() {
    let server = Server::start().await;
    let client = Client::new();
    let login = |username: &str, password: &str| {
        client
            .post(server.url("/auth/login"))
            .json(&json!({ "username": username, "password": password }))
            .send()
    };
    for username in ["steward", "nobody-here"] {
        for _ in 0..5 {
            let r = login(username, "guess").await.expect("answers");
            assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
        }
        let r = login(username, "guess").await.expect("answers");
        assert_eq!(r.status(), StatusCode::TOO_MANY_REQUESTS, "{username}");
        assert_eq!(r.headers()["retry-after"], "1");
        assert_eq!(error_code(r).await, "err-too-many-attempts");
    }
    // Even the right password waits its turn.
    let right = login("steward", &server.password("steward"))
        .await
        .expect("answers");
    assert_eq!(right.status(), StatusCode::TOO_MANY_REQUESTS);
}

/// A stranger's wrong passwords (one a second, from their own network) slow the stranger,
/// never the account's owner signing in from elsewhere; and a flood of concurrent sign-ins
/// is checked a few at a time (bounded memory), every one answered.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn wrong_passwords_from_one_network_never_keep_the_owner_out() {
    let server = Server::start_behind_proxy().await;
    let client = Client::new();
    let login = |network: &str, password: &str| {
        client
            .post(server.url("/auth/login"))
            .header("x-forwarded-for", network)
            .json(&json!({ "username": "admin", "password": password }))
            .send()
    };
    for _ in 0..5 {
        let r = login("203.0.113.66", "guess").await.expect("answers");
        assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    }
    let r = login("203.0.113.66", "guess").await.expect("answers");
    assert_eq!(r.status(), StatusCode::TOO_MANY_REQUESTS);
    let owner = login("198.51.100.1", &server.password("admin"))
        .await
        .expect("answers");
    assert_eq!(owner.status(), StatusCode::OK, "the owner is let in");

    // 40 concurrent sign-ins with made-up names from as many networks: all answered.
    let flood: Vec<_> = (0..40)
        .map(|i| {
            let url = server.url("/auth/login");
            tokio::spawn(async move {
                Client::new()
                    .post(url)
                    .header("x-forwarded-for", format!("192.0.2.{i}"))
                    .json(&json!({ "username": format!("nobody{i}"), "password": "x" }))
                    .send()
                    .await
                    .expect("answers")
                    .status()
            })
        })
        .collect();
    for one in flood {
        let status = one.await.unwrap();
        assert!(
            [StatusCode::UNAUTHORIZED, StatusCode::SERVICE_UNAVAILABLE].contains(&status),
            "{status}"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_steward_gets_a_kantara_consent_receipt() {
    let server = Server::start().await;
    let phone = server.enroll().await;
    let record = valid_submission(&[NEEDS_ASSESSMENT, REFERRAL]);
    phone.sync(std::slice::from_ref(&record)).await;
    let steward = server.sign_in("steward").await;
    let receipt: Value = steward
        .get(server.url(&format!("/submissions/{}/consent-receipt", record.id)))
        .send()
        .await
        .expect("answers")
        .json()
        .await
        .expect("JSON");
    assert_eq!(receipt["version"], "KI-CR-v1.1.0");
    assert_eq!(receipt["consentReceiptID"], record.consent.receipt.as_str());
    assert_eq!(
        receipt["piiControllers"][0]["piiController"],
        "Sauti demo project"
    );
    let purposes = receipt["services"][0]["purposes"]
        .as_array()
        .expect("purposes");
    // The specification's purpose and PII categories, from the template.
    let categories: Vec<&str> = purposes
        .iter()
        .map(|p| p["purposeCategory"][0].as_str().unwrap_or_default())
        .collect();
    assert_eq!(
        categories,
        ["Core Function", "3rd Party Sharing for Core Function"]
    );
    assert_eq!(
        purposes[0]["piiCategory"],
        json!(["Biographical", "Health", "Social Services/Welfare"]),
        "{receipt}"
    );
    // A referral names the service it goes to.
    assert_eq!(purposes[1]["thirdPartyDisclosure"], true, "{receipt}");
    assert!(purposes[1]["thirdPartyName"].is_string(), "{receipt}");
    let controller = &receipt["piiControllers"][0];
    for field in ["contact", "email", "phone"] {
        assert!(controller[field].is_string(), "{field}: {receipt}");
    }
    assert!(controller["address"]["streetAddress"].is_string());
    assert!(
        receipt["policyUrl"]
            .as_str()
            .is_some_and(|u| u.starts_with("https://")),
        "{receipt}"
    );
    assert!(
        receipt["consentTimestamp"].as_i64().unwrap_or(0) > 1_700_000_000,
        "{receipt}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_large_export_streams_every_approved_record_once() {
    let server = Server::start().await;
    let phone = server.enroll().await;
    let records: Vec<_> = (0..300)
        .map(|_| valid_submission(&[NEEDS_ASSESSMENT]))
        .collect();
    for chunk in records.chunks(150) {
        let ack = phone.sync(chunk).await;
        assert!(ack.results.iter().all(|r| r.outcome == Outcome::Accepted));
    }
    let steward = server.sign_in("steward").await;
    let mut ids: Vec<String> = records.iter().map(|r| r.id.to_string()).collect();
    ids.push("not-a-submission".into());
    let bulk: Value = steward
        .post(server.url("/submissions/review"))
        .json(&json!({ "ids": ids, "decision": "approve" }))
        .send()
        .await
        .expect("bulk review answers")
        .json()
        .await
        .expect("JSON");
    assert_eq!(
        bulk["changed"], 300,
        "only the project's own submissions change"
    );
    // The audit line says which records, so an auditor finds who approved each one.
    let events = server.db().await.audit_events().await.unwrap();
    let bulk_line = events
        .iter()
        .find(|e| e.action == "approved" && e.subject.contains("(bulk)"))
        .expect("the bulk approval is audited");
    for r in &records {
        assert!(bulk_line.subject.contains(&r.id.to_string()));
    }
    assert!(!bulk_line.subject.contains("not-a-submission"));
    let response = steward
        .get(server.url("/forms/household/export.csv"))
        .send()
        .await
        .expect("export answers");
    assert_eq!(response.status(), StatusCode::OK);
    let bytes = response.bytes().await.expect("a body");
    assert!(
        bytes.len() > 64 * 1024,
        "several chunks: {} bytes",
        bytes.len()
    );
    let text = String::from_utf8(bytes.to_vec()).expect("UTF-8");
    assert_eq!(
        text.lines().count(),
        301,
        "a header and one line per record"
    );
    for r in &records {
        assert_eq!(text.matches(&r.id.to_string()).count(), 1);
    }
}

/// A steward whose view pseudonymises names corrects a record through that view: the
/// names stay as stored (not overwritten with their pseudonyms), and neither the answer
/// nor the edit history hands the originals back to them.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_correction_through_a_pseudonymising_view_never_reveals_or_overwrites_names() {
    let server = Server::start().await;
    let admin = server.sign_in("admin").await;
    let policy = server::seed::DEMO_POLICY.replace(
        "[roles.steward]\nidentifiers = \"keep\"",
        "[roles.steward]\nidentifiers = \"pseudonymise\"",
    );
    assert_ne!(policy, server::seed::DEMO_POLICY);
    let put = admin
        .put(server.url("/policy"))
        .body(policy)
        .send()
        .await
        .unwrap();
    assert_eq!(
        put.status(),
        StatusCode::OK,
        "{}",
        put.text().await.unwrap()
    );
    let phone = server.enroll().await;
    let record = valid_submission(&[NEEDS_ASSESSMENT]);
    phone.sync(std::slice::from_ref(&record)).await;
    let name = match &record.answers["respondent_name"] {
        Answer::Value(v) => v.clone(),
        other => panic!("{other:?}"),
    };
    let steward = server.sign_in("steward").await;
    let listed = server.submissions(&steward).await;
    let mut shown: forms::model::Answers =
        serde_json::from_value(listed[0]["answers"].clone()).unwrap();
    assert_ne!(shown["respondent_name"], record.answers["respondent_name"]);
    assert_eq!(
        listed[0]["receipt"], "",
        "no receipt code for a pseudonymising view"
    );
    shown.insert("admin_area".into(), Answer::Value("Camp 4 North".into()));
    let url = server.url(&format!("/submissions/{}/answers", record.id));
    let ok = steward
        .put(&url)
        .json(&json!({ "answers": shown, "comment": "north side" }))
        .send()
        .await
        .unwrap();
    assert_eq!(ok.status(), StatusCode::OK);
    let answered = ok.text().await.unwrap();
    assert!(!answered.contains(&name), "{answered}");
    let stored = server
        .db()
        .await
        .submission_answers("demo", &record.id.to_string())
        .await
        .unwrap()
        .unwrap()
        .0;
    assert!(stored.contains(&name), "the name was overwritten: {stored}");
    assert!(stored.contains("Camp 4 North"), "{stored}");
    let edits = server
        .get_text(&steward, &format!("/submissions/{}/edits", record.id))
        .await;
    assert!(edits.contains("north side"), "{edits}");
    assert!(
        !edits.contains(&name),
        "the history hands the name back: {edits}"
    );
    // Nor does the consent receipt hand back the receipt code the list hides.
    let receipt = steward
        .get(server.url(&format!("/submissions/{}/consent-receipt", record.id)))
        .send()
        .await
        .unwrap();
    assert_eq!(receipt.status(), StatusCode::FORBIDDEN);
    assert!(
        !receipt
            .text()
            .await
            .unwrap()
            .contains(&record.consent.receipt.to_string())
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_steward_correction_keeps_the_old_answers_and_is_never_overwritten_by_a_resend() {
    let server = Server::start().await;
    let phone = server.enroll().await;
    let record = valid_submission(&[NEEDS_ASSESSMENT]);
    assert_eq!(
        phone.sync(std::slice::from_ref(&record)).await.results[0].outcome,
        Outcome::Accepted
    );
    let steward = server.sign_in("steward").await;
    let url = server.url(&format!("/submissions/{}/answers", record.id));

    // A correction that breaks the form's rules is refused field by field.
    let mut wrong = record.answers.clone();
    wrong.insert("rooms".into(), Answer::Value("many".into()));
    let refused = steward
        .put(&url)
        .json(&json!({ "answers": wrong }))
        .send()
        .await
        .expect("answers");
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body: Value = refused.json().await.expect("JSON");
    assert_eq!(body["error"], "err-invalid-answers");
    assert_eq!(body["errors"][0]["name"], "rooms", "{body}");

    // A valid one is stored, with the previous answers kept.
    let mut corrected = record.answers.clone();
    corrected.insert("admin_area".into(), Answer::Value("Camp 4 North".into()));
    let ok = steward
        .put(&url)
        .json(&json!({ "answers": corrected, "comment": "called back: north side" }))
        .send()
        .await
        .expect("answers");
    assert_eq!(ok.status(), StatusCode::OK);
    let edits: Value = steward
        .get(server.url(&format!("/submissions/{}/edits", record.id)))
        .send()
        .await
        .expect("answers")
        .json()
        .await
        .expect("JSON");
    assert_eq!(edits[0]["edited_by"], "steward");
    assert_eq!(edits[0]["comment"], "called back: north side");
    assert_eq!(
        edits[0]["previous_answers"]["admin_area"],
        json!(record.answers["admin_area"])
    );

    // Two stewards read the record at once: the first to save wins, the second is told
    // (409) instead of silently putting back what the first changed, and saves once
    // they have read the record again.
    let read = server
        .get_json(&steward, &format!("/submissions/{}", record.id))
        .await;
    let revision = read["revision"].as_str().unwrap().to_string();
    assert_eq!(revision.len(), 32, "{read}");
    let save = |area: &str, revision: String| {
        let mut answers = corrected.clone();
        answers.insert("admin_area".into(), Answer::Value(area.into()));
        steward
            .put(&url)
            .json(&json!({ "answers": answers, "revision": revision }))
            .send()
    };
    assert_eq!(
        save("Camp 4 East", revision.clone())
            .await
            .unwrap()
            .status(),
        StatusCode::OK
    );
    let late = save("Camp 4 West", revision.clone()).await.unwrap();
    assert_eq!(late.status(), StatusCode::CONFLICT);
    assert_eq!(error_code(late).await, "err-conflict");
    // Stale and breaking a rule too: told it is stale first (mending the answers would
    // be work lost to the 409 after).
    let mut wrong = corrected.clone();
    wrong.insert("rooms".into(), Answer::Value("many".into()));
    let stale = steward
        .put(&url)
        .json(&json!({ "answers": wrong, "revision": revision }))
        .send()
        .await
        .unwrap();
    assert_eq!(stale.status(), StatusCode::CONFLICT);
    let listed = server.submissions(&steward).await;
    let kept = listed.iter().find(|s| s["id"] == record.id.to_string());
    assert_eq!(kept.unwrap()["answers"]["admin_area"], "Camp 4 East");
    let again = server
        .get_json(&steward, &format!("/submissions/{}", record.id))
        .await;
    let now = again["revision"].as_str().unwrap().to_string();
    assert_ne!(now, revision);
    assert_eq!(
        save("Camp 4 West", now).await.unwrap().status(),
        StatusCode::OK
    );

    // A refusal holds no answers, whatever a steward sends.
    let refused = refusal();
    phone.sync(std::slice::from_ref(&refused)).await;
    let status = steward
        .put(server.url(&format!("/submissions/{}/answers", refused.id)))
        .json(&json!({ "answers": corrected }))
        .send()
        .await
        .expect("answers")
        .status();
    assert_eq!(status, StatusCode::BAD_REQUEST);

    // The phone sends its old copy again: told, and the correction stays.
    assert_eq!(
        phone.sync(std::slice::from_ref(&record)).await.results[0].outcome,
        Outcome::EditedOnServer
    );
    let listed = server.submissions(&steward).await;
    let edited = listed
        .iter()
        .find(|s| s["id"] == record.id.to_string())
        .expect("listed");
    assert_eq!(edited["answers"]["admin_area"], "Camp 4 West");
}

/// An erasure (a withdrawal, the purge) worked out from answers a correction has changed
/// since is not written: written, it put back the answers before the correction. Read
/// again, it erases from the corrected answers and from the correction's history.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_erasure_never_writes_over_a_correction_saved_meanwhile() {
    let server = Server::start().await;
    let phone = server.enroll().await;
    let record = valid_submission(&[NEEDS_ASSESSMENT]);
    phone.sync(std::slice::from_ref(&record)).await;
    let id = record.id.to_string();
    let db = server.db().await;
    let (read, history) = db.answers_with_history(&id).await.unwrap().unwrap();
    assert!(history.is_empty());
    let scrub = |json: &str| {
        let mut answers: forms::model::Answers = serde_json::from_str(json).unwrap();
        assert!(answers.remove("water_source").is_some());
        serde_json::to_string(&answers).unwrap()
    };

    // A steward corrects the area between the erasure's reading and its writing.
    let steward = server.sign_in("steward").await;
    let correct = |area: &str, revision: Option<String>| {
        let mut corrected = record.answers.clone();
        corrected.insert("admin_area".into(), Answer::Value(area.into()));
        steward
            .put(server.url(&format!("/submissions/{id}/answers")))
            .json(&json!({ "answers": corrected, "revision": revision }))
            .send()
    };
    assert_eq!(
        correct("Camp 4 North", None).await.unwrap().status(),
        StatusCode::OK
    );
    assert!(
        !db.scrub_answers(&id, &read, 0, &scrub(&read), &[])
            .await
            .unwrap()
    );
    // Answers as they are now but a history read before the correction: refused too
    // (the correction's earlier answers would stay unscrubbed).
    let (now, _) = db.answers_with_history(&id).await.unwrap().unwrap();
    assert!(
        !db.scrub_answers(&id, &now, 0, &scrub(&now), &[])
            .await
            .unwrap()
    );

    // A steward reads the record, then the erasure runs: their correction, made on
    // answers that still held the water source, is refused rather than put it back.
    let seen = server
        .get_json(&steward, &format!("/submissions/{id}"))
        .await;
    let names = std::collections::BTreeSet::from(["water_source".to_string()]);
    assert!(
        server::purge::erase_answers(&db, &id, &names, false)
            .await
            .unwrap()
    );
    let (now, history) = db.answers_with_history(&id).await.unwrap().unwrap();
    let now: Value = serde_json::from_str(&now).unwrap();
    assert_eq!(now["admin_area"], "Camp 4 North", "the correction stays");
    assert!(now.get("water_source").is_none(), "{now}");
    assert_eq!(history.len(), 1);
    assert!(
        !history[0].1.contains("\"water_source\""),
        "{}",
        history[0].1
    );
    let stale = seen["revision"].as_str().map(String::from);
    let late = correct("Camp 4 South", stale).await.unwrap();
    assert_eq!(late.status(), StatusCode::CONFLICT);

    // Read again, the record can be corrected though a required answer (the water
    // source) is gone: what was erased is not asked back.
    let seen = server
        .get_json(&steward, &format!("/submissions/{id}"))
        .await;
    let mut answers = seen["answers"].clone();
    answers["admin_area"] = json!("Camp 4 South");
    let saved = steward
        .put(server.url(&format!("/submissions/{id}/answers")))
        .json(&json!({ "answers": answers, "revision": seen["revision"] }))
        .send()
        .await
        .unwrap();
    assert_eq!(
        saved.status(),
        StatusCode::OK,
        "{}",
        saved.text().await.unwrap()
    );

    // But a required answer a correction makes asked (care not had: what kept them
    // from it) is asked for: only what the stored record already lacked is let pass.
    let seen = server
        .get_json(&steward, &format!("/submissions/{id}"))
        .await;
    let mut answers = seen["answers"].clone();
    answers["health_access"] = json!("no");
    let refused = steward
        .put(server.url(&format!("/submissions/{id}/answers")))
        .json(&json!({ "answers": answers, "revision": seen["revision"] }))
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body: Value = refused.json().await.unwrap();
    assert_eq!(body["errors"][0]["name"], "health_barrier", "{body}");
    assert_eq!(body["errors"][0]["problem"], "required", "{body}");
}

/// A workbook wrong whatever files come (here a relevance naming no question) is refused at
/// once with its row, not kept waiting for its CSV and refused only once that comes.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_form_waiting_for_a_file_is_refused_at_once_for_its_own_mistake() {
    let server = Server::start().await;
    let admin = server.sign_in("admin").await;
    let form = crate::common::xlsform(&[
        &["type", "name", "label", "relevant"],
        &["text", "region", "Region", ""],
        &[
            "select_one_from_file villages.csv",
            "village",
            "Village",
            "",
        ],
        &[
            "integer",
            "people",
            "How many people?",
            "${nowhere} = 'yes'",
        ],
    ]);
    let refused = admin
        .post(server.url("/forms?publish=true&file_name=villages.xlsx"))
        .body(form)
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body: Value = refused.json().await.unwrap();
    let message = body.to_string();
    assert!(
        message.contains("nowhere") && message.contains("row 4"),
        "{message}"
    );
    assert_eq!(server.get_json(&admin, "/forms/waiting").await, json!([]));
}

/// `select_one_from_file`: the CSV is uploaded first, the form import reads it in, phones
/// get the choices inside the form, and the server checks answers against them. The CSV
/// itself is never served.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_form_reads_its_choices_from_an_attached_csv() {
    let server = Server::start().await;
    let admin = server.sign_in("admin").await;
    let (form, csv) = crate::common::districts_form(5_000);

    let without = admin
        .post(server.url("/forms?publish=true&file_name=villages.xlsx"))
        .body(form.clone())
        .send()
        .await
        .unwrap();
    // Kept until its file comes, as ODK Central keeps expected attachments; phones do not
    // get it meanwhile.
    assert_eq!(without.status(), StatusCode::ACCEPTED);
    let body: Value = without.json().await.unwrap();
    assert_eq!(body["missing"], json!(["districts.csv"]), "{body}");
    let waiting = server.get_json(&admin, "/forms/waiting").await;
    assert_eq!(waiting[0]["file_name"], "villages.xlsx", "{waiting}");
    assert_eq!(waiting[0]["uploaded_by"], "admin");
    let early: Value = server.enroll().await.bundle().await.json().await.unwrap();
    assert_ne!(early["form"]["id"], "villages", "not before its file");

    let uploaded = admin
        .put(server.url("/media/districts.csv"))
        .header("content-type", "text/csv")
        .body(csv)
        .send()
        .await
        .unwrap();
    assert_eq!(uploaded.status(), StatusCode::OK);
    let uploaded: Value = uploaded.json().await.unwrap();
    // The file completes the waiting form: published by itself.
    assert_eq!(
        uploaded["published"][0]["form_id"], "villages",
        "{uploaded}"
    );
    assert_eq!(uploaded["waiting"], json!([]));
    assert_eq!(server.get_json(&admin, "/forms/waiting").await, json!([]));
    let base = server.url("/").replace("/api/v1/", "");
    let served = reqwest::get(format!("{base}{}", uploaded["url"].as_str().unwrap()))
        .await
        .unwrap();
    assert_eq!(
        served.status(),
        StatusCode::NOT_FOUND,
        "a CSV is never served"
    );

    let phone = server.enroll().await;
    let bundle: Value = phone.bundle().await.json().await.unwrap();
    let form = bundle["form"].clone();
    assert_eq!(form["id"], "villages");
    assert_eq!(
        form["choices"]["districts.csv"].as_array().map(Vec::len),
        Some(5_000)
    );

    // d13 is in region r3: kept with its population; in r4 it is refused.
    let record = |region: &str, population: &str| {
        let mut r = valid_submission(&[NEEDS_ASSESSMENT]);
        r.form_id = form["id"].as_str().unwrap().into();
        r.form_version = form["version"].as_str().unwrap().into();
        r.answers = [
            ("region", region),
            ("district", "d13"),
            ("population", population),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), Answer::Value(v.to_string())))
        .collect();
        r
    };
    let ack = phone
        .sync(&[record("r3", "113"), record("r4", "113")])
        .await;
    assert_eq!(ack.results[0].outcome, Outcome::Accepted);
    match &ack.results[1].outcome {
        Outcome::Rejected { errors, .. } => {
            assert!(errors.iter().any(|e| e.name == "district"), "{errors:?}")
        }
        other => panic!("a district of another region was {other:?}"),
    }
}

/// Photos and files travel in the record; lists and exports name them, and stewards
/// download one by that name, unless the policy hides the question from their role (an
/// unclassified question is hidden from reviewers). A recording given to a photo question
/// is refused.
#[tokio::test]
async fn photos_and_files_are_named_in_lists_and_exports_and_downloaded_by_stewards() {
    use base64ct::Encoding;
    let server = Server::start().await;
    let admin = server.sign_in("admin").await;
    let form = crate::common::xlsform(&[
        &["type", "name", "label", "required", "tags"],
        &["image", "shelter", "Photo of the shelter", "yes", "plain"],
        &["file", "letter", "Referral letter", "", ""],
        &[
            "image",
            "face",
            "Photo of the respondent",
            "",
            "direct_identifier",
        ],
    ]);
    let (phone, form) = server
        .import_and_enroll(&admin, "shelters.xlsx", form)
        .await;
    let png = [0x89, b'P', b'N', b'G', 13, 10, 26, 10];
    let record = |shelter: String| {
        let mut r = valid_submission(&[NEEDS_ASSESSMENT]);
        r.form_id = form["id"].as_str().unwrap().into();
        r.form_version = form["version"].as_str().unwrap().into();
        r.answers = [
            ("shelter".to_string(), Answer::Value(shelter.clone())),
            (
                "letter".to_string(),
                Answer::Value("data:application/pdf;base64,JVBERi0=".into()),
            ),
            ("face".to_string(), Answer::Value(shelter)),
        ]
        .into();
        r
    };
    let photo = format!(
        "data:image/png;base64,{}",
        base64ct::Base64::encode_string(&png)
    );
    let ack = phone
        .sync(&[record(photo), record("data:audio/ogg;base64,AAAA".into())])
        .await;
    assert_eq!(ack.results[0].outcome, Outcome::Accepted);
    match &ack.results[1].outcome {
        Outcome::Rejected { errors, .. } => assert!(
            errors
                .iter()
                .any(|e| e.name == "shelter" && e.problem.message_id() == "field-wrong-attachment"),
            "{errors:?}"
        ),
        other => panic!("a recording as a photo was {other:?}"),
    }

    let steward = server.sign_in("steward").await;
    let listed = server.submissions(&steward).await;
    let id = listed[0]["id"].as_str().unwrap().to_string();
    assert_eq!(listed[0]["answers"]["shelter"], format!("{id}-shelter.png"));
    assert_eq!(listed[0]["answers"]["letter"], format!("{id}-letter.pdf"));

    let url = server.url(&format!("/submissions/{id}/attachments/{id}-shelter.png"));
    let file = steward.get(&url).send().await.unwrap();
    assert_eq!(file.status(), StatusCode::OK);
    assert_eq!(file.headers()["content-type"], "image/png");
    assert!(
        file.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .starts_with("attachment")
    );
    assert_eq!(file.bytes().await.unwrap().as_ref(), png);
    let partner = server.sign_in("partner").await;
    assert_eq!(
        partner.get(&url).send().await.unwrap().status(),
        StatusCode::FORBIDDEN
    );
    // A file that is not a picture, recording or video is handed out as plain bytes.
    let letter = server.url(&format!("/submissions/{id}/attachments/{id}-letter.pdf"));
    let letter = steward.get(&letter).send().await.unwrap();
    assert_eq!(letter.headers()["content-type"], "application/octet-stream");
    // Reviewers see identifiers pseudonymised (demo policy): not the respondent's photo.
    let reviewer = server.sign_in("reviewer").await;
    assert_eq!(
        reviewer.get(&url).send().await.unwrap().status(),
        StatusCode::OK
    );
    let face = server.url(&format!("/submissions/{id}/attachments/{id}-face.png"));
    assert_eq!(
        reviewer.get(&face).send().await.unwrap().status(),
        StatusCode::FORBIDDEN
    );
    // The letter is not classified by the policy or the form: hidden from reviewers.
    let letter = server.url(&format!("/submissions/{id}/attachments/{id}-letter.pdf"));
    assert_eq!(
        reviewer.get(&letter).send().await.unwrap().status(),
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        steward.get(&face).send().await.unwrap().status(),
        StatusCode::OK
    );
    let unknown = server.url(&format!("/submissions/{id}/attachments/{id}-notes.png"));
    assert_eq!(
        steward.get(&unknown).send().await.unwrap().status(),
        StatusCode::NOT_FOUND
    );
    // A correction sent back as the list shows the record (files by name) keeps the
    // files: the names are put back to the photos they name.
    let corrected = steward
        .put(server.url(&format!("/submissions/{id}/answers")))
        .json(&json!({ "answers": listed[0]["answers"], "comment": "checked" }))
        .send()
        .await
        .unwrap();
    assert_eq!(
        corrected.status(),
        StatusCode::OK,
        "{}",
        corrected.text().await.unwrap()
    );
    let file = steward.get(&url).send().await.unwrap();
    assert_eq!(
        file.bytes().await.unwrap().as_ref(),
        png,
        "the photo is kept"
    );
    // Another question's file name is not taken for this one (a view may hide it).
    let mut crossed = listed[0]["answers"].clone();
    crossed["letter"] = json!(format!("{id}-face.png"));
    let crossed = steward
        .put(server.url(&format!("/submissions/{id}/answers")))
        .json(&json!({ "answers": crossed, "comment": "crossed" }))
        .send()
        .await
        .unwrap();
    assert_eq!(crossed.status(), StatusCode::UNPROCESSABLE_ENTITY);

    server
        .approve_all(&steward, std::slice::from_ref(&id))
        .await;
    let export = server.get_text(&steward, "/exports/steward").await;
    assert!(export.contains(&format!("{id}-shelter.png")), "{export}");
    assert!(!export.contains("base64"), "{export}");
}

/// Choices from an XML file as ODK writes it, uploaded beside the form.
#[tokio::test]
async fn a_form_reads_its_choices_from_an_uploaded_xml_file() {
    let server = Server::start().await;
    let admin = server.sign_in("admin").await;
    let put = |body: &'static str, content_type: &'static str| {
        admin
            .put(server.url("/media/villages.xml"))
            .header("content-type", content_type)
            .body(body)
            .send()
    };
    let wrong = put("<root/>", "audio/ogg").await.unwrap();
    assert_eq!(wrong.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let xml = "<root><item><name>v1</name><label>Kibera</label></item>\
               <item><name>v2</name><label>Mathare</label></item></root>";
    assert_eq!(
        put(xml, "application/xml").await.unwrap().status(),
        StatusCode::OK
    );
    let form = crate::common::xlsform(&[
        &["type", "name", "label"],
        &["select_one_from_file villages.xml", "village", "Village"],
    ]);
    let (_, form) = server
        .import_and_enroll(&admin, "villages.xlsx", form)
        .await;
    let list = &form["choices"]["villages.xml"];
    assert_eq!(list[1]["name"], "v2", "{list}");
}
