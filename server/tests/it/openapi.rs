//! The OpenAPI document describes the bodies that cross the wire (`forms::wire`), so a
//! client can be generated from it: every JSON answer names its schema, every error is
//! the one `ErrorBody`.

use serde_json::Value;

use crate::common::Server;

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
    assert_eq!(
        schemas["ReviewState"]["enum"],
        serde_json::json!(["received", "has_issues", "edited", "approved", "rejected"])
    );
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
}
