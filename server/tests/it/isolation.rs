//! Isolation between projects (issue 20): every operation the OpenAPI document lists is
//! called as every role of project A (the demo's admin, steward, reviewer, partner,
//! translator and monitor sessions, and its enumerator's phone) with project B's ids in the path (forms,
//! submissions, users, devices, media, the project itself), or, without ids, as it is.
//!
//! - An operation whose path names something of B is refused: 401, 403 or 404, never 2xx.
//! - No 2xx answer to A ever holds B's data (B's names, answers, receipt code, device,
//!   file, form title: markers no request of A sends).
//! - Afterwards everything B's own admin, steward and phone can read is as it was: no
//!   write of A reached B (a review, a revocation, a disabled or reset account, a policy).
//!
//! The operations are read from the document, so a new endpoint is tried as soon as it is
//! documented; a path parameter the test does not know fails it, naming the parameter.
//! (Proved once: with `Db::revoke_device`'s project condition removed, A's admin revoked
//! B's phone and this test failed on the state of B's devices.)

use reqwest::{Client, Method, StatusCode};
use serde_json::{Value, json};

use crate::common::{Phone, Server, valid_submission};
use forms::consent::NEEDS_ASSESSMENT;
use forms::model::Answer;

const B: &str = "bravo";
const B_FORM: &str = "bravo_household";
const B_MEDIA: &str = "bravo-lookup.csv";
/// Words only B's data holds; no request of A sends them.
const B_NAME: &str = "Zqxbravo project";
const B_TITLE: &str = "Zqxbravo household form";
const B_ANSWER: &str = "Zqxbravo respondent";
const B_AREA: &str = "Zqxbravo camp";
const B_LABEL: &str = "zqxbravo phone";
const B_MEDIA_TEXT: &str = "zqxbravo-district";
const B_PASSWORD: &str = "bravo team passphrase 2027";

/// Project B: its own admin, steward, reviewer, partner and enumerator (none of them in
/// A), a form of its own, the demo consent template and policy, a phone, a record and a
/// file.
struct ProjectB {
    admin: Client,
    steward: Client,
    phone: Phone,
    submission: String,
    receipt: String,
    /// A feedback case of B, when B has one (else an id no project has).
    case: String,
    /// An action B's steward published on B's dashboard.
    action: String,
}

async fn project_b(server: &Server) -> ProjectB {
    let db = server.db().await;
    db.insert_project(B, B_NAME).await.unwrap();
    let hash = server::auth::hash_password(B_PASSWORD).unwrap();
    for (name, role) in [
        ("b.admin", server::auth::Role::Admin),
        ("b.steward", server::auth::Role::Steward),
        ("b.reviewer", server::auth::Role::Reviewer),
        ("b.partner", server::auth::Role::Partner),
        ("b.translator", server::auth::Role::Translator),
        ("b.enumerator", server::auth::Role::Enumerator),
        ("b.focal", server::auth::Role::Reviewer),
        ("b.monitor", server::auth::Role::Monitor),
    ] {
        db.insert_user(B, name, &hash, role).await.unwrap();
    }
    let mut form = serde_json::to_value(forms::demo::household_form()).unwrap();
    form["id"] = json!(B_FORM);
    form["title"] = json!({ "en": B_TITLE, "fr": B_TITLE, "ar": B_TITLE });
    db.insert_form(B, &serde_json::from_value(form).unwrap())
        .await
        .unwrap();
    db.insert_consent_template(B, &forms::demo::household_consent())
        .await
        .unwrap();
    server::governance::install(&db, B, &b_policy(), "test")
        .await
        .unwrap();

    let sign_in = |name: &'static str| async move {
        let client = Client::builder().cookie_store(true).build().unwrap();
        let response = server.login(&client, name, B_PASSWORD).await;
        assert_eq!(response.status(), StatusCode::OK, "{name} signs in");
        client
    };
    let admin = sign_in("b.admin").await;
    let steward = sign_in("b.steward").await;
    let enrolled = server.enroll_as("b.enumerator", B_PASSWORD, B_LABEL).await;
    assert_eq!(enrolled.status(), StatusCode::OK);
    let enrolled: Value = enrolled.json().await.unwrap();
    let phone = Phone::enrolled(
        server,
        enrolled["device_id"].as_str().unwrap(),
        enrolled["token"].as_str().unwrap(),
    );
    let mut record = valid_submission(&[NEEDS_ASSESSMENT]);
    record.form_id = B_FORM.into();
    record
        .answers
        .insert("respondent_name".into(), Answer::Value(B_ANSWER.into()));
    record
        .answers
        .insert("admin_area".into(), Answer::Value(B_AREA.into()));
    let ack = phone.sync(std::slice::from_ref(&record)).await;
    assert_eq!(
        ack.results[0].outcome,
        forms::batch::Outcome::Accepted,
        "{ack:?}"
    );
    let stored = admin
        .put(server.url(&format!("/media/{B_MEDIA}")))
        .header("content-type", "text/csv")
        .body(format!("name,label\nd1,{B_MEDIA_TEXT}\n"))
        .send()
        .await
        .unwrap();
    assert!(stored.status().is_success(), "{}", stored.status());
    let cases: Value = steward
        .get(server.url("/feedback"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap_or(Value::Null);
    let case = cases[0]["id"]
        .as_str()
        .map_or_else(|| "no-such-case".to_string(), str::to_string);
    let action: Value = steward
        .post(server.url("/dashboard/actions"))
        .json(&json!({"date": "2026-11-01", "texts": {"en": {"title": B_NAME}}}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let action = action["id"].as_str().expect("B's action").to_string();
    ProjectB {
        case,
        action,
        admin,
        steward,
        phone,
        submission: record.id.to_string(),
        receipt: record.consent.receipt.to_string(),
    }
}

/// The demo policy, for project B and its partner.
fn b_policy() -> String {
    server::seed::DEMO_POLICY
        .replace("project = \"demo\"", "project = \"bravo\"")
        .replace(
            "shared_with = [\"partner\"]",
            "shared_with = [\"b.partner\"]",
        )
        .replace("focal_points = [\"focal\"]", "focal_points = [\"b.focal\"]")
}

/// The value of a path parameter naming something of B, by the path around it.
fn b_parameter(path: &str, parameter: &str, b: &ProjectB) -> String {
    let after = |prefix: &str| path.starts_with(prefix);
    match parameter {
        "id" if after("/submissions/") => b.submission.clone(),
        "id" if after("/devices/") => b.phone.device_id.clone(),
        "id" if after("/projects/") => B.to_string(),
        "id" if after("/feedback/") => b.case.clone(),
        "id" if after("/dashboard/actions/") => b.action.clone(),
        "name" if after("/submissions/") => format!("{}-photo.jpg", b.submission),
        "name" if after("/media/") => B_MEDIA.to_string(),
        "username" => "b.steward".to_string(),
        "form_id" => B_FORM.to_string(),
        "version" if after("/forms/") => forms::demo::household_form().version,
        other => panic!(
            "{path}: the isolation test does not know which of project B's ids `{{{other}}}` takes; add it to b_parameter"
        ),
    }
}

/// Parameters that name something in the caller's own project's namespace, not B's.
fn own_parameter(parameter: &str) -> Option<&'static str> {
    match parameter {
        "profile" => Some("steward"),
        // A language code names no project's data; the form beside it is B's.
        "lang" => Some("sw"),
        _ => None,
    }
}

/// Operations that take no project's data, tried elsewhere: credentials (signing in and
/// out, enrolling), one's own password and sessions.
const ELSEWHERE: &[(&str, &str)] = &[
    ("post", "/auth/login"),
    ("post", "/auth/logout"),
    ("post", "/devices/enroll"),
    ("put", "/auth/password"),
    ("post", "/auth/sessions/end"),
];

/// The community page's operations (`/community/…`): public by design, opened by a
/// receipt code or tracking code and its second factor, throttled; tried in `community.rs`.
fn public(template: &str) -> bool {
    template.starts_with("/community/")
}

/// Writes of A whose path holds a name of A's own namespace (a file A may also call so):
/// they may succeed, on A's own data; B's stays as it was (checked at the end).
const OWN_NAMESPACE: &[(&str, &str)] = &[("put", "/media/{name}")];

/// A JSON value the schema accepts, with values that point at B where a field names
/// something (`ids`, `project_id`) and plausible ones elsewhere.
fn example(doc: &Value, schema: &Value, field: &str, b: &ProjectB) -> Value {
    if let Some(reference) = schema["$ref"].as_str() {
        let name = reference.trim_start_matches("#/components/schemas/");
        return example(doc, &doc["components"]["schemas"][name], field, b);
    }
    match field {
        "ids" => return json!([b.submission]),
        "project_id" => return json!(B),
        "username" => return json!("iso.person"),
        "role" => return json!("reviewer"),
        "decision" => return json!("approve"),
        "id" => return json!("iso-made"),
        "name" => return json!("Made by the isolation test"),
        "comment" => return json!("checked"),
        "new" => return json!("a passphrase of some length"),
        _ => {}
    }
    for key in ["allOf", "oneOf", "anyOf"] {
        if let Some(first) = schema[key].as_array().and_then(|a| a.first()) {
            return example(doc, first, field, b);
        }
    }
    if let Some(first) = schema["enum"].as_array().and_then(|e| e.first()) {
        return first.clone();
    }
    let kind = match &schema["type"] {
        Value::Array(kinds) => kinds
            .iter()
            .find(|k| *k != "null")
            .cloned()
            .unwrap_or(Value::Null),
        other => other.clone(),
    };
    match kind.as_str() {
        Some("string") => json!("x"),
        Some("integer") | Some("number") => json!(1),
        Some("boolean") => json!(false),
        Some("array") => json!([]),
        _ => {
            let mut object = serde_json::Map::new();
            if let Some(properties) = schema["properties"].as_object() {
                for (name, property) in properties {
                    object.insert(name.clone(), example(doc, property, name, b));
                }
            }
            Value::Object(object)
        }
    }
}

/// The body of an operation: named ones for what carries B's data or must be well
/// formed to reach the project check, else an example of its schema.
fn body(
    doc: &Value,
    method: &str,
    path: &str,
    op: &Value,
    b: &ProjectB,
) -> Option<(String, Vec<u8>)> {
    let content = op["requestBody"]["content"].as_object()?;
    let (media_type, media) = content.iter().next()?;
    let named = match (method, path) {
        // B's policy text, sent to A's project: must not install into B.
        ("put", "/policy") => Some(b_policy().into_bytes()),
        ("put", "/consent-template") => Some(include_bytes!("../../consent/demo.toml").to_vec()),
        ("post", "/batches") => {
            // A record of B's form, from A's phone: never stored in B.
            let mut record = valid_submission(&[NEEDS_ASSESSMENT]);
            record.form_id = B_FORM.into();
            Some(serde_json::to_vec(&json!({ "records": [record] })).unwrap())
        }
        _ => None,
    };
    let bytes = named.unwrap_or_else(|| {
        if media_type.contains("json") {
            serde_json::to_vec(&example(doc, &media["schema"], "", b)).unwrap()
        } else {
            b"name,label\nd1,A's own file\n".to_vec()
        }
    });
    Some((media_type.clone(), bytes))
}

/// Everything B's admin, steward and phone can read through the API (ledgered exports
/// aside: reading them writes the ledger), by operation.
async fn what_b_sees(server: &Server, doc: &Value, b: &ProjectB) -> Vec<(String, u16, String)> {
    let mut seen = Vec::new();
    for (path, item) in doc["paths"].as_object().unwrap() {
        let Some(op) = item.get("get") else { continue };
        if path.contains("export") || path.contains("notice") {
            continue;
        }
        let required_query = op["parameters"].as_array().is_some_and(|ps| {
            ps.iter()
                .any(|p| p["in"] == "query" && p["required"] == true)
        });
        if required_query {
            continue;
        }
        let url = fill(path, b);
        for (who, client) in [("b.admin", &b.admin), ("b.steward", &b.steward)] {
            let response = client.get(server.url(&url)).send().await.unwrap();
            let status = response.status().as_u16();
            seen.push((
                format!("GET {url} as {who}"),
                status,
                response.text().await.unwrap(),
            ));
        }
        let response = b
            .phone
            .authorize(Client::new().get(server.url(&url)))
            .send()
            .await
            .unwrap();
        let status = response.status().as_u16();
        seen.push((
            format!("GET {url} as b's phone"),
            status,
            response.text().await.unwrap(),
        ));
    }
    seen
}

/// A path template with B's ids (and A's own names where the parameter is A's).
fn fill(template: &str, b: &ProjectB) -> String {
    let mut path = String::new();
    for (i, segment) in template.split('/').enumerate() {
        if i > 0 {
            path.push('/');
        }
        match segment.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
            Some(parameter) => match own_parameter(parameter) {
                Some(own) => path.push_str(own),
                None => path.push_str(&b_parameter(template, parameter, b)),
            },
            None => path.push_str(segment),
        }
    }
    path
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_role_of_one_project_reaches_another_projects_data() {
    let server = Server::start().await;
    let a_phone = server.enroll().await;
    let a_callers: Vec<(&str, Client)> = vec![
        ("a.admin", server.sign_in("admin").await),
        ("a.steward", server.sign_in("steward").await),
        ("a.reviewer", server.sign_in("reviewer").await),
        ("a.partner", server.sign_in("partner").await),
        ("a.monitor", server.sign_in("monitor").await),
        ("a.translator", server.sign_in("translator").await),
        ("a.phone", Client::new()),
    ];
    let b = project_b(&server).await;
    let doc: Value = Client::new()
        .get(server.url("/openapi.json"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let before = what_b_sees(&server, &doc, &b).await;
    assert!(
        before
            .iter()
            .any(|(_, status, text)| *status == 200 && text.contains(B_ANSWER)),
        "B's steward sees B's record (the markers are real)"
    );
    let markers = [
        B_NAME,
        B_TITLE,
        B_ANSWER,
        B_AREA,
        B_LABEL,
        B_MEDIA_TEXT,
        b.receipt.as_str(),
        b.submission.as_str(),
        b.phone.device_id.as_str(),
        "b.steward",
        "b.enumerator",
    ];

    let mut tried = 0;
    let mut wrong = Vec::new();
    for (template, item) in doc["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            if ELSEWHERE.contains(&(method.as_str(), template.as_str())) || public(template) {
                continue;
            }
            let names_b = template
                .split('/')
                .filter_map(|s| s.strip_prefix('{').and_then(|s| s.strip_suffix('}')))
                .any(|p| own_parameter(p).is_none());
            let own_namespace = OWN_NAMESPACE.contains(&(method.as_str(), template.as_str()));
            let mut path = fill(template, &b);
            let query: Vec<String> = op["parameters"]
                .as_array()
                .into_iter()
                .flatten()
                .filter(|p| p["in"] == "query" && p["required"] == true)
                .map(|p| {
                    let name = p["name"].as_str().unwrap();
                    let value = if name == "file_name" { "iso.csv" } else { "x" };
                    format!("{name}={value}")
                })
                .collect();
            if !query.is_empty() {
                path = format!("{path}?{}", query.join("&"));
            }
            let body = body(&doc, method, template, op, &b);
            for (caller, client) in &a_callers {
                let method = Method::from_bytes(method.to_uppercase().as_bytes()).unwrap();
                let mut request = client.request(method.clone(), server.url(&path));
                if *caller == "a.phone" {
                    request = a_phone.authorize(request);
                }
                if let Some((media_type, bytes)) = &body {
                    request = request
                        .header("content-type", media_type)
                        .body(bytes.clone());
                }
                let response = request.send().await.unwrap();
                let status = response.status();
                let text = response.text().await.unwrap();
                let what = format!("{method} {path} as {caller}: {status} {text}");
                tried += 1;
                if names_b && !own_namespace {
                    if status == StatusCode::BAD_REQUEST {
                        wrong.push(format!("the body did not reach the project check (make `example` or `body` send one that does): {what}"));
                    } else if ![401, 403, 404].contains(&status.as_u16()) {
                        wrong.push(format!("not refused with 401, 403 or 404: {what}"));
                    }
                }
                if status.is_success() {
                    for marker in markers {
                        if text.contains(marker) {
                            wrong.push(format!("B's `{marker}` in {what}"));
                        }
                    }
                }
            }
        }
    }
    assert!(tried > 200, "every operation as every role: {tried}");
    assert!(
        wrong.is_empty(),
        "project A reached B:\n{}",
        wrong.join("\n")
    );

    // Nothing of B changed: what its members and phone read is as it was, and its people
    // still sign in with their passwords.
    let after = what_b_sees(&server, &doc, &b).await;
    assert_eq!(before.len(), after.len());
    for ((what, status, text), (_, status_after, text_after)) in before.iter().zip(&after) {
        assert_eq!(
            (status, text),
            (status_after, text_after),
            "{what} changed after project A's calls"
        );
    }
    for name in ["b.admin", "b.steward", "b.reviewer", "b.partner"] {
        let response = server.login(&Client::new(), name, B_PASSWORD).await;
        assert_eq!(response.status(), StatusCode::OK, "{name} still signs in");
    }
    let ack = b.phone.sync(&[valid_submission_of_b()]).await;
    assert_eq!(
        ack.results[0].outcome,
        forms::batch::Outcome::Accepted,
        "B's phone still syncs"
    );
}

fn valid_submission_of_b() -> forms::batch::Submission {
    let mut record = valid_submission(&[NEEDS_ASSESSMENT]);
    record.form_id = B_FORM.into();
    record
}
