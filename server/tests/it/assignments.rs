//! Enumerators assigned to forms (issue 20, `server/src/assignments.rs`): with no
//! assignment an enumerator fills every published form; assigned to some, their phone's
//! bundle carries only those. A record of a form the phone already held is still taken
//! after its enumerator was unassigned from it (nothing saved is lost); a record of a form
//! the phone was never given is refused. Admins and stewards assign, every change audited.

use forms::batch::Outcome;
use forms::consent::NEEDS_ASSESSMENT;
use reqwest::{Client, StatusCode};
use serde_json::{Value, json};

use crate::common::{Phone, Server, valid_submission};

const KII: &str = "key_informant";

/// A second published form beside the demo's household survey.
async fn publish_second_form(server: &Server, admin: &Client) {
    let mut form = serde_json::to_value(forms::demo::household_form()).unwrap();
    form["id"] = json!(KII);
    form["title"] = json!({ "en": "Key informant interview" });
    let published = admin
        .post(server.url(&format!("/forms?publish=true&file_name={KII}.json")))
        .body(form.to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(published.status(), StatusCode::OK);
}

/// The form ids a phone's bundle carries, `form` first.
async fn bundle_forms(phone: &Phone) -> Vec<String> {
    let bundle: Value = phone.bundle().await.json().await.unwrap();
    std::iter::once(&bundle["form"])
        .chain(bundle["other_forms"].as_array().into_iter().flatten())
        .map(|f| f["id"].as_str().unwrap().to_string())
        .collect()
}

async fn assign(
    server: &Server,
    client: &Client,
    username: &str,
    forms: &[&str],
) -> reqwest::Response {
    client
        .put(server.url(&format!("/assignments/{username}")))
        .json(&json!({ "forms": forms }))
        .send()
        .await
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_enumerator_assigned_to_one_form_gets_only_it_and_keeps_what_they_hold() {
    let server = Server::start().await;
    let admin = server.sign_in("admin").await;
    let steward = server.sign_in("steward").await;
    publish_second_form(&server, &admin).await;
    // Before any assignment: every enumerator fills every form.
    let phone_a = server.enroll().await;
    let phone_b = server.enroll_another_enumerator("yusuf").await;
    assert_eq!(bundle_forms(&phone_a).await, [KII, "household"]);
    let listed = server.get_json(&admin, "/assignments").await;
    assert_eq!(listed["forms"].as_array().unwrap().len(), 2);
    assert_eq!(listed["forms"][0]["title"], "Key informant interview");
    assert_eq!(
        listed["enumerators"],
        json!([
            { "username": "enumerator", "every": true, "forms": [KII, "household"] },
            { "username": "yusuf", "every": true, "forms": [KII, "household"] },
        ])
    );

    // The steward assigns the demo enumerator to the key-informant interview only: their
    // phone's bundle carries only it; yusuf's both.
    let assigned = assign(&server, &steward, "enumerator", &[KII]).await;
    assert_eq!(assigned.status(), StatusCode::OK);
    let assigned: Value = assigned.json().await.unwrap();
    assert_eq!(
        assigned,
        json!({ "username": "enumerator", "every": false, "forms": [KII] })
    );
    assert_eq!(bundle_forms(&phone_a).await, [KII]);
    assert_eq!(bundle_forms(&phone_b).await, [KII, "household"]);
    let events = server.db().await.audit_events().await.unwrap();
    assert!(
        events.iter().any(|e| e.actor == "steward"
            && e.action == "forms-assigned"
            && e.subject == format!("demo:enumerator ({KII})")),
        "the assignment is audited"
    );

    // A household record saved on phone A before the change is taken: nothing is lost.
    let held = valid_submission(&[NEEDS_ASSESSMENT]);
    assert_eq!(
        phone_a.sync(std::slice::from_ref(&held)).await.results[0].outcome,
        Outcome::Accepted
    );
    // A phone enrolled after the change never had the household survey: its household
    // record is refused, with the reason, and nothing is stored.
    let new_phone = server.enroll_labelled("second phone").await;
    assert_eq!(bundle_forms(&new_phone).await, [KII]);
    let stray = valid_submission(&[NEEDS_ASSESSMENT]);
    match &new_phone.sync(&[stray]).await.results[0].outcome {
        Outcome::Rejected { reason, .. } => {
            assert_eq!(reason.as_deref(), Some("err-form-not-assigned"))
        }
        other => panic!("a form the phone never had was taken: {other:?}"),
    }
    assert_eq!(server.submission_ids(&steward).await.len(), 1);
    // Yusuf fills every form: his household record is taken.
    assert_eq!(
        phone_b
            .sync(&[valid_submission(&[NEEDS_ASSESSMENT])])
            .await
            .results[0]
            .outcome,
        Outcome::Accepted
    );

    // Assigned to every published form again: every form, also those published later.
    let again: Value = assign(&server, &admin, "enumerator", &["household", KII])
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(again["every"], true);
    assert_eq!(bundle_forms(&new_phone).await, [KII, "household"]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn assignments_are_checked_and_only_admins_and_stewards_make_them() {
    let server = Server::start().await;
    let admin = server.sign_in("admin").await;
    publish_second_form(&server, &admin).await;
    let refused = |response: reqwest::Response| async move {
        let status = response.status();
        let body: Value = response.json().await.unwrap();
        (
            status,
            body["error"].as_str().unwrap_or_default().to_string(),
        )
    };
    // No form at all, a form the project has not published, someone not an enumerator,
    // someone not in the project.
    assert_eq!(
        refused(assign(&server, &admin, "enumerator", &[]).await).await,
        (StatusCode::BAD_REQUEST, "err-bad-request".into())
    );
    assert_eq!(
        refused(assign(&server, &admin, "enumerator", &["no_such_form"]).await).await,
        (StatusCode::BAD_REQUEST, "err-bad-request".into())
    );
    assert_eq!(
        refused(assign(&server, &admin, "steward", &[KII]).await).await,
        (StatusCode::NOT_FOUND, "err-not-found".into())
    );
    assert_eq!(
        refused(assign(&server, &admin, "nobody.here", &[KII]).await).await,
        (StatusCode::NOT_FOUND, "err-not-found".into())
    );
    for role in ["reviewer", "partner"] {
        let caller = server.sign_in(role).await;
        assert_eq!(
            refused(assign(&server, &caller, "enumerator", &[KII]).await).await,
            (StatusCode::FORBIDDEN, "err-forbidden".into()),
            "{role}"
        );
        let list = caller.get(server.url("/assignments")).send().await.unwrap();
        assert_eq!(list.status(), StatusCode::FORBIDDEN, "{role}");
    }
    // Nothing changed by the refusals.
    let listed = server.get_json(&admin, "/assignments").await;
    assert_eq!(listed["enumerators"][0]["every"], true);
}
