//! Audio-first interviews (issue 24): a coordinator's recording of the consent text kept
//! as the template's recording in a language, and a consent record saying the text was
//! played, followed into every export format and profile.

use forms::batch::Outcome;
use forms::consent::{Decision, Method, NEEDS_ASSESSMENT};
use forms::model::Answer;
use reqwest::{Client, StatusCode};
use serde_json::Value;

use crate::common::{
    LANGUAGE, Server, complete_household, error_code, sheet_text, submission, valid_submission,
    workbook,
};

/// The demo policy's purpose that lets records reach partners.
const SHARING: &str = "partner_sharing";
/// The second factor the respondents chose (the community page asks for it).
const DIGITS: &str = "4821";

/// A complete household in Camp A whose respondent let it be shared (five of them pass
/// the partners' k = 5), the consent text played or not.
fn household(played: bool) -> forms::batch::Submission {
    let mut answers = complete_household();
    answers.insert("admin_area".into(), Answer::Value("Camp A".into()));
    let mut record = submission(
        Decision::Given {
            purposes: vec![NEEDS_ASSESSMENT.into(), SHARING.into()],
            method: Method::Verbal {
                witness: "Amina".into(),
            },
        },
        answers,
    );
    record.consent.played_audio = played;
    record
}

/// `PUT /consent-template/audio/{lang}` with `body` as `kind`.
async fn record(
    server: &Server,
    client: &Client,
    lang: &str,
    kind: &str,
    body: Vec<u8>,
) -> reqwest::Response {
    client
        .put(server.url(&format!("/consent-template/audio/{lang}")))
        .header("content-type", kind)
        .body(body)
        .send()
        .await
        .expect("the server answers")
}

/// A recording made in the browser becomes the template's recording in its language:
/// admins only, audio only, not too long, a language the text is written in; a version
/// records were given under is kept as it was (a new version carries the recording).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_recording_of_the_consent_text_is_installed_into_the_template() {
    let server = Server::start().await;
    let admin = server.sign_in("admin").await;
    let steward = server.sign_in("steward").await;
    let before = server.get_json(&steward, "/consent-template/audio").await;
    assert_eq!(before["audio"], serde_json::json!({}), "{before}");
    assert!(
        before["languages"]
            .as_array()
            .unwrap()
            .contains(&LANGUAGE.into())
    );
    let version = before["version"].as_u64().unwrap();

    let webm = forms::demo::sample_recording(1);
    let denied = record(&server, &steward, LANGUAGE, "audio/webm", webm.clone()).await;
    assert_eq!(denied.status(), StatusCode::FORBIDDEN);
    let page = record(&server, &admin, LANGUAGE, "text/html", webm.clone()).await;
    assert_eq!(page.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(error_code(page).await, "err-invalid-media");
    let video = record(&server, &admin, LANGUAGE, "video/webm", webm.clone()).await;
    assert_eq!(video.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let long = vec![0u8; server::media::MAX_RECORDING_BYTES + 1];
    let long = record(&server, &admin, LANGUAGE, "audio/webm", long).await;
    assert_eq!(long.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let empty = record(&server, &admin, LANGUAGE, "audio/webm", Vec::new()).await;
    assert_eq!(empty.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let unknown = record(&server, &admin, "xx", "audio/webm", webm.clone()).await;
    assert_eq!(unknown.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(error_code(unknown).await, "err-invalid-template");

    // No record yet: the version is corrected in place.
    let kept = record(
        &server,
        &admin,
        LANGUAGE,
        "audio/webm;codecs=opus",
        webm.clone(),
    )
    .await;
    assert_eq!(kept.status(), StatusCode::OK);
    let kept: Value = kept.json().await.unwrap();
    assert_eq!(kept["version"].as_u64(), Some(version), "{kept}");
    let url = kept["audio"][LANGUAGE].as_str().unwrap().to_string();
    assert!(forms::media::is_served(&url), "{url}");
    let served = Client::new()
        .get(server.url("").replace("/api/v1", &url))
        .send()
        .await
        .unwrap();
    assert_eq!(served.status(), StatusCode::OK);
    assert_eq!(served.headers()["content-type"], "audio/webm");
    assert_eq!(served.bytes().await.unwrap().as_ref(), webm.as_slice());
    let bundle: Value = server.enroll().await.bundle().await.json().await.unwrap();
    assert_eq!(
        bundle["consent"]["audio"][LANGUAGE],
        url.as_str(),
        "phones get it"
    );

    // A record under this version: the next recording makes a new version.
    let phone = server.enroll().await;
    let ack = phone.sync(&[valid_submission(&[NEEDS_ASSESSMENT])]).await;
    assert_eq!(ack.results[0].outcome, Outcome::Accepted, "{ack:?}");
    let again = forms::demo::sample_recording(2);
    let newer: Value = record(&server, &admin, LANGUAGE, "audio/ogg", again)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(newer["version"].as_u64(), Some(version + 1), "{newer}");
    assert_ne!(newer["audio"][LANGUAGE], kept["audio"][LANGUAGE]);
}

/// A consent record saying its text was played: accepted only when the template has a
/// recording in its language, and exported as `consent_audio` in every format and profile.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_played_consent_text_is_said_in_every_export() {
    let server = Server::start().await;
    let admin = server.sign_in("admin").await;
    let phone = server.enroll().await;
    // Nothing recorded yet: nothing can have been played.
    let ack = phone.sync(&[household(true)]).await;
    assert!(
        matches!(&ack.results[0].outcome, Outcome::Rejected { .. }),
        "{ack:?}"
    );
    let recorded = record(
        &server,
        &admin,
        LANGUAGE,
        "audio/webm",
        forms::demo::sample_recording(1),
    )
    .await;
    assert_eq!(recorded.status(), StatusCode::OK);
    let mut records: Vec<_> = [true, true, false, false, false]
        .map(household)
        .into_iter()
        .collect();
    for record in &mut records {
        record.consent.access = Some(DIGITS.into());
    }
    let ack = phone.sync(&records).await;
    assert!(
        ack.results.iter().all(|r| r.outcome == Outcome::Accepted),
        "{ack:?}"
    );
    let steward = server.sign_in("steward").await;
    // The respondent's page and both copies of the receipt say how the text reached them.
    let played = forms::i18n::tr(LANGUAGE, "review-consent-played");
    for (record, heard) in [(&records[0], true), (&records[2], false)] {
        let standing = crate::community::answered(
            server.url("/community/lookup"),
            serde_json::json!({ "receipt": record.consent.receipt.to_string(), "access": DIGITS }),
        )
        .await;
        assert_eq!(
            standing["played_audio"].as_bool().unwrap_or(false),
            heard,
            "{standing}"
        );
        let receipt = server
            .get_json(
                &steward,
                &format!("/submissions/{}/consent-receipt", record.id),
            )
            .await;
        let method = receipt["collectionMethod"].as_str().unwrap();
        assert_eq!(method.ends_with(&played), heard, "{method}");
    }
    let ids: Vec<String> = records.iter().map(|r| r.id.to_string()).collect();
    server.approve_all(&steward, &ids).await;
    let partner = server.sign_in("partner").await;

    for (who, profile) in [(&steward, "steward"), (&partner, "partners")] {
        let mut seen: Vec<Vec<String>> = Vec::new();
        let csv = server
            .get_text(who, &format!("/exports/{profile}?format=csv"))
            .await;
        let mut reader = csv::Reader::from_reader(csv.trim_start_matches('\u{feff}').as_bytes());
        let at = reader
            .headers()
            .unwrap()
            .iter()
            .position(|h| h == "consent_audio")
            .unwrap_or_else(|| panic!("{profile} csv: {csv}"));
        seen.push(
            reader
                .records()
                .map(|r| r.unwrap()[at].to_string())
                .filter(|v| !v.starts_with('#'))
                .collect(),
        );
        let json = server
            .get_json(who, &format!("/exports/{profile}?format=json"))
            .await;
        seen.push(
            json["rows"]
                .as_array()
                .unwrap()
                .iter()
                .map(|r| r["consent_audio"].as_str().unwrap_or_default().to_string())
                .collect(),
        );
        let response = who
            .get(server.url(&format!("/exports/{profile}?format=xlsx")))
            .send()
            .await
            .unwrap();
        let bytes = response.bytes().await.unwrap();
        let rows = sheet_text(&mut workbook(&bytes), "records");
        let at = rows[0].iter().position(|h| h == "consent_audio").unwrap();
        seen.push(
            rows[1..]
                .iter()
                .map(|r| r[at].clone())
                .filter(|v| !v.starts_with('#'))
                .collect(),
        );
        for (format, mut values) in ["csv", "json", "xlsx"].into_iter().zip(seen) {
            values.sort_unstable();
            assert_eq!(
                values,
                ["no", "no", "no", "yes", "yes"],
                "{profile} {format}"
            );
        }
    }
}
