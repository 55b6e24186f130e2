//! Governance through the API, on a real server: review states and comments reaching the
//! enumerator's phone, what each role sees, and the policy's versions.

use crate::common::{Server, error_code, valid_submission};
use forms::batch::Outcome;
use forms::consent::NEEDS_ASSESSMENT;
use reqwest::StatusCode;
use serde_json::{Value, json};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_record_sent_back_reaches_its_enumerator_with_the_comment() {
    let server = Server::start().await;
    let phone = server.enroll().await;
    let record = valid_submission(&[NEEDS_ASSESSMENT]);
    assert_eq!(
        phone.sync(std::slice::from_ref(&record)).await.results[0].outcome,
        Outcome::Accepted
    );
    let reviewer = server.sign_in("reviewer").await;
    let url = server.url(&format!("/submissions/{}/review", record.id));

    let silent = reviewer
        .post(&url)
        .json(&json!({ "decision": "has_issues" }))
        .send()
        .await
        .unwrap();
    assert_eq!(
        silent.status(),
        StatusCode::BAD_REQUEST,
        "sent back without a word"
    );

    let response = reviewer
        .post(&url)
        .json(&json!({ "decision": "has_issues", "comment": "Household size 14: please confirm" }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);

    let issues = phone.issues().await;
    assert_eq!(issues.len(), 1, "{issues:?}");
    assert_eq!(issues[0]["receipt"], record.consent.receipt.to_string());
    assert_eq!(issues[0]["comment"], "Household size 14: please confirm");

    // The steward corrects it: state `edited`, and the phone's list empties.
    let steward = server.sign_in("steward").await;
    let edit = steward
        .put(server.url(&format!("/submissions/{}/answers", record.id)))
        .json(&json!({ "answers": record.answers, "comment": "confirmed by phone call" }))
        .send()
        .await
        .unwrap();
    assert_eq!(edit.status(), StatusCode::OK);
    let listed = server.submissions(&steward).await;
    assert_eq!(listed[0]["review_state"], "edited");
    let issues = phone.issues().await;
    assert!(issues.is_empty(), "{issues:?}");

    server
        .review(&steward, &record.id.to_string(), "approve")
        .await;
    let history = server
        .get_json(&steward, &format!("/submissions/{}/comments", record.id))
        .await;
    let history = history.as_array().expect("a list");
    let states: Vec<&str> = history
        .iter()
        .map(|h| h["review_state"].as_str().unwrap())
        .collect();
    assert_eq!(states, ["has_issues", "approved"]);
    assert_eq!(history[0]["by"], "reviewer");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reviewer_sees_pseudonyms_where_the_steward_sees_names() {
    let server = Server::start().await;
    let phone = server.enroll().await;
    let record = valid_submission(&[NEEDS_ASSESSMENT]);
    phone.sync(std::slice::from_ref(&record)).await;
    let name = match record.answers.get("respondent_name") {
        Some(forms::model::Answer::Value(v)) => v.clone(),
        other => panic!("the test household has a name: {other:?}"),
    };

    let steward = server.sign_in("steward").await;
    let as_steward = server.submissions(&steward).await;
    assert_eq!(as_steward[0]["answers"]["respondent_name"], name.as_str());

    let reviewer = server.sign_in("reviewer").await;
    let as_reviewer = server.submissions(&reviewer).await;
    let shown = as_reviewer[0]["answers"]["respondent_name"]
        .as_str()
        .unwrap();
    assert!(shown.starts_with("p-") && !shown.contains(&name), "{shown}");
    // Everything not an identifier is the same.
    assert_eq!(
        as_reviewer[0]["answers"]["water_source"],
        as_steward[0]["answers"]["water_source"]
    );
    // The record's name (the form's `instance_name`: the respondent and the area) is
    // made from what each may see.
    let area = as_steward[0]["answers"]["admin_area"].as_str().unwrap();
    assert_eq!(as_steward[0]["name"], format!("{name} – {area}"));
    let named = as_reviewer[0]["name"].as_str().unwrap();
    assert!(
        named.starts_with("p-") && named.ends_with(&format!(" – {area}")),
        "{named}"
    );
    let text = serde_json::to_string(&as_reviewer).unwrap();
    assert!(!text.contains(&name), "the name leaks somewhere: {text}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_policy_change_is_checked_versioned_and_audited() {
    let server = Server::start().await;
    let admin = server.sign_in("admin").await;
    let current: Value = server.get_json(&admin, "/policy").await;
    assert_eq!(current["version"], 1, "the demo policy is seeded");

    let bad = current["source"]
        .as_str()
        .unwrap()
        .replace("member_age = \"band:10\"", "member_age = \"month\"")
        .replace("shared_with = [\"partner\"]", "shared_with = [\"unicef\"]");
    let response = admin
        .put(server.url("/policy"))
        .body(bad)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["error"], "err-invalid-policy");
    let problems: Vec<&str> = body["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().unwrap())
        .collect();
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(
        problems
            .iter()
            .any(|p| p.contains("member_age: `month` does not fit a question of type integer")),
        "{problems:?}"
    );
    assert!(
        problems
            .iter()
            .any(|p| p.contains("`unicef` is not a partner account")),
        "{problems:?}"
    );

    let same = admin
        .put(server.url("/policy"))
        .body(current["source"].as_str().unwrap().to_string())
        .send()
        .await
        .unwrap()
        .json::<Value>()
        .await
        .unwrap();
    assert_eq!(same, json!({ "version": 1, "changed": false }));

    let shorter = current["source"]
        .as_str()
        .unwrap()
        .replace("retention_days = 180", "retention_days = 90");
    let changed = admin
        .put(server.url("/policy"))
        .body(shorter)
        .send()
        .await
        .unwrap()
        .json::<Value>()
        .await
        .unwrap();
    assert_eq!(changed, json!({ "version": 2, "changed": true }));
    let steward = server.sign_in("steward").await;
    let versions = server.get_json(&steward, "/policy/versions").await;
    let versions = versions.as_array().expect("a list");
    assert_eq!(versions.len(), 2);
    assert_eq!(versions[1]["created_by"], "admin");
    assert_ne!(versions[0]["sha256"], versions[1]["sha256"]);

    // A steward may read the policy but not change it.
    let response = steward
        .put(server.url("/policy"))
        .body("project = \"demo\"")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::FORBIDDEN);
    assert_eq!(error_code(response).await, "err-forbidden");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_admin_adds_accounts_whose_password_is_shown_once() {
    let server = Server::start().await;
    let admin = server.sign_in("admin").await;
    let created: Value = admin
        .post(server.url("/users"))
        .json(&json!({ "username": "unicef", "role": "partner" }))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let password = created["password"].as_str().unwrap().to_string();
    assert_eq!(password.len(), 17, "{created}");

    // The new partner signs in with it, and a policy may now share with them.
    let response = server
        .login(&reqwest::Client::new(), "unicef", &password)
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let listed: Value = server.get_json(&admin, "/users").await;
    assert!(
        listed
            .as_array()
            .unwrap()
            .iter()
            .any(|u| u["username"] == "unicef" && u["role"] == "partner")
    );
    assert!(
        !listed.to_string().contains(&password),
        "passwords are never listed"
    );

    let again = admin
        .post(server.url("/users"))
        .json(&json!({ "username": "unicef", "role": "steward" }))
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), StatusCode::CONFLICT);
    let bad = admin
        .post(server.url("/users"))
        .json(&json!({ "username": "x", "role": "king" }))
        .send()
        .await
        .unwrap();
    assert_eq!(bad.status(), StatusCode::BAD_REQUEST);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_policy_file_that_does_not_fit_stops_the_start_with_every_problem() {
    let dir = tempfile::tempdir().unwrap();
    let policy = dir.path().join("demo.toml");
    std::fs::write(
        &policy,
        "project = \"demo\"\n[fields]\nnickname = [\"direct_identifier\"]\n\
         [exports.open]\npurpose = \"marketing\"\n",
    )
    .unwrap();
    let started = server::start(server::Config {
        demo: true,
        trusted_proxies: Default::default(),
        data_dir: dir.path().join("data"),
        database: None,
        listen: "127.0.0.1:0".parse().unwrap(),
        app_dir: None,
        public_url: None,
        policies: vec![policy],
    })
    .await;
    let message = match started {
        Ok(_) => panic!("a policy that does not fit must stop the start"),
        Err(e) => e.to_string(),
    };
    assert!(message.contains("demo.toml cannot be used"), "{message}");
    assert!(
        message.contains("`nickname` is not a question"),
        "{message}"
    );
    assert!(message.contains("no purpose `marketing`"), "{message}");
}

/// A consent template is installed from its TOML file: checked, versioned, immutable once
/// a record used it; phones get the newest version, and records given under an older one
/// are still accepted.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_consent_template_is_versioned_and_immutable_once_used() {
    let server = Server::start().await;
    let admin = server.sign_in("admin").await;
    let demo = include_str!("../../consent/demo.toml");
    let put = |body: String| admin.put(server.url("/consent-template")).body(body).send();
    let installed = |response: reqwest::Response| async move {
        assert_eq!(response.status(), StatusCode::OK);
        let body: Value = response.json().await.unwrap();
        body["installed"].as_str().unwrap().to_string()
    };
    assert_eq!(
        installed(put(demo.into()).await.unwrap()).await,
        "unchanged"
    );
    // Not used yet: a correction of version 1 is allowed.
    let corrected = demo.replace("Sauti demo project", "Sauti demo project (corrected)");
    assert_eq!(
        installed(put(corrected.clone()).await.unwrap()).await,
        "replaced"
    );

    // A record is given under version 1: it can no longer change.
    let phone = server.enroll().await;
    let first = valid_submission(&[NEEDS_ASSESSMENT]);
    assert_eq!(
        phone.sync(&[first]).await.results[0].outcome,
        Outcome::Accepted
    );
    let again = put(demo.into()).await.unwrap();
    assert_eq!(again.status(), StatusCode::CONFLICT);
    assert_eq!(error_code(again).await, "err-template-in-use");

    // A changed text comes as version 2, which phones receive.
    let v2 = corrected.replace("version = 1", "version = 2").replace(
        "Taking part is your choice",
        "Taking part is always your choice",
    );
    assert_eq!(installed(put(v2).await.unwrap()).await, "created");
    let bundle: Value = phone.bundle().await.json().await.unwrap();
    assert_eq!(bundle["consent"]["version"], 2, "{bundle}");
    // A phone still on version 1 (an interview started before) is not refused.
    let late = valid_submission(&[NEEDS_ASSESSMENT]);
    assert_eq!(
        phone.sync(&[late]).await.results[0].outcome,
        Outcome::Accepted
    );

    // Problems are listed, each saying where; an older version is refused.
    let broken = demo
        .replace("version = 1", "version = 3")
        .replace(", ar = \"تقييم الاحتياجات\"", "");
    let refused = put(broken).await.unwrap();
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body: Value = refused.json().await.unwrap();
    assert_eq!(body["error"], "err-invalid-template");
    assert!(
        body["problems"][0]
            .as_str()
            .unwrap()
            .contains("purposes[1] (needs_assessment).label.ar: missing"),
        "{body}"
    );
    let versions = server.get_json(&admin, "/consent-templates").await;
    assert_eq!(versions[0]["version"], 2);
    assert_eq!(versions[0]["in_use"], false);
    assert_eq!(versions[1]["version"], 1);
    assert_eq!(versions[1]["in_use"], true);
}

/// The consent text read aloud: an admin uploads the recording, the template names it,
/// phones receive the address of its content and fetch it with no account.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_recording_of_the_consent_text_reaches_phones_by_its_content() {
    let server = Server::start().await;
    let admin = server.sign_in("admin").await;
    let recording = forms::demo::sample_recording(1);
    let upload = |client: &reqwest::Client, name: &str, kind: &str| {
        client
            .put(server.url(&format!("/media/{name}")))
            .header("content-type", kind)
            .body(recording.clone())
            .send()
    };
    let uploaded = upload(&admin, "consent-fr.wav", "audio/wav").await.unwrap();
    assert_eq!(uploaded.status(), StatusCode::OK);
    let uploaded: Value = uploaded.json().await.unwrap();
    let url = uploaded["url"].as_str().unwrap().to_string();
    assert!(url.starts_with("/media/") && url.len() == 7 + 64, "{url}");

    let steward = server.sign_in("steward").await;
    let denied = upload(&steward, "consent-fr.wav", "audio/wav")
        .await
        .unwrap();
    assert_eq!(denied.status(), StatusCode::FORBIDDEN);
    let empty = admin
        .put(server.url("/media/silence.wav"))
        .header("content-type", "audio/wav")
        .send()
        .await
        .unwrap();
    assert_eq!(empty.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let not_audio = upload(&admin, "notes.txt", "text/plain").await.unwrap();
    assert_eq!(not_audio.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(error_code(not_audio).await, "err-invalid-media");

    // A template naming a recording not uploaded yet is refused, saying which.
    let demo = include_str!("../../consent/demo.toml");
    let with_audio = |langs: &str| {
        demo.replacen(
            "\n[[purposes]]",
            &format!("\n[audio]\n{langs}\n\n[[purposes]]"),
            1,
        )
    };
    let put = |body: String| admin.put(server.url("/consent-template")).body(body).send();
    let refused = put(with_audio(
        "fr = \"consent-fr.wav\"\nar = \"consent-ar.wav\"",
    ))
    .await
    .unwrap();
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body: Value = refused.json().await.unwrap();
    assert_eq!(body["problems"].as_array().unwrap().len(), 1, "{body}");
    assert!(
        body["problems"][0]
            .as_str()
            .unwrap()
            .contains("audio.ar: \"consent-ar.wav\" has not been uploaded"),
        "{body}"
    );
    let installed = put(with_audio("fr = \"consent-fr.wav\"")).await.unwrap();
    assert_eq!(installed.status(), StatusCode::OK);

    // Phones get the address of the content, and fetch it without any account.
    let phone = server.enroll().await;
    let bundle: Value = phone.bundle().await.json().await.unwrap();
    assert_eq!(bundle["consent"]["audio"]["fr"], url.as_str(), "{bundle}");
    let base = server.url("/").replace("/api/v1/", "");
    let fetched = reqwest::get(format!("{base}{url}")).await.unwrap();
    assert_eq!(fetched.status(), StatusCode::OK);
    assert_eq!(fetched.headers()["content-type"], "audio/wav");
    assert!(
        fetched.headers()["cache-control"]
            .to_str()
            .unwrap()
            .contains("immutable")
    );
    assert_eq!(
        fetched.bytes().await.unwrap().as_ref(),
        recording.as_slice()
    );
    let unknown = reqwest::get(format!("{base}/media/{}", "0".repeat(64)))
        .await
        .unwrap();
    assert_eq!(unknown.status(), StatusCode::NOT_FOUND);
}

/// The consent read again under the same name: the new version points at the new
/// recording, and the recording earlier respondents heard is still served at the address
/// their consent's version holds (it was overwritten: the old address answered 404).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_recording_replaced_under_its_name_stays_at_its_old_address() {
    let server = Server::start().await;
    let admin = server.sign_in("admin").await;
    let upload = |bytes: Vec<u8>| {
        admin
            .put(server.url("/media/consent-fr.wav"))
            .header("content-type", "audio/wav")
            .body(bytes)
            .send()
    };
    let first = forms::demo::sample_recording(1);
    let second = forms::demo::sample_recording(2);
    assert_ne!(first, second);
    let install = || {
        let body = include_str!("../../consent/demo.toml").replacen(
            "\n[[purposes]]",
            "\n[audio]\nfr = \"consent-fr.wav\"\n\n[[purposes]]",
            1,
        );
        admin.put(server.url("/consent-template")).body(body).send()
    };
    let old: Value = upload(first.clone()).await.unwrap().json().await.unwrap();
    assert_eq!(install().await.unwrap().status(), StatusCode::OK);
    let new: Value = upload(second.clone()).await.unwrap().json().await.unwrap();
    assert_eq!(install().await.unwrap().status(), StatusCode::OK);
    let (old, new) = (old["url"].as_str().unwrap(), new["url"].as_str().unwrap());
    assert_ne!(old, new);

    let phone = server.enroll().await;
    let bundle: Value = phone.bundle().await.json().await.unwrap();
    assert_eq!(bundle["consent"]["audio"]["fr"], new, "{bundle}");
    let base = server.url("/").replace("/api/v1/", "");
    for (url, bytes) in [(old, &first), (new, &second)] {
        let fetched = reqwest::get(format!("{base}{url}")).await.unwrap();
        assert_eq!(fetched.status(), StatusCode::OK, "{url}");
        assert_eq!(fetched.bytes().await.unwrap().as_ref(), bytes.as_slice());
    }

    // A choice file replaced (preloads may list people) is not kept: forms read it only
    // at import, and a name taken out of it must be gone.
    let csv = |rows: &str| {
        admin
            .put(server.url("/media/households.csv"))
            .header("content-type", "text/csv")
            .body(format!("name,label\n{rows}"))
            .send()
    };
    let before: Value = csv("h1,Fatima Hassan\nh2,Juma")
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let after: Value = csv("h2,Juma").await.unwrap().json().await.unwrap();
    let kept = server
        .stored_texts("SELECT sha256 FROM media_content")
        .await;
    let hash = |v: &Value| {
        v["url"]
            .as_str()
            .unwrap()
            .trim_start_matches("/media/")
            .to_string()
    };
    assert!(!kept.contains(&hash(&before)), "the old list is gone");
    assert!(kept.contains(&hash(&after)));
    assert!(
        kept.contains(&hash(&json!({ "url": old }))),
        "recordings stay"
    );
}

/// Pictures and recordings beside questions and choices (`media::image`, `media::audio`):
/// uploaded by an admin, named by the form, given to phones as the address of their
/// content; a file not uploaded leaves a warning, not a refusal.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_form_s_pictures_and_recordings_reach_phones_by_their_content() {
    let server = Server::start().await;
    let admin = server.sign_in("admin").await;
    let picture = forms::demo::sample_picture();
    let recording = forms::demo::sample_recording(1);
    for (name, kind, body) in [
        ("well.png", "image/png", picture.clone()),
        ("water-ps.wav", "audio/wav", recording.clone()),
        ("lake.csv", "text/csv", b"name,label\nl1,Lake\n".to_vec()),
    ] {
        let uploaded = admin
            .put(server.url(&format!("/media/{name}")))
            .header("content-type", kind)
            .body(body)
            .send()
            .await
            .unwrap();
        assert_eq!(uploaded.status(), StatusCode::OK, "{name}");
    }
    // A drawing that can carry scripts is not a picture phones are given.
    let svg = admin
        .put(server.url("/media/map.svg"))
        .header("content-type", "image/svg+xml")
        .body("<svg xmlns='http://www.w3.org/2000/svg'/>")
        .send()
        .await
        .unwrap();
    assert_eq!(error_code(svg).await, "err-invalid-media");

    let mut book = rust_xlsxwriter::Workbook::new();
    let rows: [(&str, &[&[&str]]); 2] = [
        (
            "survey",
            &[
                &[
                    "type",
                    "name",
                    "label::English (en)",
                    "label::Pashto (ps)",
                    "media::audio::Pashto (ps)",
                    "media::image",
                ],
                &[
                    "select_one water",
                    "water",
                    "Water?",
                    "اوبه؟",
                    "water-ps.wav",
                    "well.png",
                ],
            ],
        ),
        (
            "choices",
            &[
                &[
                    "list_name",
                    "name",
                    "label::English (en)",
                    "media::image::English (en)",
                ],
                &["water", "well", "Well", "well.png"],
                &["water", "river", "River", "river.png"],
                &["water", "lake", "Lake", "lake.csv"],
                &["water", "sea", "Sea", "the sea.png"],
            ],
        ),
    ];
    for (name, cells) in rows {
        let sheet = book.add_worksheet();
        sheet.set_name(name).unwrap();
        for (r, row) in cells.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                sheet.write_string(r as u32, c as u16, *cell).unwrap();
            }
        }
    }
    let imported = admin
        .post(server.url("/forms?publish=true&file_name=water.xlsx"))
        .body(book.save_to_buffer().unwrap())
        .send()
        .await
        .unwrap();
    assert_eq!(imported.status(), StatusCode::OK);
    let imported: Value = imported.json().await.unwrap();
    // Not uploaded, not a picture (a CSV, never served), not a name a file can have.
    let warnings: Vec<&str> = imported["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(Value::as_str)
        .collect();
    assert_eq!(warnings.len(), 4, "{imported}");
    for expected in [
        // The demo's consent text is in Arabic, English and French: a Pashto speaker
        // would be read it in another language.
        "is not translated into Pashto (ps)",
        "the image `river.png` has not been uploaded",
        "the image `lake.csv` was uploaded as text/csv, not as a picture",
        "the image `the sea.png` cannot be uploaded under that name: rename the file",
    ] {
        assert!(
            warnings.iter().any(|w| w.contains(expected)),
            "{expected}: {warnings:?}"
        );
    }

    let phone = server.enroll().await;
    let bundle: Value = phone.bundle().await.json().await.unwrap();
    let form = &bundle["form"];
    let water = &form["body"][0]["attributes"];
    let image = water["media::image"].as_str().unwrap();
    let audio = water["media::audio::ps"].as_str().unwrap();
    assert!(
        image.starts_with("/media/") && audio.starts_with("/media/"),
        "{water}"
    );
    assert_eq!(
        form["choices"]["water"][0]["attributes"]["media::image::en"],
        image
    );
    // What cannot be shown is left out: the phone never asks for it.
    for i in 1..=3 {
        assert_eq!(
            form["choices"]["water"][i]["attributes"]["media::image::en"],
            ""
        );
    }
    let base = server.url("/").replace("/api/v1/", "");
    let fetched = reqwest::get(format!("{base}{image}")).await.unwrap();
    assert_eq!(fetched.headers()["content-type"], "image/png");
    assert_eq!(fetched.bytes().await.unwrap().as_ref(), picture.as_slice());
    let fetched = reqwest::get(format!("{base}{audio}")).await.unwrap();
    assert_eq!(
        fetched.bytes().await.unwrap().as_ref(),
        recording.as_slice()
    );
}

/// Points of the consent a respondent had explained again show in the stewards' list.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn points_explained_again_show_in_the_stewards_list() {
    let server = Server::start().await;
    let phone = server.enroll().await;
    let mut explained = valid_submission(&[NEEDS_ASSESSMENT]);
    explained.consent.explained_again = vec!["aid_unchanged".into()];
    let plain = valid_submission(&[NEEDS_ASSESSMENT]);
    let ack = phone.sync(&[explained.clone(), plain.clone()]).await;
    assert!(ack.results.iter().all(|r| r.outcome == Outcome::Accepted));
    let steward = server.sign_in("steward").await;
    let list = server.submissions(&steward).await;
    let listed = |id: String| {
        list.iter()
            .find(|s| s["id"] == id.as_str())
            .unwrap()
            .clone()
    };
    assert_eq!(
        listed(explained.id.to_string())["explained_again"],
        // As the question puts it, in the form's default language.
        json!(["Will saying no change the help your household receives?"])
    );
    assert!(
        listed(plain.id.to_string())
            .get("explained_again")
            .is_none()
    );
}

/// Privacy fails closed: a new form version adds questions nobody classified (an
/// enumerator's name, a device id, free text). They appear in no export profile and not in
/// the reviewers' view until the policy classifies them; the policy page lists them.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn questions_nobody_classified_leave_in_no_export_and_no_review() {
    let server = Server::start().await;
    let admin = server.sign_in("admin").await;
    let form = crate::common::xlsform(&[
        &["type", "name", "label", "tags"],
        &["text", "village", "Village", "quasi_identifier"],
        &["integer", "household_size", "How many people?", "plain"],
        &["text", "enumerator_name", "Your name", ""],
        &["deviceid", "device", "", ""],
        &["text", "notes", "Anything else?", ""],
    ]);
    let (phone, form) = server
        .import_and_enroll(&admin, "assessment.xlsx", form)
        .await;
    let mut records = Vec::new();
    for _ in 0..5 {
        let mut r = valid_submission(&[NEEDS_ASSESSMENT, "partner_sharing"]);
        r.form_id = form["id"].as_str().unwrap().into();
        r.form_version = form["version"].as_str().unwrap().into();
        r.answers = [
            ("village", "Kakuma"),
            ("household_size", "4"),
            ("enumerator_name", "Joseph Ekai"),
            ("device", "android-1234"),
            ("notes", "lives with her uncle"),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), forms::model::Answer::Value(v.into())))
        .collect();
        records.push(r);
    }
    let ack = phone.sync(&records).await;
    assert!(
        ack.results
            .iter()
            .all(|r| r.outcome == forms::batch::Outcome::Accepted),
        "{ack:?}"
    );
    let steward = server.sign_in("steward").await;
    let ids: Vec<String> = records.iter().map(|r| r.id.to_string()).collect();
    server.approve_all(&steward, &ids).await;

    let policy = server.get_json(&steward, "/policy").await;
    assert_eq!(
        policy["unclassified"],
        serde_json::json!(["enumerator_name", "device", "notes"]),
        "{policy}"
    );
    let partner = server.sign_in("partner").await;
    for (who, profile) in [(&steward, "steward"), (&partner, "partners")] {
        let csv = server
            .get_text(who, &format!("/exports/{profile}?format=csv"))
            .await;
        let header = csv.lines().next().unwrap_or_default();
        assert!(header.contains("household_size"), "{profile}: {header}");
        for hidden in [
            "enumerator_name",
            "device",
            "notes",
            "Joseph",
            "android-1234",
            "uncle",
        ] {
            assert!(!csv.contains(hidden), "{profile} lets {hidden} out: {csv}");
        }
    }
    let reviewer = server.sign_in("reviewer").await;
    let seen = server.get_json(&reviewer, "/submissions").await["items"].to_string();
    assert!(seen.contains("Kakuma"), "{seen}");
    for hidden in ["Joseph", "android-1234", "uncle"] {
        assert!(!seen.contains(hidden), "the reviewer sees {hidden}");
    }
    // The stewards' own view keeps them (the demo policy says so), to classify them.
    let theirs = server.get_json(&steward, "/submissions").await["items"].to_string();
    assert!(theirs.contains("Joseph Ekai"), "{theirs}");
}

/// OpenStreetMap-style field mapping: a GeoJSON feature collection uploaded beside the
/// form gives the choices of `select_one_from_file buildings.geojson`; it is kept, never
/// served, and a record choosing one of its features is accepted.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_geojson_file_gives_a_forms_choices() {
    let server = Server::start().await;
    let admin = server.sign_in("admin").await;
    let geojson = json!({
        "type": "FeatureCollection",
        "features": [
            { "type": "Feature", "geometry": { "type": "Point", "coordinates": [36.8, -1.3] },
              "properties": { "id": "b1", "title": "Clinic", "amenity": "clinic" } },
            { "type": "Feature", "geometry": { "type": "Point", "coordinates": [36.9, -1.2] },
              "properties": { "id": "b2", "title": "School", "amenity": "school" } }
        ]
    });
    let uploaded = admin
        .put(server.url("/media/buildings.geojson"))
        .header("content-type", "application/geo+json")
        .body(geojson.to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(
        uploaded.status(),
        StatusCode::OK,
        "{}",
        uploaded.text().await.unwrap()
    );
    let form = crate::common::xlsform(&[
        &["type", "name", "label", "tags"],
        &[
            "select_one_from_file buildings.geojson",
            "building",
            "Which building?",
            "plain",
        ],
    ]);
    let (phone, form) = server.import_and_enroll(&admin, "mapping.xlsx", form).await;
    let mut record = valid_submission(&[NEEDS_ASSESSMENT]);
    record.form_id = form["id"].as_str().unwrap().into();
    record.form_version = form["version"].as_str().unwrap().into();
    record.answers = [(
        "building".to_string(),
        forms::model::Answer::Value("b2".into()),
    )]
    .into();
    let ack = phone.sync(std::slice::from_ref(&record)).await;
    assert_eq!(ack.results[0].outcome, Outcome::Accepted, "{ack:?}");
    record.id = forms::batch::new_record_id(1_800_000_000_000).unwrap();
    record.consent.receipt = forms::receipt::ReceiptCode::generate().unwrap();
    record
        .answers
        .insert("building".into(), forms::model::Answer::Value("b9".into()));
    let ack = phone.sync(std::slice::from_ref(&record)).await;
    assert!(
        matches!(ack.results[0].outcome, Outcome::Rejected { .. }),
        "a feature the file lacks: {ack:?}"
    );
}

/// Form and template ids belong to their project: a second organisation on the same
/// server installs the same consent template and uploads the same form (id and version)
/// as the demo project, and one project's records never make the other's template
/// immutable.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_projects_may_use_the_same_form_and_template_ids() {
    let server = Server::start().await;
    let phone = server.enroll().await;
    assert_eq!(
        phone
            .sync(&[valid_submission(&[NEEDS_ASSESSMENT])])
            .await
            .results[0]
            .outcome,
        Outcome::Accepted,
        "the demo project's template v1 is now in use"
    );
    let olga = server
        .admin_of_new_project("other", "Another organisation", "olga")
        .await;

    let demo = include_str!("../../consent/demo.toml");
    let put = |client: &reqwest::Client, body: String| {
        client
            .put(server.url("/consent-template"))
            .body(body)
            .send()
    };
    let created = put(&olga, demo.into()).await.unwrap();
    assert_eq!(created.status(), StatusCode::OK);
    let created: Value = created.json().await.unwrap();
    assert_eq!(created["installed"], "created", "{created}");
    let versions = server.get_json(&olga, "/consent-templates").await;
    assert_eq!(versions[0]["in_use"], false, "{versions}");
    // Not used in this project: still correctable here, while the demo project's is not.
    let corrected = demo.replace("Sauti demo project", "Another organisation");
    let replaced: Value = put(&olga, corrected.clone())
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(replaced["installed"], "replaced", "{replaced}");
    let admin = server.sign_in("admin").await;
    let refused = put(&admin, corrected).await.unwrap();
    assert_eq!(error_code(refused).await, "err-template-in-use");

    let form = serde_json::to_vec(&forms::demo::household_form()).unwrap();
    let uploaded = olga
        .post(server.url("/forms?publish=true&file_name=household.json"))
        .body(form.clone())
        .send()
        .await
        .unwrap();
    assert_eq!(
        uploaded.status(),
        StatusCode::OK,
        "{}",
        uploaded.text().await.unwrap()
    );
    // The same version again in the same project is still refused, by name.
    let again = olga
        .post(server.url("/forms?publish=true&file_name=household.json"))
        .body(form)
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body: Value = again.json().await.unwrap();
    assert!(
        body["message"].as_str().unwrap().contains("already exists"),
        "{body}"
    );
}

/// An enumerator of two projects: a record sent back in one never reaches the phone
/// enrolled in the other (its receipt code and the reviewer's comment are that project's).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_record_sent_back_in_one_project_stays_off_the_phone_of_another() {
    let server = Server::start().await;
    let phone = server.enroll().await;
    let record = valid_submission(&[NEEDS_ASSESSMENT]);
    phone.sync(std::slice::from_ref(&record)).await;
    let reviewer = server.sign_in("reviewer").await;
    let sent = reviewer
        .post(server.url(&format!("/submissions/{}/review", record.id)))
        .json(&json!({ "decision": "has_issues", "comment": "Household size 14: please confirm" }))
        .send()
        .await
        .unwrap();
    assert_eq!(sent.status(), StatusCode::OK);
    assert_eq!(phone.issues().await.len(), 1);

    // The same enumerator joins a second project, with its own form and consent.
    let db = server.db().await;
    db.insert_project("wash", "WASH survey").await.unwrap();
    let mut form = serde_json::to_value(forms::demo::household_form()).unwrap();
    form["id"] = json!("wash_household");
    db.insert_form("wash", &serde_json::from_value(form).unwrap())
        .await
        .unwrap();
    db.insert_consent_template("wash", &forms::demo::household_consent())
        .await
        .unwrap();
    let (enumerator, _) = db.account_by_name("enumerator").await.unwrap().unwrap();
    db.add_membership(enumerator, "wash", server::auth::Role::Enumerator)
        .await
        .unwrap();
    let enrolled = reqwest::Client::new()
        .post(server.url("/devices/enroll"))
        .json(&json!({
            "username": "enumerator",
            "password": server.password("enumerator"),
            "label": "wash phone",
            "project": "wash",
        }))
        .send()
        .await
        .unwrap();
    assert_eq!(enrolled.status(), StatusCode::OK);
    let enrolled: Value = enrolled.json().await.unwrap();
    assert_eq!(enrolled["form"]["id"], "wash_household", "{enrolled}");
    assert!(
        enrolled.get("issues").is_none_or(|i| i == &json!([])),
        "another project's record: {}",
        enrolled["issues"]
    );
    let wash = crate::common::Phone::enrolled(
        &server,
        enrolled["device_id"].as_str().unwrap(),
        enrolled["token"].as_str().unwrap(),
    );
    assert!(wash.issues().await.is_empty(), "another project's record");
    // The first phone still has it.
    assert_eq!(phone.issues().await.len(), 1);
}

/// A decision applies only to a record in a state it applies to: a bulk Approve (the
/// desk's All tab) leaves a rejected record rejected and says which records it approved
/// (what Undo reopens), and approving a record a colleague rejected meanwhile is a 409.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_decision_never_overrides_one_taken_meanwhile() {
    let server = Server::start().await;
    let phone = server.enroll().await;
    let (kept, rejected) = (
        valid_submission(&[NEEDS_ASSESSMENT]),
        valid_submission(&[NEEDS_ASSESSMENT]),
    );
    phone.sync(&[kept.clone(), rejected.clone()]).await;
    let reviewer = server.sign_in("reviewer").await;
    server
        .review(&reviewer, &rejected.id.to_string(), "reject")
        .await;

    let steward = server.sign_in("steward").await;
    let bulk: Value = steward
        .post(server.url("/submissions/review"))
        .json(&json!({
            "ids": [kept.id.to_string(), rejected.id.to_string()],
            "decision": "approve",
        }))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(bulk["changed"], 1, "{bulk}");
    assert_eq!(bulk["ids"], json!([kept.id.to_string()]), "{bulk}");
    let state_of = |listed: &[Value], id: String| {
        listed
            .iter()
            .find(|s| s["id"] == id.as_str())
            .map(|s| s["review_state"].clone())
    };
    let listed = server.submissions(&steward).await;
    assert_eq!(
        state_of(&listed, rejected.id.to_string()),
        Some(json!("rejected"))
    );
    assert_eq!(
        state_of(&listed, kept.id.to_string()),
        Some(json!("approved"))
    );

    let again = steward
        .post(server.url(&format!("/submissions/{}/review", rejected.id)))
        .json(&json!({ "decision": "approve" }))
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), StatusCode::CONFLICT);
    assert_eq!(error_code(again).await, "err-conflict");
    let csv = server.get_text(&steward, "/exports/steward").await;
    assert!(
        !csv.contains(&rejected.id.to_string()),
        "a rejected record left"
    );
}
