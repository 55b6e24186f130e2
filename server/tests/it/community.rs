//! The community review page's API on a real server: a respondent looks up their consent
//! with the receipt code and second factor, sees it in their language, withdraws one
//! purpose (the record leaves that purpose's exports only) then everything (the answers
//! are deleted, a tombstone remains); the steward's notice lists who must delete what;
//! guessing is answered the same way for every failure, then throttled.

use crate::common::{Server, refusal, valid_submission};
use crate::exports::one_per_method;
use forms::batch::{Outcome, Submission};
use forms::consent::NEEDS_ASSESSMENT;
use reqwest::{Client, StatusCode};
use serde_json::{Value, json};

const SHARING: &str = "partner_sharing";
const REFERRAL: &str = "referral";
const DIGITS: &str = "4821";

fn with_access(purposes: &[&str]) -> Submission {
    let mut record = valid_submission(purposes);
    record.consent.access = Some(DIGITS.into());
    record
}

async fn post(url: String, body: Value) -> reqwest::Response {
    Client::new()
        .post(url)
        .json(&body)
        .send()
        .await
        .expect("the server answers")
}

/// A successful community call's standing.
pub async fn answered(url: String, body: Value) -> Value {
    let response = post(url, body).await;
    assert_eq!(response.status(), StatusCode::OK);
    response.json().await.expect("a standing")
}

/// The steward's copy of a record's consent receipt.
async fn steward_receipt(server: &Server, steward: &Client, id: &str) -> reqwest::Response {
    steward
        .get(server.url(&format!("/submissions/{id}/consent-receipt")))
        .send()
        .await
        .expect("the server answers")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_respondent_sees_narrows_and_withdraws_their_consent() {
    let server = Server::start().await;
    let phone = server.enroll().await;
    let record = with_access(&[NEEDS_ASSESSMENT, SHARING, REFERRAL]);
    let other = with_access(&[NEEDS_ASSESSMENT]);
    let ack = phone.sync(&[record.clone(), other.clone()]).await;
    assert!(ack.results.iter().all(|r| r.outcome == Outcome::Accepted));
    let id = record.id.to_string();
    let receipt = record.consent.receipt.to_string();
    let steward = server.sign_in("steward").await;
    server.review(&steward, &id, "approve").await;
    server
        .review(&steward, &other.id.to_string(), "approve")
        .await;

    // The digits are never stored: the steward's copy of the consent has none.
    let kantara = steward_receipt(&server, &steward, &id)
        .await
        .text()
        .await
        .unwrap();
    assert!(!kantara.contains("\"access\""), "{kantara}");

    // Wrong second factor and unknown code: the same answer.
    let wrong = post(
        server.url("/community/lookup"),
        json!({ "receipt": receipt, "access": "0000" }),
    )
    .await;
    assert_eq!(wrong.status(), StatusCode::NOT_FOUND);
    let wrong: Value = wrong.json().await.unwrap();
    let unknown = post(
        server.url("/community/lookup"),
        json!({ "receipt": "0000-0000-0000-0", "access": DIGITS }),
    )
    .await;
    assert_eq!(unknown.status(), StatusCode::NOT_FOUND);
    let unknown: Value = unknown.json().await.unwrap();
    assert_eq!(
        wrong, unknown,
        "no difference between a wrong factor and no code"
    );
    assert_eq!(wrong["error"], "err-receipt-not-found");

    // The right pair, typed loosely (lower case, no dashes), answered in French.
    let loose = receipt.replace('-', "").to_lowercase();
    let found = post(
        server.url("/community/lookup"),
        json!({ "receipt": loose, "access": DIGITS, "lang": "fr" }),
    )
    .await;
    assert_eq!(found.status(), StatusCode::OK);
    let text = found.text().await.unwrap();
    let standing: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(standing["status"], "active");
    assert_eq!(standing["receipt"], receipt.as_str());
    assert_eq!(standing["taken_by"], "enumerator");
    let labels: Vec<&str> = standing["purposes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["accepted"] == true)
        .map(|p| p["label"].as_str().unwrap())
        .collect();
    assert!(labels.contains(&"Évaluation des besoins"), "{labels:?}");
    let categories = standing["categories"].as_array().unwrap();
    assert!(
        categories.contains(&json!("Localisation")),
        "{categories:?}"
    );
    assert!(
        categories.contains(&json!("Membres du ménage")),
        "{categories:?}"
    );
    let name = match record.answers.get("respondent_name") {
        Some(forms::model::Answer::Value(v)) => v.clone(),
        _ => panic!("the demo household has a name"),
    };
    assert!(!text.contains(&name), "answers are never shown: {text}");
    // The Kantara consent receipt as a file, from the page's plain form.
    let file = Client::new()
        .post(server.url("/community/receipt"))
        .form(&[("receipt", receipt.as_str()), ("access", DIGITS)])
        .send()
        .await
        .unwrap();
    assert_eq!(file.status(), StatusCode::OK);
    assert!(
        file.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .starts_with("attachment")
    );
    let kept: Value = file.json().await.unwrap();
    assert_eq!(kept["piiPrincipalId"], receipt.as_str());

    // The steward exports; the export shows on the review page.
    assert!(
        server
            .get_text(&steward, "/exports/steward")
            .await
            .contains(&id)
    );
    let standing = answered(
        server.url("/community/lookup"),
        json!({ "receipt": receipt, "access": DIGITS }),
    )
    .await;
    assert_eq!(standing["shared"][0]["profile"], "steward", "{standing}");

    // Withdraw the needs assessment only: the record leaves that purpose's export at
    // once, and is still held for the others.
    let after = answered(
        server.url("/community/withdraw"),
        json!({ "receipt": receipt, "access": DIGITS, "purposes": [NEEDS_ASSESSMENT] }),
    )
    .await;
    let needs = after["purposes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["id"] == NEEDS_ASSESSMENT)
        .unwrap();
    assert_eq!(needs["active"], false, "{after}");
    assert!(needs["withdrawn_at"].is_string());
    assert_eq!(after["status"], "active");
    let export = server.get_text(&steward, "/exports/steward").await;
    assert!(!export.contains(&id), "withdrawn from the needs assessment");
    assert!(export.contains(&other.id.to_string()), "others stay");
    let list = server.submissions(&steward).await;
    let held = list.iter().find(|s| s["id"] == id.as_str()).unwrap();
    assert_eq!(held["purposes"], json!([SHARING, REFERRAL]), "{held}");

    // The notice: the steward's earlier export must stop using it for that purpose.
    let notice = server.get_text(&steward, "/withdrawals/notice").await;
    assert!(
        !notice.contains(&receipt),
        "a receipt code is half a key: {notice}"
    );
    assert!(
        notice.contains(&id),
        "the team's export named it by its id: {notice}"
    );
    assert!(
        notice.contains("stop using this record for needs_assessment"),
        "{notice}"
    );

    // Withdraw everything: the answers go now; the code still says what happened.
    let gone = answered(
        server.url("/community/withdraw"),
        json!({ "receipt": receipt, "access": DIGITS, "everything": true }),
    )
    .await;
    assert_eq!(gone["status"], "withdrawn", "{gone}");
    assert!(gone["ended_at"].is_string());
    let answers = steward_receipt(&server, &steward, &id).await;
    assert_eq!(
        answers.status(),
        StatusCode::NOT_FOUND,
        "the answers are deleted"
    );
    // Nothing is kept to check the digits against any more (not even their hash): later,
    // the code and digits find nothing, as any wrong pair.
    let later = post(
        server.url("/community/lookup"),
        json!({ "receipt": receipt, "access": DIGITS }),
    )
    .await;
    assert_eq!(later.status(), StatusCode::NOT_FOUND);
    if let Some(file) = server.sqlite_file() {
        use sqlx::Connection;
        let mut db = sqlx::SqliteConnection::connect(&format!("sqlite://{}", file.display()))
            .await
            .unwrap();
        let hashes: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM tombstones WHERE access_hash IS NOT NULL")
                .fetch_one(&mut db)
                .await
                .unwrap();
        assert_eq!(hashes, 0, "a tombstone kept the factor's hash");
    }
    let notice = server.get_text(&steward, "/withdrawals/notice").await;
    assert!(notice.contains("delete this record"), "{notice}");
}

/// From one network: five wrong guesses at a code, then even the right digits wait (and
/// the answer says how long); another spelling of the same code is the same code; after
/// the wait the right pair works.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn guessing_is_throttled_per_code_whatever_its_spelling() {
    let server = Server::start().await;
    let phone = server.enroll().await;
    let record = with_access(&[NEEDS_ASSESSMENT]);
    phone.sync(std::slice::from_ref(&record)).await;
    let receipt = record.consent.receipt.to_string();
    let spellings = [
        receipt.clone(),
        receipt.to_lowercase(),
        receipt.replace('-', ""),
        receipt.replace('-', " "),
        format!(" {} ", receipt.to_lowercase().replace('-', "")),
    ];
    for (spelling, guess) in spellings
        .iter()
        .zip(["0001", "0002", "0003", "0004", "0005"])
    {
        let r = post(
            server.url("/community/lookup"),
            json!({ "receipt": spelling, "access": guess }),
        )
        .await;
        assert_eq!(r.status(), StatusCode::NOT_FOUND, "{spelling} {guess}");
    }
    // A sixth spelling is still the same code: it waits, even with the right digits.
    let r = post(
        server.url("/community/lookup"),
        json!({ "receipt": receipt.to_lowercase(), "access": DIGITS }),
    )
    .await;
    assert_eq!(r.status(), StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(
        error_of(r).await,
        "err-too-many-attempts",
        "a wait, not a lock"
    );
    // Another code from the same network is not held up by this one.
    let other = with_access(&[NEEDS_ASSESSMENT]);
    phone.sync(std::slice::from_ref(&other)).await;
    answered(
        server.url("/community/lookup"),
        json!({ "receipt": other.consent.receipt.to_string(), "access": DIGITS }),
    )
    .await;
    // After the wait, the right pair works.
    tokio::time::sleep(std::time::Duration::from_millis(1_100)).await;
    answered(
        server.url("/community/lookup"),
        json!({ "receipt": receipt, "access": DIGITS }),
    )
    .await;
}

async fn error_of(response: reqwest::Response) -> String {
    let body: Value = response.json().await.expect("an error body");
    body["error"].as_str().unwrap_or_default().to_string()
}

/// A lookup from a given client network, through the trusted local proxy.
async fn lookup_from(server: &Server, network: &str, receipt: &str, digits: &str) -> StatusCode {
    Client::new()
        .post(server.url("/community/lookup"))
        .header("x-forwarded-for", network)
        .json(&json!({ "receipt": receipt, "access": digits }))
        .send()
        .await
        .expect("the server answers")
        .status()
}

/// 200 guesses released together from one network: the reservation comes before any
/// work, so only the five free ones are checked (the rest wait), and the respondent, on
/// their own network, is let in at once with the right digits.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_burst_of_guesses_gets_five_checks_and_never_keeps_the_respondent_out() {
    let server = std::sync::Arc::new(Server::start_behind_proxy().await);
    let phone = server.enroll().await;
    let record = with_access(&[NEEDS_ASSESSMENT]);
    phone.sync(std::slice::from_ref(&record)).await;
    let receipt = record.consent.receipt.to_string();
    let started = std::time::Instant::now();
    let guesses: Vec<_> = (0..200)
        .map(|i| {
            let (server, receipt) = (server.clone(), receipt.clone());
            // Never the right digits (4821), so every checked guess is a 404.
            let digits = format!("{:04}", 5000 + i);
            tokio::spawn(
                async move { lookup_from(&server, "203.0.113.7", &receipt, &digits).await },
            )
        })
        .collect();
    let mut checked = 0;
    for guess in guesses {
        match guess.await.unwrap() {
            StatusCode::NOT_FOUND => checked += 1,
            StatusCode::TOO_MANY_REQUESTS => {}
            other => panic!("a guess was answered {other}"),
        }
    }
    // Five free, then one more after 1 s, 2 s more, 4 s more … of the burst's duration.
    let elapsed = started.elapsed().as_secs_f64();
    let later = [1.0, 3.0, 7.0, 15.0, 31.0]
        .iter()
        .filter(|t| **t <= elapsed)
        .count();
    assert!(
        (5..=5 + later).contains(&checked),
        "{checked} guesses were checked in {elapsed:.1} s"
    );
    assert_eq!(
        lookup_from(&server, "198.51.100.20", &receipt, DIGITS).await,
        StatusCode::OK,
        "the respondent, elsewhere, is not kept out"
    );
    // An IPv6 attacker does not get a new allowance per address inside one /64.
    for host in 1..=10 {
        let status = lookup_from(&server, &format!("2001:db8:5:6::{host}"), &receipt, "0000").await;
        let expected = if host <= 5 {
            StatusCode::NOT_FOUND
        } else {
            StatusCode::TOO_MANY_REQUESTS
        };
        assert_eq!(status, expected, "2001:db8:5:6::{host}");
    }
}

/// Many networks together: each gets at most ten guesses at a code, and the code itself at
/// most fifty wrong ones, ever; then it is locked (even the right digits are refused, with
/// their own message) and the guessing bound holds: 50 of 10,000.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_code_is_locked_for_good_after_fifty_wrong_guesses_from_anywhere() {
    let server = Server::start_behind_proxy().await;
    let phone = server.enroll().await;
    let record = with_access(&[NEEDS_ASSESSMENT]);
    phone.sync(std::slice::from_ref(&record)).await;
    let receipt = record.consent.receipt.to_string();
    let mut wrong = 0;
    'networks: for network in 1..=20 {
        let address = format!("192.0.2.{network}");
        for n in 0..5 {
            let digits = format!("{:04}", network * 10 + n);
            match lookup_from(&server, &address, &receipt, &digits).await {
                StatusCode::NOT_FOUND => wrong += 1,
                StatusCode::LOCKED => break 'networks,
                other => panic!("guess {digits} from {address}: {other}"),
            }
        }
    }
    assert_eq!(wrong, 50, "fifty wrong guesses were checked, no more");
    let r = Client::new()
        .post(server.url("/community/lookup"))
        .header("x-forwarded-for", "198.51.100.99")
        .json(&json!({ "receipt": receipt, "access": DIGITS }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::LOCKED);
    assert_eq!(error_of(r).await, "err-code-locked");
    // Other codes are untouched.
    let other = with_access(&[NEEDS_ASSESSMENT]);
    phone.sync(std::slice::from_ref(&other)).await;
    assert_eq!(
        lookup_from(
            &server,
            "192.0.2.1",
            &other.consent.receipt.to_string(),
            DIGITS
        )
        .await,
        StatusCode::OK
    );
}

/// An enumerator records a withdrawal in the field (offline); it comes with the next batch
/// and takes effect at once. A code the server does not hold yet is not acknowledged, so
/// the phone sends it again later.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_withdrawal_recorded_in_the_field_syncs_like_a_record() {
    let server = Server::start().await;
    let phone = server.enroll().await;
    let record = with_access(&[NEEDS_ASSESSMENT, REFERRAL]);
    phone.sync(std::slice::from_ref(&record)).await;
    let receipt = record.consent.receipt.to_string();
    let elsewhere = forms::receipt::ReceiptCode::generate().unwrap().to_string();
    let response = phone
        .post_batch(&json!({
            "records": [],
            "withdrawals": [receipt, elsewhere],
        }))
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let ack: Value = response.json().await.unwrap();
    assert_eq!(ack["withdrawn"], json!([receipt]), "{ack}");

    let steward = server.sign_in("steward").await;
    let gone = steward_receipt(&server, &steward, &record.id.to_string()).await;
    assert_eq!(
        gone.status(),
        StatusCode::NOT_FOUND,
        "the answers are deleted"
    );
    let after = post(
        server.url("/community/lookup"),
        json!({ "receipt": receipt, "access": DIGITS }),
    )
    .await;
    assert_eq!(after.status(), StatusCode::NOT_FOUND, "nothing is kept");
    // Sent again (the acknowledgement was lost): still done, nothing breaks.
    let again: Value = phone
        .post_batch(&json!({
            "records": [],
            "withdrawals": [receipt],
        }))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(again["withdrawn"], json!([receipt]));
}

/// Withdrawn means gone from the disk too: the answers' bytes are in neither the SQLite
/// file nor its write-ahead log once the withdrawal is answered.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_withdrawn_record_leaves_no_trace_in_the_database_files() {
    let server = Server::start().await;
    let Some(file) = server.sqlite_file() else {
        return; // PostgreSQL: its dead rows go at VACUUM (the purge runs it).
    };
    let phone = server.enroll().await;
    let mut record = with_access(&[NEEDS_ASSESSMENT]);
    let marker = format!("zq{}xv", record.id.simple());
    record.answers.insert(
        "comments".into(),
        forms::model::Answer::Value(format!("she lives at {marker}")),
    );
    phone.sync(std::slice::from_ref(&record)).await;
    let on_disk = || {
        ["", "-wal"].iter().any(|suffix| {
            let path = format!("{}{suffix}", file.display());
            std::fs::read(&path)
                .is_ok_and(|bytes| bytes.windows(marker.len()).any(|w| w == marker.as_bytes()))
        })
    };
    assert!(on_disk(), "the marker is stored at first");
    answered(
        server.url("/community/withdraw"),
        json!({ "receipt": record.consent.receipt.to_string(), "access": DIGITS, "everything": true }),
    )
    .await;
    assert!(!on_disk(), "the withdrawn answers are still in the files");
}

/// A receipt slip alone, on another enumerator's phone, withdraws nothing when the
/// respondent chose digits: the withdrawal is refused (and said so) without them, carried
/// out with them, and audited with the enumerator and the device either way.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_field_withdrawal_by_another_enumerator_needs_the_respondents_digits() {
    let server = Server::start().await;
    let phone = server.enroll().await;
    let records = [
        with_access(&[NEEDS_ASSESSMENT]),
        with_access(&[NEEDS_ASSESSMENT]),
    ];
    phone.sync(&records).await;
    let other = server.enroll_another_enumerator("halima").await;
    let (first, second) = (
        records[0].consent.receipt.to_string(),
        records[1].consent.receipt.to_string(),
    );
    let ack: Value = other
        .post_batch(&json!({ "records": [], "withdrawals": [first, second],
                             "withdrawal_access": { second.clone(): "0000" } }))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(ack["withdrawn"], json!(null), "{ack}");
    assert_eq!(ack["refused_withdrawals"], json!([first, second]), "{ack}");
    let steward = server.sign_in("steward").await;
    for r in &records {
        let still = steward_receipt(&server, &steward, &r.id.to_string()).await;
        assert_eq!(still.status(), StatusCode::OK, "nothing was withdrawn");
    }
    // With the respondent's digits, the other enumerator's phone withdraws it.
    let ack: Value = other
        .post_batch(&json!({ "records": [], "withdrawals": [first],
                             "withdrawal_access": { first.clone(): DIGITS } }))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(ack["withdrawn"], json!([first]), "{ack}");
    // The enumerator who took the consent needs only the slip.
    let ack: Value = phone
        .post_batch(&json!({ "records": [], "withdrawals": [second] }))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(ack["withdrawn"], json!([second]), "{ack}");
    let events = server.db().await.audit_events().await.unwrap();
    let by = format!("halima (device {})", other.device_id);
    assert!(
        events.iter().any(|e| e.actor == by
            && e.action == "withdraw-all"
            && e.subject == records[0].id.to_string()),
        "attributed: {events:?}"
    );
}

/// Withdrawing a purpose that was never accepted, or anything from a refusal, is refused
/// and changes nothing.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_withdrawal_of_what_was_never_given_is_refused() {
    let server = Server::start().await;
    let phone = server.enroll().await;
    let record = with_access(&[NEEDS_ASSESSMENT]);
    let mut refusal = crate::common::refusal();
    refusal.consent.access = Some(DIGITS.into());
    phone.sync(&[record.clone(), refusal.clone()]).await;
    let receipt = record.consent.receipt.to_string();
    let never = post(
        server.url("/community/withdraw"),
        json!({ "receipt": receipt, "access": DIGITS, "purposes": [SHARING] }),
    )
    .await;
    assert_eq!(never.status(), StatusCode::BAD_REQUEST);
    let still = answered(
        server.url("/community/lookup"),
        json!({ "receipt": receipt, "access": DIGITS }),
    )
    .await;
    assert_eq!(still["status"], "active");
    let refused = post(
        server.url("/community/withdraw"),
        json!({ "receipt": refusal.consent.receipt.to_string(), "access": DIGITS, "everything": true }),
    )
    .await;
    assert_eq!(refused.status(), StatusCode::BAD_REQUEST);
    let standing = answered(
        server.url("/community/lookup"),
        json!({ "receipt": refusal.consent.receipt.to_string(), "access": DIGITS }),
    )
    .await;
    assert_eq!(standing["status"], "refused", "{standing}");
    assert!(
        standing["purposes"]
            .as_array()
            .unwrap()
            .iter()
            .all(|p| p["accepted"] == false)
    );
}

/// The demo's phone number serves only referrals (it is tagged `purpose: referral`).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn answers_serving_a_refused_or_withdrawn_purpose_are_refused_then_erased() {
    const PHONE_NUMBER: &str = "respondent_phone";
    let server = Server::start().await;
    let phone = server.enroll().await;
    let number = forms::model::Answer::Value("+254700123456".into());
    let mut no_referral = with_access(&[NEEDS_ASSESSMENT]);
    no_referral
        .answers
        .insert(PHONE_NUMBER.into(), number.clone());
    let mut referral = with_access(&[NEEDS_ASSESSMENT, REFERRAL]);
    referral.answers.insert(PHONE_NUMBER.into(), number.clone());
    let ack = phone.sync(&[no_referral, referral.clone()]).await;
    match &ack.results[0].outcome {
        Outcome::Rejected { errors, .. } => {
            assert_eq!(errors.len(), 1, "{errors:?}");
            assert_eq!(errors[0].name, PHONE_NUMBER);
            assert_eq!(errors[0].problem, forms::validate::Problem::NotRelevant);
        }
        other => panic!("an answer for a refused purpose was {other:?}"),
    }
    assert_eq!(ack.results[1].outcome, Outcome::Accepted);

    let steward = server.sign_in("steward").await;
    let id = referral.id.to_string();
    let held = |list: Vec<Value>| {
        list.into_iter()
            .find(|s| s["id"] == id.as_str())
            .expect("the record is listed")
    };
    let before = held(server.submissions(&steward).await);
    assert_eq!(before["answers"][PHONE_NUMBER], "+254700123456");

    // Withdrawing the referral erases the number at once; the rest stays.
    let receipt = referral.consent.receipt.to_string();
    let after = answered(
        server.url("/community/withdraw"),
        json!({ "receipt": receipt, "access": DIGITS, "purposes": [REFERRAL] }),
    )
    .await;
    assert_eq!(after["status"], "active", "{after}");
    let now = held(server.submissions(&steward).await);
    assert!(now["answers"].get(PHONE_NUMBER).is_none(), "{now}");
    assert_eq!(
        now["answers"]["respondent_name"],
        before["answers"]["respondent_name"]
    );
    assert_eq!(now["purposes"], json!([NEEDS_ASSESSMENT]));

    // A steward cannot write it back either: a correction is settled like an interview,
    // and the question is never relevant for this record now.
    let mut answers = now["answers"].clone();
    answers[PHONE_NUMBER] = json!("+254700123456");
    let put = steward
        .put(server.url(&format!("/submissions/{id}/answers")))
        .json(&json!({ "answers": answers, "comment": "called back" }))
        .send()
        .await
        .unwrap();
    assert_eq!(put.status(), StatusCode::OK);
    let edited = held(server.submissions(&steward).await);
    assert!(edited["answers"].get(PHONE_NUMBER).is_none(), "{edited}");
}

/// A community copy of a receipt: the review page's plain form posts the code and the
/// digits; an API client may add a language.
async fn community_receipt(server: &Server, receipt: &str, lang: Option<&str>) -> Value {
    let mut form = vec![("receipt", receipt), ("access", DIGITS)];
    if let Some(lang) = lang {
        form.push(("lang", lang));
    }
    let response = Client::new()
        .post(server.url("/community/receipt"))
        .form(&form)
        .send()
        .await
        .expect("the server answers");
    assert_eq!(response.status(), StatusCode::OK);
    response.json().await.expect("a receipt")
}

/// Every consent method and a refusal, given in each demo language: the steward's copy,
/// the community API's (asked in another language) and the review page's download are
/// one document, in the respondent's language, and each conforms to the Kantara v1.1
/// schema.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_copy_of_every_receipt_conforms_to_kantara_v1_1() {
    let server = Server::start().await;
    let phone = server.enroll().await;
    let template = forms::demo::household_consent();
    let form = forms::demo::household_form();
    let mut records = Vec::new();
    for lang in ["en", "fr", "ar"] {
        let mut given = one_per_method();
        given.push(refusal());
        for record in &mut given {
            record.consent.language = lang.into();
            record.consent.text_hash = template.text_hash(lang);
            record.consent.access = Some(DIGITS.into());
        }
        records.extend(given);
    }
    let ack = phone.sync(&records).await;
    assert!(
        ack.results.iter().all(|r| r.outcome == Outcome::Accepted),
        "{:?}",
        ack.results
    );
    let steward = server.sign_in("steward").await;
    // The schema the API document gives the receipt: the one written from the
    // specification (forms/assets/kantara-cr-v1.1.schema.json), put in the document.
    let schema = crate::common::document_schema(&server, "KantaraReceipt").await;
    for record in &records {
        let lang = record.consent.language.as_str();
        let code = record.consent.receipt.to_string();
        let response = steward_receipt(&server, &steward, &record.id.to_string()).await;
        assert_eq!(response.status(), StatusCode::OK);
        let steward_copy: Value = response.json().await.unwrap();
        let asked_in = if lang == "en" { "ar" } else { "en" };
        let api_copy = community_receipt(&server, &code, Some(asked_in)).await;
        let page_copy = community_receipt(&server, &code, None).await;
        for (copy, receipt) in [
            ("steward", &steward_copy),
            ("community API", &api_copy),
            ("community page", &page_copy),
        ] {
            let errors: Vec<String> = schema
                .iter_errors(receipt)
                .map(|e| format!("{}: {e}", e.instance_path()))
                .collect();
            assert!(
                errors.is_empty(),
                "{copy} ({lang}): {errors:#?}\n{receipt:#}"
            );
        }
        assert_eq!(
            api_copy, steward_copy,
            "one document wherever it is fetched"
        );
        assert_eq!(
            page_copy, steward_copy,
            "one document wherever it is fetched"
        );

        // In the respondent's language, every text of it.
        let receipt = &steward_copy;
        assert_eq!(receipt["language"], lang);
        assert_eq!(receipt["consentReceiptID"], code.as_str());
        assert_eq!(
            receipt["services"][0]["service"],
            form.title.get(lang, &form.default_language)
        );
        let purposes = receipt["services"][0]["purposes"].as_array().unwrap();
        if record.consent.is_refusal() {
            assert_eq!(purposes.len(), 1, "{receipt:#}");
            assert_eq!(purposes[0]["consentType"], "REFUSED");
            assert_eq!(purposes[0]["purpose"], template.refusal.purpose.0[lang]);
            assert_eq!(
                purposes[0]["termination"],
                template.refusal.termination.0[lang]
            );
            continue;
        }
        assert_eq!(purposes.len(), 2, "{receipt:#}");
        for (purpose, id) in purposes.iter().zip([NEEDS_ASSESSMENT, SHARING]) {
            let p = template.purposes.iter().find(|p| p.id == id).unwrap();
            assert_eq!(purpose["purpose"], p.label.0[lang]);
            assert_eq!(purpose["termination"], p.termination.0[lang]);
            assert_eq!(purpose["consentType"], "EXPLICIT");
            assert_eq!(purpose["purposeCategory"], json!([p.category]));
            assert_eq!(purpose["piiCategory"], json!(p.pii_categories));
            assert_eq!(purpose["thirdPartyDisclosure"], !p.shared_with.is_empty());
            if !p.shared_with.is_empty() {
                assert_eq!(purpose["thirdPartyName"], p.shared_with.0[lang]);
            }
        }
        if lang != "en" {
            assert!(
                !receipt["collectionMethod"]
                    .as_str()
                    .unwrap()
                    .contains("witness"),
                "{receipt:#}"
            );
        }
    }
}
