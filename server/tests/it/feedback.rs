//! Feedback and complaints (issue 23): sent without an account, followed with a tracking
//! code, handled by staff; sensitive categories seen and handled only by their focal
//! points, on SQLite and PostgreSQL alike.

use reqwest::{Client, StatusCode};
use serde_json::{Value, json};

use crate::common::Server;

async fn send(server: &Server, body: Value) -> reqwest::Response {
    Client::new()
        .post(server.url("/community/feedback"))
        .json(&body)
        .send()
        .await
        .unwrap()
}

async fn follow(server: &Server, tracking: &str, lang: Option<&str>) -> reqwest::Response {
    Client::new()
        .post(server.url("/community/feedback/status"))
        .json(&json!({ "tracking": tracking, "lang": lang }))
        .send()
        .await
        .unwrap()
}

async fn act(server: &Server, who: &Client, id: &str, action: Value) -> reqwest::Response {
    who.post(server.url(&format!("/feedback/{id}/act")))
        .json(&action)
        .send()
        .await
        .unwrap()
}

async fn cases(server: &Server, who: &Client) -> Vec<Value> {
    server
        .get_json(who, "/feedback")
        .await
        .as_array()
        .unwrap()
        .clone()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_anonymous_complaint_is_answered_and_read_back_with_its_code() {
    let server = Server::start().await;
    // The categories, in the person's language.
    let categories: Value = Client::new()
        .get(server.url("/community/feedback/categories?project=demo&lang=ar"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let complaint = categories
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == "complaint")
        .unwrap();
    assert_eq!(complaint["label"], "شكوى بشأن المساعدة");
    assert_eq!(complaint["sensitive"], false);

    let response = send(
        &server,
        json!({"project": "demo", "category": "complaint", "language": "ar",
               "message": "لم نحصل على حصة الماء هذا الأسبوع"}),
    )
    .await;
    assert_eq!(response.status(), StatusCode::CREATED);
    let filed: Value = response.json().await.unwrap();
    let tracking = filed["tracking"].as_str().unwrap().to_string();
    assert_eq!(filed["acknowledge_days"], 7);
    assert!(
        forms::receipt::ReceiptCode::parse(&tracking).is_ok(),
        "{tracking}"
    );

    // Read back, typed as people type it (small letters, no dashes).
    let typed = tracking.replace('-', "").to_lowercase();
    let status: Value = follow(&server, &typed, None).await.json().await.unwrap();
    assert_eq!(status["status"], "received");
    assert_eq!(status["category"], "شكوى بشأن المساعدة");
    assert!(status["answer"].is_null());

    // A steward sees it (no contact: anonymous), acknowledges, answers, closes.
    let steward = server.sign_in("steward").await;
    let list = cases(&server, &steward).await;
    assert_eq!(list.len(), 1, "{list:?}");
    let id = list[0]["id"].as_str().unwrap().to_string();
    assert!(list[0]["contact"].is_null());
    let labelled = server.get_json(&steward, "/feedback?lang=fr").await;
    assert_eq!(
        labelled[0]["category_label"],
        "Une plainte sur l'aide reçue"
    );
    assert_eq!(list[0]["channel"], "web");
    assert_eq!(list[0]["overdue"], false);
    let done = act(&server, &steward, &id, json!({"action": "acknowledge"})).await;
    assert_eq!(done.status(), StatusCode::OK);
    let twice = act(&server, &steward, &id, json!({"action": "acknowledge"})).await;
    assert_eq!(twice.status(), StatusCode::CONFLICT);
    let answer = "ستصل شاحنة إضافية يوم الثلاثاء";
    let answered = act(
        &server,
        &steward,
        &id,
        json!({"action": "answer", "text": answer}),
    )
    .await;
    assert_eq!(answered.status(), StatusCode::OK);
    let status: Value = follow(&server, &tracking, Some("en"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(status["status"], "answered");
    assert_eq!(status["answer"], answer);
    assert_eq!(status["category"], "A complaint about the assistance");
    let closed = act(
        &server,
        &steward,
        &id,
        json!({"action": "close", "resolution": "truck scheduled"}),
    )
    .await;
    assert_eq!(closed.status(), StatusCode::OK);
    let after = act(
        &server,
        &steward,
        &id,
        json!({"action": "answer", "text": "x"}),
    )
    .await;
    assert_eq!(
        after.status(),
        StatusCode::CONFLICT,
        "nothing after closing"
    );
    let status: Value = follow(&server, &tracking, None).await.json().await.unwrap();
    assert_eq!(status["status"], "closed");
    assert!(
        status.get("resolution").is_none(),
        "the resolution is for staff"
    );

    // Every step is in the audit chain, by case id, never its text.
    let events = server.db().await.audit_events().await.unwrap();
    let steps: Vec<&str> = events
        .iter()
        .filter(|e| e.subject == id)
        .map(|e| e.action.as_str())
        .collect();
    assert_eq!(
        steps,
        [
            "feedback-filed",
            "feedback-acknowledge",
            "feedback-answer",
            "feedback-close"
        ]
    );
    assert!(events.iter().all(|e| !e.subject.contains("الماء")));

    // A code nobody was given, and one that is not a code.
    let other = forms::receipt::ReceiptCode::generate().unwrap().to_string();
    assert_eq!(
        follow(&server, &other, None).await.status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        follow(&server, "hello", None).await.status(),
        StatusCode::NOT_FOUND
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_sensitive_case_is_seen_and_handled_only_by_its_focal_point() {
    let server = Server::start().await;
    let response = send(
        &server,
        json!({"project": "demo", "category": "sea", "language": "fr",
               "message": "Un distributeur demande des faveurs", "contact": "+243 800 000 000"}),
    )
    .await;
    assert_eq!(response.status(), StatusCode::CREATED);
    let tracking = response.json::<Value>().await.unwrap()["tracking"]
        .as_str()
        .unwrap()
        .to_string();
    // An ordinary one beside it.
    send(
        &server,
        json!({"project": "demo", "category": "question", "message": "When is the next distribution?"}),
    )
    .await;

    for name in ["steward", "reviewer", "partner", "admin"] {
        let who = server.sign_in(name).await;
        let list = cases(&server, &who).await;
        assert!(
            list.iter().all(|c| c["sensitive"] == false),
            "{name} sees a sensitive case: {list:?}"
        );
        let text = serde_json::to_string(&list).unwrap();
        assert!(
            !text.contains("faveurs") && !text.contains("+243"),
            "{name}"
        );
    }
    let focal = server.sign_in("focal").await;
    let list = cases(&server, &focal).await;
    let case = list
        .iter()
        .find(|c| c["category"] == "sea")
        .expect("the focal point sees it");
    assert_eq!(case["contact"], "+243 800 000 000");
    let id = case["id"].as_str().unwrap().to_string();
    // Nobody else can act on it; they are not even told it exists.
    let steward = server.sign_in("steward").await;
    let refused = act(&server, &steward, &id, json!({"action": "acknowledge"})).await;
    assert_eq!(refused.status(), StatusCode::NOT_FOUND);
    // Given to someone who is not its focal point: refused.
    let given = act(
        &server,
        &focal,
        &id,
        json!({"action": "assign", "to": "steward"}),
    )
    .await;
    assert_eq!(given.status(), StatusCode::BAD_REQUEST);
    let referred = act(
        &server,
        &focal,
        &id,
        json!({"action": "refer", "text": "Le point focal PSEA vous appellera."}),
    )
    .await;
    assert_eq!(referred.status(), StatusCode::OK);
    let status: Value = follow(&server, &tracking, None).await.json().await.unwrap();
    assert_eq!(status["status"], "referred");
    assert_eq!(status["answer"], "Le point focal PSEA vous appellera.");

    // A later policy version stops calling the category sensitive: what was filed under
    // that promise stays with its focal point.
    let admin = server.sign_in("admin").await;
    let policy = server::seed::DEMO_POLICY.replacen(
        "id = \"sea\"\nicon = \"safety\"\nsensitive = true",
        "id = \"sea\"\nicon = \"safety\"\nsensitive = false",
        1,
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
    let list = cases(&server, &steward).await;
    let text = serde_json::to_string(&list).unwrap();
    assert!(!text.contains("faveurs"), "filed as sensitive: {text}");
    let refused = act(&server, &steward, &id, json!({"action": "acknowledge"})).await;
    assert_eq!(refused.status(), StatusCode::NOT_FOUND);
    assert!(
        cases(&server, &focal)
            .await
            .iter()
            .any(|c| c["id"] == id.as_str()),
        "its focal point still has it"
    );

    // No export carries any case.
    let ids = server.submission_ids(&steward).await;
    server.approve_all(&steward, &ids).await;
    let export = server
        .get_text(&steward, "/exports/steward?format=json")
        .await;
    assert!(!export.contains("faveurs") && !export.contains("next distribution"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_feedback_is_refused_clearly_and_a_flood_is_slowed() {
    let server = Server::start().await;
    for (body, status) in [
        (
            json!({"project": "demo", "category": "nope", "message": "x"}),
            StatusCode::BAD_REQUEST,
        ),
        (
            json!({"project": "demo", "category": "question", "message": "   "}),
            StatusCode::BAD_REQUEST,
        ),
        (
            json!({"project": "demo", "category": "question", "message": "x".repeat(4001)}),
            StatusCode::BAD_REQUEST,
        ),
        (
            json!({"project": "nowhere", "category": "question", "message": "x"}),
            StatusCode::NOT_FOUND,
        ),
    ] {
        let response = send(&server, body.clone()).await;
        assert_eq!(response.status(), status, "{body}");
        let error: Value = response.json().await.unwrap();
        assert!(error["error"].as_str().is_some(), "{error}");
    }
    // Twenty from one network go through; then the network waits.
    let mut codes = Vec::new();
    for n in 0..20 {
        let response = send(
            &server,
            json!({"project": "demo", "category": "thanks", "message": format!("thank you {n}")}),
        )
        .await;
        assert_eq!(response.status(), StatusCode::CREATED, "{n}");
        codes.push(response.json::<Value>().await.unwrap()["tracking"].clone());
    }
    let flood = send(
        &server,
        json!({"project": "demo", "category": "thanks", "message": "one more"}),
    )
    .await;
    assert_eq!(flood.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(flood.headers().get("retry-after").is_some());
    codes.sort_by_key(Value::to_string);
    codes.dedup();
    assert_eq!(codes.len(), 20, "every case its own code");
}

/// The public dashboard says how much feedback came and was answered, by category, with
/// small counts hidden and sensitive categories only as one total; never any text.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_dashboard_counts_feedback_and_hides_small_and_sensitive_cells() {
    let server = Server::start().await;
    let steward = server.sign_in("steward").await;
    for n in 0..6 {
        let filed = send(
            &server,
            json!({"project": "demo", "category": "question", "message": format!("question {n}")}),
        )
        .await;
        assert_eq!(filed.status(), StatusCode::CREATED);
    }
    for n in 0..2 {
        send(
            &server,
            json!({"project": "demo", "category": "sea", "message": format!("secret {n}")}),
        )
        .await;
    }
    send(
        &server,
        json!({"project": "demo", "category": "thanks", "message": "merci"}),
    )
    .await;
    let list = cases(&server, &steward).await;
    let questions = list.iter().filter(|c| c["category"] == "question");
    for case in questions.take(5) {
        let id = case["id"].as_str().unwrap();
        let done = act(
            &server,
            &steward,
            id,
            json!({"action": "answer", "text": "Soon."}),
        )
        .await;
        assert_eq!(done.status(), StatusCode::OK);
    }
    let page = Client::new()
        .get(format!("http://{}/p/demo/dashboard?lang=en", server.addr))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let row = |label: &str| -> String {
        let at = page
            .find(label)
            .unwrap_or_else(|| panic!("no {label} row: {page}"));
        page[at..].split("</tr>").next().unwrap().to_string()
    };
    assert!(page.contains("Your feedback and complaints"), "{page}");
    let question = row("A question");
    assert!(question.contains("<td>6</td><td>5</td>"), "{question}");
    let thanks = row("Thanks</th>");
    assert!(
        !thanks.contains("<td>1</td>"),
        "one thanks is under k: {thanks}"
    );
    let confidential = row("Confidential reports");
    assert!(!confidential.contains("<td>2</td>"), "{confidential}");
    for text in ["question 0", "secret", "merci", "Soon."] {
        assert!(!page.contains(text), "{text} on the public page");
    }
}

/// A closed case keeps its details only for its category's retention: the purge erases
/// the message, contact and answer, and keeps the category and dates for the counts.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_purge_erases_a_closed_case_past_its_retention() {
    let server = Server::start().await;
    let mut codes = Vec::new();
    for category in ["sea", "question"] {
        let filed: Value = send(
            &server,
            json!({"project": "demo", "category": category, "message": format!("about {category}"),
                   "contact": "+000"}),
        )
        .await
        .json()
        .await
        .unwrap();
        codes.push(filed["tracking"].as_str().unwrap().to_string());
    }
    let focal = server.sign_in("focal").await;
    let steward = server.sign_in("steward").await;
    for (who, category) in [(&focal, "sea"), (&steward, "question")] {
        let list = cases(&server, who).await;
        let case = list.iter().find(|c| c["category"] == category).unwrap();
        let id = case["id"].as_str().unwrap();
        act(
            &server,
            who,
            id,
            json!({"action": "answer", "text": "Done."}),
        )
        .await;
        let closed = act(
            &server,
            who,
            id,
            json!({"action": "close", "resolution": "ok"}),
        )
        .await;
        assert_eq!(closed.status(), StatusCode::OK);
    }
    // The demo policy keeps abuse reports 90 days, other feedback 365.
    let today = time::OffsetDateTime::now_utc().date();
    let as_of = (today + time::Duration::days(100)).to_string();
    // A dry run names what would go and erases nothing.
    let dry = crate::cli::sauti(&server, &["purge", "--dry-run", "--as-of", &as_of]);
    let out = String::from_utf8_lossy(&dry.stdout);
    assert!(dry.status.success(), "{out}");
    assert!(out.contains("1 feedback cases erased"), "{out}");
    assert!(
        out.contains("would go: the details of feedback case"),
        "{out}"
    );
    let sea = &cases(&server, &focal).await;
    let sea = sea.iter().find(|c| c["category"] == "sea").unwrap();
    assert_eq!(sea["message"], "about sea", "a dry run erases nothing");
    let run = crate::cli::sauti(&server, &["purge", "--as-of", &as_of]);
    let out = String::from_utf8_lossy(&run.stdout);
    assert!(
        run.status.success(),
        "{out}{}",
        String::from_utf8_lossy(&run.stderr)
    );
    assert!(out.contains("1 feedback cases erased"), "{out}");
    let sea = &cases(&server, &focal).await;
    let sea = sea.iter().find(|c| c["category"] == "sea").unwrap();
    assert_eq!(sea["message"], "");
    assert!(sea["contact"].is_null() && sea["answer"].is_null() && sea["resolution"].is_null());
    assert_eq!(sea["status"], "closed", "the case itself stays");
    let status: Value = follow(&server, &codes[0], None).await.json().await.unwrap();
    assert!(status["answer"].is_null(), "{status}");
    let question = &cases(&server, &steward).await[0];
    assert_eq!(question["message"], "about question", "365 days not past");
}

/// An enumerator records feedback offline; it comes with a batch, is filed once however
/// often the batch is sent, and the person follows it with the code the phone gave them.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn feedback_recorded_on_a_phone_is_filed_once_and_followed_with_its_code() {
    let server = Server::start().await;
    let phone = server.enroll().await;
    let tracking = forms::receipt::ReceiptCode::generate().unwrap().to_string();
    let item = |id: &str, category: &str| {
        json!({"id": id, "tracking": tracking, "category": category,
               "message": "Le point d'eau est cassé", "language": "fr",
               "recorded_at": "2026-12-06T09:00:00Z"})
    };
    let good = "0193a7c2-7f00-7000-8000-000000000001";
    let unknown = "0193a7c2-7f00-7000-8000-000000000002";
    let batch =
        json!({"records": [], "feedback": [item(good, "complaint"), item(unknown, "weather")]});
    for _ in 0..2 {
        let response = phone.post_batch(&batch).await;
        assert_eq!(response.status(), StatusCode::OK);
        let ack: Value = response.json().await.unwrap();
        assert_eq!(ack["feedback_filed"], json!([good]), "{ack}");
        assert_eq!(ack["feedback_refused"], json!([unknown]), "{ack}");
    }
    let steward = server.sign_in("steward").await;
    let list = cases(&server, &steward).await;
    assert_eq!(list.len(), 1, "filed once: {list:?}");
    assert_eq!(list[0]["channel"], "phone");
    assert_eq!(list[0]["tracking"], tracking.as_str());
    assert_eq!(
        list[0]["recorded_at"], "2026-12-06T09:00:00Z",
        "when the person spoke, by the phone's clock"
    );
    let status: Value = follow(&server, &tracking, None).await.json().await.unwrap();
    assert_eq!(status["status"], "received");
    assert_eq!(status["category"], "Une plainte sur l'aide reçue");
}

/// Looking up tracking codes that do not exist is slowed per network after the free
/// ones: the codes cannot be guessed, but a flood of tries still stops.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn failed_status_look_ups_are_slowed_per_network() {
    let server = Server::start().await;
    let filed: Value = send(
        &server,
        json!({"project": "demo", "category": "question", "message": "When is the next distribution?"}),
    )
    .await
    .json()
    .await
    .unwrap();
    let real = filed["tracking"].as_str().unwrap().to_string();
    let free = server::throttle::NETWORK_LOOKUPS.free;
    for _ in 0..free {
        let wrong = forms::receipt::ReceiptCode::generate().unwrap().to_string();
        let r = follow(&server, &wrong, None).await;
        assert_eq!(r.status(), StatusCode::NOT_FOUND);
    }
    let wrong = forms::receipt::ReceiptCode::generate().unwrap().to_string();
    let slowed = follow(&server, &wrong, None).await;
    assert_eq!(slowed.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(
        slowed.headers().contains_key("retry-after"),
        "{:?}",
        slowed.headers()
    );
    // During the wait even a real code waits: the answer never tells codes apart.
    assert_eq!(
        follow(&server, &real, None).await.status(),
        StatusCode::TOO_MANY_REQUESTS
    );
}

/// A focal point the project does not have is refused when the policy is installed,
/// naming the category and the account: a sensitive category is never left to nobody.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_focal_point_who_is_not_on_the_team_is_refused_at_policy_install() {
    let server = Server::start().await;
    let admin = server.sign_in("admin").await;
    let policy = server::seed::DEMO_POLICY.replacen(
        "focal_points = [\"focal\"]",
        "focal_points = [\"focall\"]",
        1,
    );
    let response = admin
        .put(server.url("/policy"))
        .body(policy)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body: Value = response.json().await.unwrap();
    let problems = body["problems"].to_string();
    assert!(
        problems.contains("`sea`") && problems.contains("`focall`") && problems.contains("team"),
        "{problems}"
    );
    // A monitor is on the team but never signs in to the staff page: refused too.
    let policy = server::seed::DEMO_POLICY.replacen(
        "focal_points = [\"focal\"]",
        "focal_points = [\"monitor\"]",
        1,
    );
    let response = admin
        .put(server.url("/policy"))
        .body(policy)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
}

/// A voice message instead of text: kept with its case (audio only, size-checked, once,
/// right after sending), played only by who may handle the case, erased with the case's
/// details at the end of its category's retention.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_voice_message_is_kept_with_its_case_and_played_only_by_its_handlers() {
    let server = Server::start().await;
    let refused = send(
        &server,
        json!({"project": "demo", "category": "sea", "message": " "}),
    )
    .await;
    assert_eq!(
        refused.status(),
        StatusCode::BAD_REQUEST,
        "no text, no voice"
    );
    let filed: Value = send(
        &server,
        json!({"project": "demo", "category": "sea", "message": "", "voice": true, "language": "so"}),
    )
    .await
    .json()
    .await
    .unwrap();
    let tracking = filed["tracking"].as_str().unwrap().to_string();
    let put = |tracking: &str, content_type: &str, body: Vec<u8>| {
        let url = server.url(&format!("/community/feedback/voice?tracking={tracking}"));
        let content_type = content_type.to_string();
        async move {
            Client::new()
                .put(url)
                .header("content-type", content_type)
                .body(body)
                .send()
                .await
                .unwrap()
                .status()
        }
    };
    let recording: Vec<u8> = b"\x1aE\xdf\xa3 a recording of someone speaking"
        .iter()
        .copied()
        .cycle()
        .take(4000)
        .collect();
    assert_eq!(
        put(&tracking, "text/html", recording.clone()).await,
        StatusCode::BAD_REQUEST
    );
    assert_eq!(
        put(&tracking, "audio/webm", Vec::new()).await,
        StatusCode::BAD_REQUEST
    );
    let too_long = vec![0u8; forms::feedback::MAX_VOICE_BYTES + 1];
    assert_eq!(
        put(&tracking, "audio/webm", too_long).await,
        StatusCode::PAYLOAD_TOO_LARGE
    );
    let unknown = forms::receipt::ReceiptCode::generate().unwrap().to_string();
    assert_eq!(
        put(&unknown, "audio/webm", recording.clone()).await,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        put(&tracking, "audio/webm;codecs=opus", recording.clone()).await,
        StatusCode::NO_CONTENT
    );
    assert_eq!(
        put(&tracking, "audio/webm", b"another".to_vec()).await,
        StatusCode::CONFLICT,
        "never replaced"
    );

    // Only the focal point plays it; the steward is told it does not exist, the monitor
    // is refused.
    let focal = server.sign_in("focal").await;
    let case = cases(&server, &focal).await[0].clone();
    assert_eq!(
        (&case["voice"], &case["message"]),
        (&json!(true), &json!(""))
    );
    let id = case["id"].as_str().unwrap();
    let voice_url = server.url(&format!("/feedback/{id}/voice"));
    let played = focal.get(&voice_url).send().await.unwrap();
    assert_eq!(played.status(), StatusCode::OK);
    assert_eq!(played.headers()["content-type"], "audio/webm");
    assert_eq!(played.bytes().await.unwrap().to_vec(), recording);
    for (who, status) in [("steward", 404), ("reviewer", 404), ("monitor", 403)] {
        let client = server.sign_in(who).await;
        let r = client.get(&voice_url).send().await.unwrap();
        assert_eq!(r.status().as_u16(), status, "{who}");
    }

    // Closed, and past the category's retention: the recording goes with the text.
    for action in [
        json!({"action": "answer", "text": "Waan ka shaqeyneynaa."}),
        json!({"action": "close", "resolution": "referred to protection"}),
    ] {
        assert_eq!(
            act(&server, &focal, id, action).await.status(),
            StatusCode::OK
        );
    }
    let as_of = (time::OffsetDateTime::now_utc().date() + time::Duration::days(100)).to_string();
    let run = crate::cli::sauti(&server, &["purge", "--as-of", &as_of]);
    assert!(run.status.success());
    assert_eq!(
        focal.get(&voice_url).send().await.unwrap().status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(cases(&server, &focal).await[0]["voice"], false);
}
