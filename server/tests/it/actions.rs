//! "We did" (issue 23): stewards publish actions on the public dashboard, linked to
//! feedback categories and cases; the page shows them in its language with the count of
//! cases from k on, never a case's words, and a sensitive case is never linked.

use reqwest::{Client, StatusCode};
use serde_json::{Value, json};

use crate::common::*;

const SECRET: &str = "Zqxaction the pump near the school is broken again";

async fn file(server: &Server, category: &str) {
    let response = Client::new()
        .post(server.url("/community/feedback"))
        .json(&json!({"project": "demo", "category": category, "message": SECRET}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::CREATED);
}

async fn publish(server: &Server, who: &Client, body: Value) -> reqwest::Response {
    who.post(server.url("/dashboard/actions"))
        .json(&body)
        .send()
        .await
        .unwrap()
}

async fn dashboard(server: &Server, lang: &str) -> String {
    Client::new()
        .get(format!(
            "http://{}/p/demo/dashboard?lang={lang}",
            server.addr
        ))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_published_action_shows_on_the_dashboard_with_its_count_of_cases() {
    let server = Server::start().await;
    for _ in 0..6 {
        file(&server, "complaint").await;
    }
    file(&server, "question").await;
    file(&server, "sea").await;
    let steward = server.sign_in("steward").await;
    let cases = server.get_json(&steward, "/feedback").await;
    let ids = |category: &str| -> Vec<String> {
        cases
            .as_array()
            .unwrap()
            .iter()
            .filter(|c| c["category"] == category)
            .map(|c| c["id"].as_str().unwrap().to_string())
            .collect()
    };
    let complaints = ids("complaint");
    assert_eq!(complaints.len(), 6);

    let response = publish(
        &server,
        &steward,
        json!({
            "date": "2026-11-20",
            "texts": {
                "en": {"title": "Water pump repaired", "text": "The school's pump works again."},
                "fr": {"title": "Pompe à eau réparée", "text": "La pompe de l'école fonctionne à nouveau."},
                "ar": {"title": "تم إصلاح مضخة المياه", "text": ""}
            },
            "categories": ["complaint"],
            "cases": complaints,
        }),
    )
    .await;
    assert_eq!(response.status(), StatusCode::CREATED);
    let action: Value = response.json().await.unwrap();
    assert_eq!(action["cases"], 6);
    assert_eq!(action["published_by"], "steward");
    // One case only: its count is under k, so the page names no number.
    let response = publish(
        &server,
        &steward,
        json!({"date": "2026-11-25", "texts": {"en": {"title": "Distribution times posted"}},
               "cases": ids("question")}),
    )
    .await;
    assert_eq!(response.status(), StatusCode::CREATED);

    let french = dashboard(&server, "fr").await;
    assert!(french.contains("Pompe à eau réparée"), "{french}");
    assert!(
        french.contains("Retours auxquels elle répond : 6"),
        "{french}"
    );
    assert!(
        french.contains("Sujet : Une plainte sur l&#39;aide reçue"),
        "{french}"
    );
    assert!(
        french.contains("moins de 5 messages"),
        "the single question is not counted: {french}"
    );
    assert!(!french.contains(SECRET), "a case's words are never public");
    let arabic = dashboard(&server, "ar").await;
    assert!(arabic.contains("تم إصلاح مضخة المياه"));
    let _ = std::fs::write(
        std::env::temp_dir().join("sauti-dashboard-actions-ar.html"),
        &arabic,
    );
    // The newest first.
    let english = dashboard(&server, "en").await;
    let newer = english.find("Distribution times posted").unwrap();
    let older = english.find("Water pump repaired").unwrap();
    assert!(newer < older);

    // Withdrawn: gone from the page, and from the steward's list.
    let id = action["id"].as_str().unwrap();
    let gone = steward
        .delete(server.url(&format!("/dashboard/actions/{id}")))
        .send()
        .await
        .unwrap();
    assert_eq!(gone.status(), StatusCode::OK);
    assert!(
        !dashboard(&server, "en")
            .await
            .contains("Water pump repaired")
    );
    let listed = server.get_json(&steward, "/dashboard/actions").await;
    assert_eq!(listed.as_array().unwrap().len(), 1, "{listed}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_sensitive_case_is_never_linked_and_the_refusal_does_not_tell_it_exists() {
    let server = Server::start().await;
    file(&server, "sea").await;
    let focal = server.sign_in("focal").await;
    let sea = server.get_json(&focal, "/feedback").await[0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let steward = server.sign_in("steward").await;
    let refusal = |case: &str| {
        json!({"date": "2026-11-20", "texts": {"en": {"title": "Safeguarding training"}},
               "cases": [case]})
    };
    let sensitive = publish(&server, &steward, refusal(&sea)).await;
    assert_eq!(sensitive.status(), StatusCode::BAD_REQUEST);
    let sensitive: Value = sensitive.json().await.unwrap();
    let unknown = publish(&server, &steward, refusal("no-such-case")).await;
    let unknown: Value = unknown.json().await.unwrap();
    assert_eq!(
        sensitive["message"].as_str().unwrap().replace(&sea, "ID"),
        unknown["message"]
            .as_str()
            .unwrap()
            .replace("no-such-case", "ID"),
        "the same words for a sensitive case and no case"
    );
    // Not even its focal point links it: focal points are not stewards.
    assert_eq!(
        publish(&server, &focal, refusal(&sea)).await.status(),
        StatusCode::FORBIDDEN
    );
    // A sensitive category may be named (a training is public); no case count then.
    let named = publish(
        &server,
        &steward,
        json!({"date": "2026-11-20", "texts": {"en": {"title": "Safeguarding training"}},
               "categories": ["sea"]}),
    )
    .await;
    assert_eq!(named.status(), StatusCode::CREATED);
    let page = dashboard(&server, "en").await;
    assert!(page.contains("Safeguarding training"));
    assert!(!page.contains("In response to feedback") && !page.contains("Feedback it answers"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_bad_action_is_refused_clearly() {
    let server = Server::start().await;
    let steward = server.sign_in("steward").await;
    for (body, words) in [
        (
            json!({"date": "2026-11-20", "texts": {}}),
            "at least one language",
        ),
        (
            json!({"date": "20 Nov", "texts": {"en": {"title": "x"}}}),
            "YYYY-MM-DD",
        ),
        (
            json!({"date": "2999-01-01", "texts": {"en": {"title": "x"}}}),
            "future",
        ),
        (
            json!({"date": "2026-11-20", "texts": {"en": {"title": ""}}}),
            "title",
        ),
        (
            json!({"date": "2026-11-20", "texts": {"en": {"title": "x"}}, "categories": ["weather"]}),
            "`weather`",
        ),
    ] {
        let response = publish(&server, &steward, body.clone()).await;
        assert_eq!(response.status(), StatusCode::BAD_REQUEST, "{body}");
        let error: Value = response.json().await.unwrap();
        assert!(
            error["message"].as_str().unwrap().contains(words),
            "{error}"
        );
    }
    assert!(
        server
            .get_json(&steward, "/dashboard/actions")
            .await
            .as_array()
            .unwrap()
            .is_empty()
    );
}
