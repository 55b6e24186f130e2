//! Forms drafted, then published (issue 20), on a real server: an upload is a draft that
//! phones never get and that takes no record; publishing waits for missing files; a
//! project holds several forms, each phone gets all of them; exports cover every
//! published version, each record shaped by its own version's tags; another project's
//! admin can neither see nor publish a draft.

use crate::common::{Server, error_code, valid_submission};
use forms::batch::Outcome;
use forms::consent::NEEDS_ASSESSMENT;
use forms::model::{Answer, Kind, Node};
use reqwest::{Client, StatusCode};
use serde_json::Value;

/// Upload a form definition as `admin`, as a draft; the answer's status and body.
async fn upload(server: &Server, admin: &Client, form: &forms::model::Form) -> (u16, Value) {
    let response = admin
        .post(server.url(&format!("/forms?file_name={}.json", form.id)))
        .body(serde_json::to_vec(form).unwrap())
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    (status, response.json().await.unwrap())
}

/// A key-informant interview beside the household survey: a second form of the project.
fn key_informant() -> forms::model::Form {
    let mut form = forms::demo::chained_form(2);
    form.id = "key_informant".into();
    form.version = "1".into();
    form
}

/// The household survey's next version: one new question, tagged in the form itself.
fn household_v2(tags: &str) -> forms::model::Form {
    let mut form = forms::demo::household_form();
    form.version = format!("{}-{tags}", form.version);
    let mut latrine = Node::new("latrine", Kind::Text);
    latrine.attributes.insert("tags".into(), tags.into());
    form.body.push(latrine);
    form
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_draft_reaches_phones_only_once_published() {
    let server = Server::start().await;
    let admin = server.sign_in("admin").await;
    let kii = key_informant();
    let (status, drafted) = upload(&server, &admin, &kii).await;
    assert_eq!(status, 200, "{drafted}");
    assert_eq!(drafted["state"], "draft", "{drafted}");
    // Nothing in the policy classifies its questions: shown before publishing.
    assert!(
        drafted["unclassified"]
            .as_array()
            .is_some_and(|u| u.iter().any(|q| q == "q1")),
        "{drafted}"
    );

    let phone = server.enroll().await;
    let bundle: Value = phone.bundle().await.json().await.unwrap();
    assert_eq!(bundle["form"]["id"], "household");
    assert!(bundle.get("other_forms").is_none(), "no draft: {bundle}");

    // A crafted record for the draft is refused: drafts take no records.
    let mut record = valid_submission(&[NEEDS_ASSESSMENT]);
    record.form_id = kii.id.clone();
    record.form_version = kii.version.clone();
    let batch = forms::batch::Batch {
        records: vec![record],
        withdrawals: vec![],
        withdrawal_access: Default::default(),
        feedback: Vec::new(),
    };
    let refused = phone
        .post_batch(&serde_json::to_value(&batch).unwrap())
        .await;
    assert_eq!(
        error_code(refused).await,
        "err-form-unknown",
        "a draft takes no records"
    );

    let list = server.get_json(&admin, "/forms").await;
    let forms = list["forms"].as_array().unwrap();
    let listed = forms
        .iter()
        .find(|f| f["form_id"] == "key_informant")
        .unwrap();
    assert_eq!(listed["versions"][0]["state"], "draft", "{list}");
    assert_eq!(listed["versions"][0]["created_by"], "admin");
    assert!(listed.get("live").is_none(), "{listed}");
    let household = forms.iter().find(|f| f["form_id"] == "household").unwrap();
    assert_eq!(household["versions"][0]["state"], "published", "{list}");

    let detail = server
        .get_json(&admin, "/forms/key_informant/versions/1")
        .await;
    assert_eq!(
        detail["form"]["id"], "key_informant",
        "the preview's definition"
    );
    assert_eq!(detail["state"], "draft");

    let published = admin
        .post(server.url("/forms/key_informant/versions/1/publish"))
        .send()
        .await
        .unwrap();
    assert_eq!(published.status(), StatusCode::OK);
    let again = admin
        .post(server.url("/forms/key_informant/versions/1/publish"))
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), StatusCode::CONFLICT, "published once");
    let delete = admin
        .delete(server.url("/forms/key_informant/versions/1"))
        .send()
        .await
        .unwrap();
    assert_eq!(
        delete.status(),
        StatusCode::CONFLICT,
        "a published version stays"
    );

    // Both forms reach the phone: the one published last, and the other.
    let bundle: Value = phone.bundle().await.json().await.unwrap();
    assert_eq!(bundle["form"]["id"], "key_informant", "{bundle}");
    assert_eq!(bundle["other_forms"][0]["id"], "household", "{bundle}");
    // The steward chooses which form to export: both are offered, the newer first.
    let steward = server.sign_in("steward").await;
    let exports = server.get_json(&steward, "/exports").await;
    let offered: Vec<&str> = exports["forms"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["id"].as_str().unwrap())
        .collect();
    assert_eq!(offered, ["key_informant", "household"], "{exports}");
    assert!(
        exports["forms"][1]["title"]
            .as_str()
            .is_some_and(|t| !t.is_empty())
    );
    // Records of the household survey are still taken beside the newer form.
    let household = valid_submission(&[NEEDS_ASSESSMENT]);
    assert_eq!(
        phone.sync(&[household]).await.results[0].outcome,
        Outcome::Accepted
    );

    // A draft can be deleted; every step is audited.
    let (_, next) = upload(&server, &admin, &household_v2("plain")).await;
    let version = next["version"].as_str().unwrap();
    let deleted = admin
        .delete(server.url(&format!("/forms/household/versions/{version}")))
        .send()
        .await
        .unwrap();
    assert_eq!(deleted.status(), StatusCode::OK);
    let gone = admin
        .get(server.url(&format!("/forms/household/versions/{version}")))
        .send()
        .await
        .unwrap();
    assert_eq!(gone.status(), StatusCode::NOT_FOUND);
    let events = server.db().await.audit_events().await.unwrap();
    let actions: Vec<&str> = events.iter().map(|e| e.action.as_str()).collect();
    for action in ["form-drafted", "form-published", "form-draft-deleted"] {
        assert!(actions.contains(&action), "{action} audited: {actions:?}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn publishing_is_refused_while_files_are_missing() {
    let server = Server::start().await;
    let admin = server.sign_in("admin").await;
    let (form, csv) = crate::common::districts_form(50);
    let response = admin
        .post(server.url("/forms?file_name=villages.xlsx"))
        .body(form)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::ACCEPTED);
    let waiting: Value = response.json().await.unwrap();
    assert_eq!(waiting["form_id"], "villages", "read as a draft: {waiting}");
    let version = waiting["version"].as_str().unwrap().to_string();
    let path = format!("/forms/villages/versions/{version}");
    let detail = server.get_json(&admin, &path).await;
    assert_eq!(detail["state"], "waiting", "{detail}");
    assert_eq!(detail["missing"], serde_json::json!(["districts.csv"]));

    let refused = admin
        .post(server.url(&format!("{path}/publish")))
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body: Value = refused.json().await.unwrap();
    assert_eq!(body["error"], "err-form-files-missing", "{body}");
    assert!(
        body["message"].as_str().unwrap().contains("districts.csv"),
        "the message names the file: {body}"
    );

    let attached: Value = admin
        .put(server.url("/media/districts.csv"))
        .header("content-type", "text/csv")
        .body(csv)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(attached["drafts"][0]["form_id"], "villages", "{attached}");
    assert_eq!(
        attached["published"],
        serde_json::json!([]),
        "still a draft"
    );
    let detail = server.get_json(&admin, &path).await;
    assert_eq!(detail["state"], "draft", "{detail}");
    let choices = &detail["form"]["choices"]["districts.csv"];
    assert_eq!(
        choices.as_array().map(Vec::len),
        Some(50),
        "the real file now"
    );
    let published = admin
        .post(server.url(&format!("{path}/publish")))
        .send()
        .await
        .unwrap();
    assert_eq!(published.status(), StatusCode::OK);
    let bundle: Value = server.enroll().await.bundle().await.json().await.unwrap();
    assert_eq!(bundle["form"]["id"], "villages");
}

/// Records of every published version export together after a new version is published,
/// columns united by name, each record shaped by its own version's tags: `latrine` is
/// harmless in one version and names a person in the next, so only the first's answer
/// leaves as it is.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn exports_cover_every_published_version_each_record_by_its_own_tags() {
    let server = Server::start().await;
    let admin = server.sign_in("admin").await;
    let steward = server.sign_in("steward").await;
    let phone = server.enroll().await;
    let first = valid_submission(&[NEEDS_ASSESSMENT]);
    assert_eq!(
        phone.sync(std::slice::from_ref(&first)).await.results[0].outcome,
        Outcome::Accepted
    );
    server.approve_all(&steward, &[first.id.to_string()]).await;

    let mut ids = vec![first.id.to_string()];
    for (tags, answer) in [
        ("plain", "shared pit"),
        ("direct_identifier", "Fatima's pit"),
    ] {
        let form = household_v2(tags);
        let response = admin
            .post(server.url(&format!("/forms?publish=true&file_name={tags}.json")))
            .body(serde_json::to_vec(&form).unwrap())
            .send()
            .await
            .unwrap();
        assert_eq!(
            response.status(),
            StatusCode::OK,
            "{}",
            response.text().await.unwrap()
        );
        let mut record = valid_submission(&[NEEDS_ASSESSMENT]);
        record.form_version = form.version.clone();
        record
            .answers
            .insert("latrine".into(), Answer::Value(answer.into()));
        let outcome = &phone.sync(&[record.clone()]).await.results[0].outcome;
        assert_eq!(*outcome, Outcome::Accepted, "{outcome:?}");
        server.approve_all(&steward, &[record.id.to_string()]).await;
        ids.push(record.id.to_string());
    }

    let csv = server
        .get_text(&steward, "/exports/steward?format=csv")
        .await;
    let mut reader = csv::Reader::from_reader(csv.trim_start_matches('\u{feff}').as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    let column = |name: &str| {
        header
            .iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("{name} in {header:?}"))
    };
    let (id, latrine, water) = (
        column("submission_id"),
        column("latrine"),
        column("water_source"),
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let row = |record: &str| {
        rows.iter()
            .find(|r| &r[id] == record)
            .unwrap_or_else(|| panic!("{record} exported: {csv}"))
    };
    // The first version's record is still there, its answers as they were.
    assert!(!row(&ids[0])[water].is_empty());
    assert_eq!(&row(&ids[0])[latrine], "", "not asked in its version");
    assert_eq!(&row(&ids[1])[latrine], "shared pit", "plain in its version");
    let pseudonym = &row(&ids[2])[latrine];
    assert!(
        pseudonym.starts_with("p-") && !csv.contains("Fatima"),
        "an identifier in its version: pseudonymised ({pseudonym})"
    );
    assert_eq!(rows.len(), 3);
}

/// Another project's admin neither sees nor publishes nor deletes a draft.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn another_project_s_admin_cannot_see_or_publish_a_draft() {
    let server = Server::start().await;
    let admin = server.sign_in("admin").await;
    let (status, _) = upload(&server, &admin, &key_informant()).await;
    assert_eq!(status, 200);
    let olga = server
        .admin_of_new_project("other", "Another organisation", "olga")
        .await;

    let list = server.get_json(&olga, "/forms").await;
    assert_eq!(list["forms"], serde_json::json!([]), "{list}");
    let path = server.url("/forms/key_informant/versions/1");
    let seen = olga.get(&path).send().await.unwrap();
    assert_eq!(seen.status(), StatusCode::NOT_FOUND);
    let published = olga.post(format!("{path}/publish")).send().await.unwrap();
    assert_eq!(error_code(published).await, "err-not-found");
    let deleted = olga.delete(&path).send().await.unwrap();
    assert_eq!(deleted.status(), StatusCode::NOT_FOUND);
    // Still a draft in its own project.
    let detail = server
        .get_json(&admin, "/forms/key_informant/versions/1")
        .await;
    assert_eq!(detail["state"], "draft");
    // A steward of the project itself is not an admin.
    let steward = server.sign_in("steward").await;
    let denied = steward.get(server.url("/forms")).send().await.unwrap();
    assert_eq!(denied.status(), StatusCode::FORBIDDEN);
}
