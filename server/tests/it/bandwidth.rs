//! What a phone on a slow link downloads: API answers compressed as asked (gzip, brotli)
//! and decoding to the same bytes, streamed exports too; the bundle sent once (its tag
//! in the enrolment, a 304 when the phone holds it).

use std::io::Read;

use reqwest::header::{ACCEPT_ENCODING, CONTENT_ENCODING, ETAG, IF_NONE_MATCH};
use reqwest::{Client, StatusCode};
use serde_json::Value;

use crate::common::{Server, complete_household, submission};

/// GET `path` with `Accept-Encoding: encoding` (reqwest here decodes nothing itself):
/// the `Content-Encoding` answered and the body as it came.
async fn get_encoded(
    client: &Client,
    url: String,
    bearer: Option<&str>,
    encoding: &str,
) -> (Option<String>, Vec<u8>) {
    let mut request = client.get(url).header(ACCEPT_ENCODING, encoding);
    if let Some(token) = bearer {
        request = request.bearer_auth(token);
    }
    let response = request.send().await.expect("the server answers");
    assert_eq!(response.status(), StatusCode::OK);
    let encoding = response
        .headers()
        .get(CONTENT_ENCODING)
        .map(|v| v.to_str().unwrap().to_string());
    (encoding, response.bytes().await.unwrap().to_vec())
}

fn gunzip(body: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(body)
        .read_to_end(&mut out)
        .expect("a whole gzip stream");
    out
}

fn unbrotli(body: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    brotli_decompressor::Decompressor::new(body, 4096)
        .read_to_end(&mut out)
        .expect("a whole brotli stream");
    out
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_bundle_comes_compressed_as_asked_and_decodes_equal() {
    let server = Server::start().await;
    let phone = server.enroll().await;
    let url = || server.url("/bundle");
    let client = Client::new();
    let token = Some(phone.token.as_str());
    let (plain_encoding, plain) = get_encoded(&client, url(), token, "identity").await;
    assert_eq!(plain_encoding, None);
    serde_json::from_slice::<Value>(&plain).expect("plain JSON");

    let (encoding, gzipped) = get_encoded(&client, url(), token, "gzip").await;
    assert_eq!(encoding.as_deref(), Some("gzip"));
    assert!(
        gzipped.len() * 3 < plain.len(),
        "{} of {}",
        gzipped.len(),
        plain.len()
    );
    assert_eq!(gunzip(&gzipped), plain);

    let (encoding, brotli) = get_encoded(&client, url(), token, "gzip, br").await;
    assert_eq!(
        encoding.as_deref(),
        Some("br"),
        "brotli when both are accepted"
    );
    assert_eq!(unbrotli(&brotli), plain);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn small_answers_and_streamed_exports() {
    let server = Server::start().await;
    let phone = server.enroll().await;
    // A small answer: not worth compressing.
    let (encoding, body) = get_encoded(
        &Client::new(),
        server.url("/device/issues"),
        Some(&phone.token),
        "gzip",
    )
    .await;
    assert_eq!(encoding, None, "{} bytes", body.len());
    assert_eq!(body, b"[]");

    // A streamed CSV export is compressed as it streams, and is whole.
    let mut records = Vec::new();
    for _ in 0..5 {
        records.push(submission(
            forms::consent::Decision::Given {
                purposes: vec!["needs_assessment".into(), "referral".into()],
                method: forms::consent::Method::Verbal {
                    witness: "Amina".into(),
                },
            },
            complete_household(),
        ));
    }
    phone.sync(&records).await;
    let steward = server.sign_in("steward").await;
    let ids: Vec<String> = records.iter().map(|r| r.id.to_string()).collect();
    server.approve_all(&steward, &ids).await;
    let export = || server.url("/exports/steward?format=csv");
    let (plain_encoding, plain) = get_encoded(&steward, export(), None, "identity").await;
    assert_eq!(plain_encoding, None);
    let (encoding, gzipped) = get_encoded(&steward, export(), None, "gzip").await;
    assert_eq!(encoding.as_deref(), Some("gzip"));
    assert_eq!(gunzip(&gzipped), plain);
    let text = String::from_utf8(plain).unwrap();
    assert!(ids.iter().all(|id| text.contains(id)), "{text}");

    // XLSX is a zip already: sent as it is.
    let (encoding, xlsx) = get_encoded(
        &steward,
        server.url("/exports/steward?format=xlsx"),
        None,
        "gzip, br",
    )
    .await;
    assert_eq!(encoding, None);
    assert!(xlsx.starts_with(b"PK"), "a zip file");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_phone_holding_the_current_bundle_downloads_nothing() {
    let server = Server::start().await;
    let response = server
        .enroll_as("enumerator", &server.password("enumerator"), "phone")
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let enrolled: forms::wire::Enrolled = response.json().await.unwrap();
    let tag = enrolled.bundle_tag.clone();
    assert!(tag.starts_with("W/\""), "{tag}");

    let client = Client::new();
    let get = |held: Option<&str>| {
        let mut request = client
            .get(server.url("/bundle"))
            .bearer_auth(&enrolled.token);
        if let Some(held) = held {
            request = request.header(IF_NONE_MATCH, held);
        }
        request.send()
    };
    // The enrolment's tag is the bundle endpoint's: the first refresh is a 304.
    let same = get(Some(&tag)).await.unwrap();
    assert_eq!(same.status(), StatusCode::NOT_MODIFIED);
    assert_eq!(same.headers()[ETAG], tag.as_str());
    assert!(same.bytes().await.unwrap().is_empty());
    let full = get(None).await.unwrap();
    assert_eq!(full.status(), StatusCode::OK);
    assert_eq!(full.headers()[ETAG], tag.as_str());
    let bundle: forms::wire::Bundle = full.json().await.unwrap();
    assert_eq!(
        bundle, enrolled.bundle,
        "the same bundle as the enrolment's"
    );
    let other = get(Some("W/\"0000\", W/\"1111\"")).await.unwrap();
    assert_eq!(
        other.status(),
        StatusCode::OK,
        "another tag gets the bundle"
    );

    // Anything the bundle carries changes the tag: here a record of the same enumerator
    // (from another of their phones) sent back.
    let phone = server.enroll().await;
    let record = crate::common::valid_submission(&["needs_assessment"]);
    phone.sync(std::slice::from_ref(&record)).await;
    let steward = server.sign_in("steward").await;
    let sent_back = steward
        .post(server.url(&format!("/submissions/{}/review", record.id)))
        .json(&serde_json::json!({ "decision": "has_issues", "comment": "Check the age" }))
        .send()
        .await
        .unwrap();
    assert_eq!(sent_back.status(), StatusCode::OK, "sent back");
    let changed = get(Some(&tag)).await.unwrap();
    assert_eq!(changed.status(), StatusCode::OK);
    assert_ne!(changed.headers()[ETAG], tag.as_str());
    let bundle: forms::wire::Bundle = changed.json().await.unwrap();
    assert_eq!(bundle.issues.len(), 1);
}
