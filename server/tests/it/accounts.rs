//! Accounts looked after: changing one's own password (the current one checked, a weak
//! new one refused, other sessions ended), signing out everywhere, an admin's reset (a new
//! password shown once, sessions ended) and disabling (no sign-in, no session, no sync,
//! until enabled again). Every action is audited.

use reqwest::{Client, StatusCode};
use serde_json::{Value, json};

use crate::common::{Server, error_code, valid_submission};
use forms::consent::NEEDS_ASSESSMENT;

fn browser() -> Client {
    Client::builder().cookie_store(true).build().unwrap()
}

async fn sign_in(server: &Server, client: &Client, username: &str, password: &str) -> StatusCode {
    server.login(client, username, password).await.status()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_steward_changes_their_password_and_other_sessions_end() {
    let server = Server::start().await;
    let old = server.password("steward");
    let (here, elsewhere) = (browser(), browser());
    assert_eq!(
        sign_in(&server, &here, "steward", &old).await,
        StatusCode::OK
    );
    assert_eq!(
        sign_in(&server, &elsewhere, "steward", &old).await,
        StatusCode::OK
    );
    let change = |current: &str, new: &str| {
        here.put(server.url("/auth/password"))
            .json(&json!({ "current": current, "new": new }))
            .send()
    };
    let weak = change(&old, "short").await.unwrap();
    assert_eq!(weak.status(), StatusCode::BAD_REQUEST);
    assert_eq!(error_code(weak).await, "err-password-short");
    let with_name = change(&old, "steward-is-my-password").await.unwrap();
    assert_eq!(with_name.status(), StatusCode::BAD_REQUEST);
    let wrong = change("not the password", "tamarind by the well")
        .await
        .unwrap();
    assert_eq!(wrong.status(), StatusCode::UNAUTHORIZED);
    let ok = change(&old, "tamarind by the well").await.unwrap();
    assert_eq!(ok.status(), StatusCode::OK);
    // This session goes on; the other one ended; only the new password signs in.
    let me = |c: &Client| c.get(server.url("/auth/me")).send();
    assert_eq!(me(&here).await.unwrap().status(), StatusCode::OK);
    assert_eq!(
        me(&elsewhere).await.unwrap().status(),
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        sign_in(&server, &browser(), "steward", &old).await,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        sign_in(&server, &browser(), "steward", "tamarind by the well").await,
        StatusCode::OK
    );
    // Signing out everywhere ends this session too.
    let end = here
        .post(server.url("/auth/sessions/end"))
        .send()
        .await
        .unwrap();
    assert_eq!(end.status(), StatusCode::OK);
    assert_eq!(me(&here).await.unwrap().status(), StatusCode::UNAUTHORIZED);
    let events = server.db().await.audit_events().await.unwrap();
    assert!(
        events
            .iter()
            .any(|e| e.actor == "steward" && e.action == "password-changed")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_admin_resets_and_disables_an_account() {
    let server = Server::start().await;
    let admin = server.sign_in("admin").await;
    let reviewer = browser();
    let old = server.password("reviewer");
    assert_eq!(
        sign_in(&server, &reviewer, "reviewer", &old).await,
        StatusCode::OK
    );

    let reset: Value = admin
        .post(server.url("/users/reviewer/reset"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let new = reset["password"]
        .as_str()
        .expect("a new password")
        .to_string();
    assert_ne!(new, old);
    let me = |c: &Client| c.get(server.url("/auth/me")).send();
    assert_eq!(
        me(&reviewer).await.unwrap().status(),
        StatusCode::UNAUTHORIZED,
        "session ended"
    );
    assert_eq!(
        sign_in(&server, &browser(), "reviewer", &old).await,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        sign_in(&server, &reviewer, "reviewer", &new).await,
        StatusCode::OK
    );

    // Disabled: the session ends, no sign-in (the same answer as a wrong password), and
    // the enumerator's phone stops syncing; enabled again, all works.
    let phone = server.enroll().await;
    for name in ["reviewer", "enumerator"] {
        let r = admin
            .post(server.url(&format!("/users/{name}/disable")))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::OK);
        let account: Value = r.json().await.unwrap();
        assert_eq!(account["disabled"], true);
    }
    assert_eq!(
        me(&reviewer).await.unwrap().status(),
        StatusCode::UNAUTHORIZED
    );
    let refused = server.login(&browser(), "reviewer", &new).await;
    assert_eq!(refused.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(error_code(refused).await, "err-sign-in");
    let batch = json!({ "records": [valid_submission(&[NEEDS_ASSESSMENT])] });
    assert_eq!(
        phone.post_batch(&batch).await.status(),
        StatusCode::UNAUTHORIZED
    );
    let own = admin
        .post(server.url("/users/admin/disable"))
        .send()
        .await
        .unwrap();
    assert_eq!(
        own.status(),
        StatusCode::BAD_REQUEST,
        "not one's own account"
    );
    let listed: Value = server.get_json(&admin, "/users").await;
    let row = listed
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["username"] == "reviewer")
        .unwrap()
        .clone();
    assert_eq!(row["disabled"], true);

    for name in ["reviewer", "enumerator"] {
        let r = admin
            .post(server.url(&format!("/users/{name}/enable")))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::OK);
    }
    assert_eq!(
        sign_in(&server, &browser(), "reviewer", &new).await,
        StatusCode::OK
    );
    assert_eq!(phone.post_batch(&batch).await.status(), StatusCode::OK);
    let other = admin
        .post(server.url("/users/nobody-here/reset"))
        .send()
        .await
        .unwrap();
    assert_eq!(other.status(), StatusCode::NOT_FOUND);
    let events = server.db().await.audit_events().await.unwrap();
    for action in ["password-reset", "account-disabled", "account-enabled"] {
        assert!(
            events.iter().any(|e| e.action == action),
            "{action} audited"
        );
    }
}

/// A throttled sign-in's stored keys never say whose address or account they count: a
/// plain SHA-256 of `sign-ins|net:127.0.0.1` is undone by hashing every IPv4 address,
/// and a copy of the database then tied each attempt's time to an address. The keys are
/// sealed with the server's secret, kept outside the database.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stored_attempt_does_not_name_the_caller_s_address() {
    use sha2::{Digest, Sha256};
    let server = Server::start().await;
    let wrong = server
        .login(&Client::new(), "steward", "not the password")
        .await;
    assert_eq!(wrong.status(), StatusCode::UNAUTHORIZED);
    let stored = server.stored_texts("SELECT key FROM attempts").await;
    assert_eq!(stored.len(), 2, "{stored:?}");
    for plain in [
        "sign-ins|net:127.0.0.1",
        "sign-ins|user:steward|net:127.0.0.1",
    ] {
        let hashed: String = Sha256::digest(plain.as_bytes())
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        assert!(
            !stored.contains(&hashed),
            "{plain} is stored as its plain hash"
        );
    }
}
