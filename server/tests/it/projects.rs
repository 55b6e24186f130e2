//! Projects, roles per project and teams (issue 20): an admin creates a project and becomes
//! its admin; a person is steward in one project and reviewer in another, and a session
//! acts in one of them (switched, audited); members are added (new accounts with a
//! password shown once, or existing ones), given another role, removed, with the effect at
//! once on their sessions and phones; a project keeps an admin; archiving stops records
//! and phones but not exports; the password policy; the first admin from `sauti setup`.

use std::process::{Command, Stdio};

use reqwest::{Client, StatusCode};
use serde_json::{Value, json};

use crate::common::{Server, error_code, fresh_postgres_database, valid_submission};
use forms::consent::NEEDS_ASSESSMENT;

fn browser() -> Client {
    Client::builder().cookie_store(true).build().unwrap()
}

/// A new browser signed in with a password.
async fn signed_in(server: &Server, username: &str, password: &str) -> Client {
    let client = browser();
    let response = server.login(&client, username, password).await;
    assert_eq!(response.status(), StatusCode::OK, "{username} signs in");
    client
}

async fn send(request: reqwest::RequestBuilder) -> (StatusCode, Value) {
    let response = request.send().await.expect("the server answers");
    let status = response.status();
    (status, response.json().await.unwrap_or(Value::Null))
}

/// As `admin`: create project `id` (its admin is the caller).
async fn create_project(server: &Server, admin: &Client, id: &str, name: &str) -> Value {
    let (status, body) = send(
        admin
            .post(server.url("/projects"))
            .json(&json!({ "id": id, "name": name })),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    body
}

/// As an admin of `project`: add a new account with `role`; its one-time password.
async fn add_new_member(
    server: &Server,
    admin: &Client,
    project: &str,
    username: &str,
    role: &str,
) -> String {
    let (status, body) = send(
        admin
            .post(server.url(&format!("/projects/{project}/members")))
            .json(&json!({ "username": username, "role": role })),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    body["password"].as_str().expect("a password").to_string()
}

/// Make `client`'s session act in `project`.
async fn act_in(server: &Server, client: &Client, project: &str) -> (StatusCode, Value) {
    send(
        client
            .post(server.url("/auth/project"))
            .json(&json!({ "project_id": project })),
    )
    .await
}

async fn me(server: &Server, client: &Client) -> (StatusCode, Value) {
    send(client.get(server.url("/auth/me"))).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_person_is_steward_in_one_project_and_reviewer_in_another() {
    let server = Server::start().await;
    let admin = server.sign_in("admin").await;
    // Only an admin of some project creates projects; the creator is the new one's admin.
    let steward = server.sign_in("steward").await;
    let (status, _) = send(
        steward
            .post(server.url("/projects"))
            .json(&json!({ "id": "wash", "name": "Water points" })),
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let created = create_project(&server, &admin, "wash", "Water points").await;
    assert_eq!(created["role"], "admin");
    assert_eq!(created["archived"], false);
    let (status, _) = send(
        admin
            .post(server.url("/projects"))
            .json(&json!({ "id": "wash", "name": "Again" })),
    )
    .await;
    assert_eq!(status, StatusCode::CONFLICT, "ids are unique");
    let (status, body) = send(
        admin
            .post(server.url("/projects"))
            .json(&json!({ "id": "Bad Id", "name": "x" })),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");

    // The demo steward becomes a reviewer of the new project.
    let (status, body) = send(
        admin
            .post(server.url("/projects/wash/members"))
            .json(&json!({ "username": "steward", "role": "reviewer", "existing": true })),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert!(
        body.get("password").is_none(),
        "an existing account keeps its password"
    );
    let (_, again) = send(
        admin
            .post(server.url("/projects/wash/members"))
            .json(&json!({ "username": "steward", "role": "reviewer", "existing": true })),
    )
    .await;
    assert_eq!(again["error"], "err-conflict", "a member already");
    let (status, _) = send(
        admin
            .post(server.url("/projects/wash/members"))
            .json(&json!({ "username": "nobody.here", "role": "reviewer", "existing": true })),
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    // Their session acts in one project; /auth/me lists both with the role in each.
    let (_, who) = me(&server, &steward).await;
    assert_eq!(who["project_id"], "demo");
    assert_eq!(who["role"], "steward");
    let roles: Vec<(String, String)> = who["projects"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["id"].as_str().unwrap().into(),
                p["role"].as_str().unwrap().into(),
            )
        })
        .collect();
    assert!(roles.contains(&("demo".into(), "steward".into())), "{who}");
    assert!(roles.contains(&("wash".into(), "reviewer".into())), "{who}");
    let (status, _) = send(steward.get(server.url("/exports"))).await;
    assert_eq!(status, StatusCode::OK, "a steward in demo exports");

    // Switching: the session now acts as a reviewer of wash, which does not export.
    let (status, switched) = act_in(&server, &steward, "wash").await;
    assert_eq!(status, StatusCode::OK, "{switched}");
    assert_eq!(switched["project_id"], "wash");
    assert_eq!(switched["role"], "reviewer");
    let (status, _) = send(steward.get(server.url("/exports"))).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "a reviewer does not export");
    let (status, list) = send(steward.get(server.url("/submissions"))).await;
    assert_eq!(status, StatusCode::OK);
    let items = list.get("items").unwrap_or(&list);
    assert_eq!(
        items,
        &json!([]),
        "wash has no records; demo's are not shown"
    );
    // A project one is not a member of is not found, whether it exists or not.
    for project in ["nowhere", "other"] {
        let (status, _) = send(
            steward
                .post(server.url("/auth/project"))
                .json(&json!({ "project_id": project })),
        )
        .await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{project}");
    }
    // The next sign-in acts in the most recently used project.
    let again = server.sign_in("steward").await;
    let (_, who) = me(&server, &again).await;
    assert_eq!(who["project_id"], "wash");
    assert_eq!(who["role"], "reviewer");

    // Renaming, and the project list.
    let (status, renamed) = send(
        admin
            .put(server.url("/projects/wash"))
            .json(&json!({ "name": "  Water points 2027 " })),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(renamed["name"], "Water points 2027");
    let (status, _) = send(
        steward
            .put(server.url("/projects/wash"))
            .json(&json!({ "name": "Mine now" })),
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN, "a reviewer does not rename");
    let (_, projects) = send(admin.get(server.url("/projects"))).await;
    let ids: Vec<&str> = projects
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids.len(), 2, "{projects}");
    assert!(ids.contains(&"demo") && ids.contains(&"wash"));

    let events = server.db().await.audit_events().await.unwrap();
    for (actor, action) in [
        ("admin", "project-created"),
        ("admin", "member-added"),
        ("steward", "project-switched"),
        ("admin", "project-renamed"),
    ] {
        assert!(
            events
                .iter()
                .any(|e| e.actor == actor && e.action == action),
            "{actor} {action} audited"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_team_is_built_changed_and_taken_apart_with_effect_at_once() {
    let server = Server::start().await;
    let admin = server.sign_in("admin").await;
    create_project(&server, &admin, "nutrition", "Nutrition survey").await;
    let steward_password = add_new_member(&server, &admin, "nutrition", "halima", "steward").await;
    let enumerator_password =
        add_new_member(&server, &admin, "nutrition", "yusuf.k", "enumerator").await;
    add_new_member(&server, &admin, "nutrition", "unicef-data", "partner").await;
    let (_, taken) = send(
        admin
            .post(server.url("/projects/nutrition/members"))
            .json(&json!({ "username": "halima", "role": "steward" })),
    )
    .await;
    assert_eq!(
        taken["error"], "err-conflict",
        "a new account's name is free"
    );
    let (_, members) = send(admin.get(server.url("/projects/nutrition/members"))).await;
    let listed: Vec<(&str, &str)> = members
        .as_array()
        .unwrap()
        .iter()
        .map(|m| (m["username"].as_str().unwrap(), m["role"].as_str().unwrap()))
        .collect();
    assert_eq!(
        listed,
        vec![
            ("admin", "admin"),
            ("halima", "steward"),
            ("unicef-data", "partner"),
            ("yusuf.k", "enumerator")
        ]
    );
    // The demo project's admin team does not show the new members.
    let (_, demo) = send(admin.get(server.url("/users"))).await;
    assert!(!demo.to_string().contains("halima"), "{demo}");

    // The new steward signs in into their only project; the enumerator enrols a phone
    // for it, which the admin sees with its enumerator.
    let halima = signed_in(&server, "halima", &steward_password).await;
    let (_, who) = me(&server, &halima).await;
    assert_eq!(
        (who["project_id"].as_str(), who["role"].as_str()),
        (Some("nutrition"), Some("steward"))
    );
    let enrolled = server
        .enroll_as("yusuf.k", &enumerator_password, "yusuf's phone")
        .await;
    // A project without a form yet gives a phone nothing to work from.
    assert_eq!(enrolled.status(), StatusCode::NOT_FOUND);

    // Changing a role takes effect on the session at once.
    let (status, changed) = send(
        admin
            .put(server.url("/projects/nutrition/members/halima"))
            .json(&json!({ "role": "reviewer" })),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{changed}");
    assert_eq!(changed["role"], "reviewer");
    let (_, who) = me(&server, &halima).await;
    assert_eq!(who["role"], "reviewer");
    let (status, _) = send(halima.get(server.url("/exports"))).await;
    assert_eq!(status, StatusCode::FORBIDDEN);

    // A project keeps an admin.
    let (status, body) = send(
        admin
            .put(server.url("/projects/nutrition/members/admin"))
            .json(&json!({ "role": "steward" })),
    )
    .await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(body["error"], "err-last-admin");
    let (_, body) = send(admin.delete(server.url("/projects/nutrition/members/admin"))).await;
    assert_eq!(body["error"], "err-last-admin");

    // Removing a member ends their session there at once; the account stays.
    let (status, _) = send(admin.delete(server.url("/projects/nutrition/members/halima"))).await;
    assert_eq!(status, StatusCode::OK);
    let (status, _) = me(&server, &halima).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let response = server.login(&browser(), "halima", &steward_password).await;
    assert_eq!(
        response.status(),
        StatusCode::FORBIDDEN,
        "a member of no project"
    );
    let (status, _) = send(admin.delete(server.url("/projects/nutrition/members/halima"))).await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    // Someone who is not an admin of the project manages nothing there.
    let steward = server.sign_in("steward").await;
    for (method, path) in [
        (reqwest::Method::GET, "/projects/nutrition/members"),
        (reqwest::Method::POST, "/projects/nutrition/archive"),
    ] {
        let (status, _) = send(steward.request(method.clone(), server.url(path))).await;
        assert_eq!(
            status,
            StatusCode::NOT_FOUND,
            "{method} {path}: not a member"
        );
    }

    let events = server.db().await.audit_events().await.unwrap();
    for action in ["user-created", "member-role-changed", "member-removed"] {
        assert!(
            events.iter().any(|e| e.actor == "admin"
                && e.action == action
                && e.subject.starts_with("nutrition:")),
            "{action} audited with its project"
        );
    }
}

/// A project keeps an admin who can sign in: with a second admin disabled, the last
/// enabled one can neither step down nor leave (a disabled admin was counted, so the
/// project could be left with nobody to run it); a disabled admin may still be removed.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_project_keeps_an_admin_who_can_sign_in() {
    let server = Server::start().await;
    let admin = server.sign_in("admin").await;
    create_project(&server, &admin, "nutrition", "Nutrition survey").await;
    add_new_member(&server, &admin, "nutrition", "amina", "admin").await;
    let (status, _) = act_in(&server, &admin, "nutrition").await;
    assert_eq!(status, StatusCode::OK);
    let (status, body) = send(admin.post(server.url("/users/amina/disable"))).await;
    assert_eq!(status, StatusCode::OK, "{body}");

    let (status, body) = send(
        admin
            .put(server.url("/projects/nutrition/members/admin"))
            .json(&json!({ "role": "steward" })),
    )
    .await;
    assert_eq!(status, StatusCode::CONFLICT, "{body}");
    assert_eq!(body["error"], "err-last-admin");
    let (status, body) = send(admin.delete(server.url("/projects/nutrition/members/admin"))).await;
    assert_eq!(status, StatusCode::CONFLICT, "{body}");
    assert_eq!(body["error"], "err-last-admin");

    let (status, body) = send(admin.delete(server.url("/projects/nutrition/members/amina"))).await;
    assert_eq!(status, StatusCode::OK, "{body}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_account_working_elsewhere_is_not_reset_or_disabled_from_one_project() {
    let server = Server::start().await;
    let admin = server.sign_in("admin").await;
    create_project(&server, &admin, "health", "Health").await;
    let password = add_new_member(&server, &admin, "health", "other.admin", "admin").await;
    let other = signed_in(&server, "other.admin", &password).await;
    // other.admin makes a project of their own, where the demo steward also works.
    create_project(&server, &other, "schools", "Schools").await;
    let (status, _) = send(
        other
            .post(server.url("/projects/schools/members"))
            .json(&json!({ "username": "steward", "role": "steward", "existing": true })),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    // The demo admin does not administer `schools`: resetting, disabling or signing the
    // steward out everywhere would reach into it.
    for action in ["reset", "disable", "sessions/end"] {
        let (status, body) =
            send(admin.post(server.url(&format!("/users/steward/{action}")))).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{action}: {body}");
        assert_eq!(body["error"], "err-account-shared");
    }
    // Taken out of schools again, the steward is the demo admin's to manage.
    let (status, _) = send(other.delete(server.url("/projects/schools/members/steward"))).await;
    assert_eq!(status, StatusCode::OK);
    let steward = server.sign_in("steward").await;
    let (status, ended) = send(admin.post(server.url("/users/steward/sessions/end"))).await;
    assert_eq!(status, StatusCode::OK);
    assert!(ended["ended"].as_u64().unwrap() >= 1, "{ended}");
    assert_eq!(me(&server, &steward).await.0, StatusCode::UNAUTHORIZED);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_archived_project_takes_no_records_phones_or_forms_but_still_exports() {
    let server = Server::start().await;
    let phone = server.enroll().await;
    let kept = valid_submission(&[NEEDS_ASSESSMENT]);
    phone.sync(std::slice::from_ref(&kept)).await;
    let steward = server.sign_in("steward").await;
    server
        .review(&steward, &kept.id.to_string(), "approve")
        .await;
    let admin = server.sign_in("admin").await;
    let mut draft = forms::demo::chained_form(2);
    draft.id = "key_informant".into();
    draft.version = "1".into();
    let upload = |form: &forms::model::Form| {
        admin
            .post(server.url(&format!("/forms?file_name={}.json", form.id)))
            .body(serde_json::to_vec(form).unwrap())
    };
    let (status, drafted) = send(upload(&draft)).await;
    assert_eq!(status, StatusCode::OK, "{drafted}");
    let (status, archived) = send(admin.post(server.url("/projects/demo/archive"))).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(archived["archived"], true);

    // No new form, nor a draft published, to collect with.
    let mut next = draft.clone();
    next.version = "2".into();
    let (status, body) = send(upload(&next)).await;
    assert_eq!(status, StatusCode::CONFLICT, "{body}");
    assert_eq!(body["error"], "err-project-archived");
    let publish = server.url("/forms/key_informant/versions/1/publish");
    let (status, body) = send(admin.post(&publish)).await;
    assert_eq!(status, StatusCode::CONFLICT, "{body}");
    assert_eq!(body["error"], "err-project-archived");

    let refused = phone
        .post_batch(&json!({ "records": [valid_submission(&[NEEDS_ASSESSMENT])] }))
        .await;
    assert_eq!(refused.status(), StatusCode::CONFLICT);
    let body: Value = refused.json().await.unwrap();
    assert_eq!(body["error"], "err-project-archived");
    assert!(
        body["message"].as_str().unwrap().contains("still export"),
        "the error says what still works: {body}"
    );
    let enrol = server
        .enroll_as("enumerator", &server.password("enumerator"), "new phone")
        .await;
    assert_eq!(enrol.status(), StatusCode::CONFLICT);
    assert_eq!(error_code(enrol).await, "err-project-archived");
    // The data stays and the steward still exports it.
    let csv = server.get_text(&steward, "/exports/steward").await;
    assert!(csv.contains(&kept.id.to_string()), "{csv}");
    // The phone still reads its bundle and an empty batch (withdrawals only) goes through.
    assert_eq!(phone.bundle().await.status(), StatusCode::OK);
    assert_eq!(
        phone.post_batch(&json!({ "records": [] })).await.status(),
        StatusCode::OK
    );

    let (status, restored) = send(admin.post(server.url("/projects/demo/restore"))).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(restored["archived"], false);
    assert_eq!(send(admin.post(&publish)).await.0, StatusCode::OK);
    let again = valid_submission(&[NEEDS_ASSESSMENT]);
    phone.sync(&[again]).await;
    let events = server.db().await.audit_events().await.unwrap();
    assert!(
        events
            .iter()
            .any(|e| e.action == "project-archived" && e.subject == "demo")
    );
    assert!(
        events
            .iter()
            .any(|e| e.action == "project-restored" && e.subject == "demo")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_new_password_meets_the_policy_with_a_code_per_rule() {
    let server = Server::start().await;
    let reviewer = server.sign_in("reviewer").await;
    let old = server.password("reviewer");
    for (new, code) in [
        ("short one", "err-password-short"),
        ("the reviewer of camps", "err-password-username"),
        ("Password 2026!", "err-password-common"),
        ("qwertyuiop123", "err-password-common"),
        ("zzzzzzzzzzzzzz", "err-password-common"),
    ] {
        let (status, body) = send(
            reviewer
                .put(server.url("/auth/password"))
                .json(&json!({ "current": old, "new": new })),
        )
        .await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{new}");
        assert_eq!(body["error"], code, "{new}: {body}");
    }
    let (status, _) = send(
        reviewer
            .put(server.url("/auth/password"))
            .json(&json!({ "current": old, "new": "mango trees by the river" })),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
}

/// `sauti …` on a data folder (and PostgreSQL database, when the suite runs there),
/// with `stdin` typed in.
fn sauti_with_input(store: &[String], args: &[&str], stdin: &str) -> std::process::Output {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_sauti"))
        .args(args)
        .args(store)
        .env("RUST_LOG", "info")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("sauti runs");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_fresh_installation_gets_its_first_admin_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = vec!["--data".to_string(), dir.path().display().to_string()];
    if let Some(url) = fresh_postgres_database().await {
        store.extend(["--database".to_string(), url]);
    }
    let setup = [
        "setup",
        "--project",
        "camp-survey",
        "--name",
        "Camp survey",
        "--admin",
        "fatima",
    ];
    // A weak password is refused, saying why.
    let weak = sauti_with_input(&store, &setup, "password1234\n");
    assert!(!weak.status.success());
    assert!(
        String::from_utf8_lossy(&weak.stderr).contains("guessing"),
        "{weak:?}"
    );
    let password = "seven goats under the baobab";
    let done = sauti_with_input(&store, &setup, &format!("{password}\n"));
    let (stdout, stderr) = (
        String::from_utf8_lossy(&done.stdout),
        String::from_utf8_lossy(&done.stderr),
    );
    assert!(done.status.success(), "{stdout}{stderr}");
    assert!(stdout.contains("created project camp-survey"), "{stdout}");
    assert!(
        !stdout.contains(password) && !stderr.contains(password),
        "never printed"
    );
    // Only once.
    let again = sauti_with_input(&store, &setup, &format!("{password}\n"));
    assert!(!again.status.success());

    let listed = sauti_with_input(&store, &["project", "list"], "");
    let listed = String::from_utf8_lossy(&listed.stdout);
    assert!(
        listed.contains("camp-survey\t1 members\topen\tCamp survey"),
        "{listed}"
    );
    let archived = sauti_with_input(&store, &["project", "archive", "camp-survey"], "");
    assert!(archived.status.success());
    let listed = sauti_with_input(&store, &["project", "list"], "");
    assert!(String::from_utf8_lossy(&listed.stdout).contains("\tarchived\t"));
    let missing = sauti_with_input(&store, &["project", "archive", "nope"], "");
    assert!(!missing.status.success());

    // The admin signs in with the password they typed.
    let db = server::db::Db::connect(store.get(3).map(String::as_str), dir.path())
        .await
        .unwrap();
    let (user, hash) = db.user_by_name("fatima").await.unwrap().unwrap();
    assert_eq!(user.project_id, "camp-survey");
    assert_eq!(user.role, server::auth::Role::Admin);
    assert!(server::auth::verify_password(Some(&hash), password));
}

/// An installation from before memberships (migration 0014) upgraded: its accounts become
/// members of their project with their role, and their sessions and phones go on working
/// in it. (SQLite: the file is built migration by migration up to 0014, then opened.)
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn existing_accounts_become_members_of_their_project_on_upgrade() {
    use sqlx::Connection;
    use sqlx::migrate::Migrator;
    use std::str::FromStr;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sauti.sqlite3");
    let options =
        sqlx::sqlite::SqliteConnectOptions::from_str(&format!("sqlite://{}", path.display()))
            .unwrap()
            .create_if_missing(true)
            .foreign_keys(false);
    let mut conn = sqlx::SqliteConnection::connect_with(&options)
        .await
        .unwrap();
    let mut before = Migrator::new(std::path::Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/migrations/sqlite"
    )))
    .await
    .unwrap();
    before.migrations = before
        .migrations
        .iter()
        .filter(|m| m.version < 15)
        .cloned()
        .collect::<Vec<_>>()
        .into();
    before.run(&mut conn).await.unwrap();
    let hash = server::auth::hash_password("an old password of ruth").unwrap();
    let session = server::auth::token_hash("ruth's session");
    let phone = server::auth::token_hash("omar's phone");
    for (sql, binds) in [
        (
            "INSERT INTO projects (id, name, created_at) VALUES ('old', 'Old project', '2026-01-01T00:00:00Z')",
            vec![],
        ),
        (
            "INSERT INTO users (id, project_id, username, password_hash, role, created_at)
             VALUES (1, 'old', 'ruth', $1, 'steward', '2026-01-01T00:00:00Z'),
                    (2, 'old', 'omar', $1, 'enumerator', '2026-01-01T00:00:00Z')",
            vec![hash.clone()],
        ),
        (
            "INSERT INTO sessions (token_hash, user_id, expires_at) VALUES ($1, 1, 4000000000)",
            vec![session.clone()],
        ),
        (
            "INSERT INTO devices (id, user_id, token_hash, label, created_at, expires_at)
             VALUES ('d1', 2, $1, 'omar''s phone', '2026-01-01T00:00:00Z', 4000000000)",
            vec![phone.clone()],
        ),
    ] {
        let mut query = sqlx::query(sql);
        for b in binds {
            query = query.bind(b);
        }
        query.execute(&mut conn).await.unwrap();
    }
    conn.close().await.unwrap();

    let db = server::db::Db::open(&path).await.unwrap();
    let ruth = db
        .session_user(&session)
        .await
        .unwrap()
        .expect("her session goes on");
    assert_eq!(
        (ruth.project_id.as_str(), ruth.role),
        ("old", server::auth::Role::Steward)
    );
    let (device, omar) = db
        .device_user(&phone)
        .await
        .unwrap()
        .expect("his phone syncs");
    assert_eq!(device, "d1");
    assert_eq!(
        (omar.project_id.as_str(), omar.role),
        ("old", server::auth::Role::Enumerator)
    );
    let projects = db.projects_of(1).await.unwrap();
    assert_eq!(projects.len(), 1);
    assert_eq!(
        (projects[0].id.as_str(), projects[0].role.as_str()),
        ("old", "steward")
    );
    assert_eq!(
        db.list_devices("old").await.unwrap().len(),
        1,
        "the phone is the project's"
    );
}

/// The digits a project's interface writes numbers in (issue 24): its admin chooses Latin,
/// the script's own, or each language's usual ones; phones get the choice in their bundle
/// (and a changed bundle tag, so they take it at their next sync). Only the admin may, and
/// anything but `null`, `true` or `false` is refused with a clear error.
#[tokio::test]
async fn the_admin_chooses_the_digits_phones_write_numbers_in() {
    let server = Server::start().await;
    let phone = server.enroll().await;
    let bundle = phone.bundle().await;
    let tag = bundle.headers()["etag"].to_str().unwrap().to_string();
    let body: Value = bundle.json().await.unwrap();
    assert_eq!(
        body["native_digits"],
        Value::Null,
        "each language's own by default"
    );
    let admin = server.sign_in("admin").await;
    let digits = server.url("/projects/demo/digits");
    let (status, project) = send(admin.put(&digits).json(&json!({ "native_digits": true }))).await;
    assert_eq!(status, StatusCode::OK, "{project}");
    assert_eq!(project["native_digits"], true);
    let (_, listed) = send(admin.get(server.url("/projects"))).await;
    assert_eq!(listed[0]["native_digits"], true, "{listed}");
    let bundle = phone.bundle().await;
    assert_ne!(
        bundle.headers()["etag"].to_str().unwrap(),
        tag,
        "a new bundle"
    );
    let body: Value = bundle.json().await.unwrap();
    assert_eq!(body["native_digits"], true);

    let (status, project) = send(admin.put(&digits).json(&json!({ "native_digits": false }))).await;
    assert_eq!(
        (status, &project["native_digits"]),
        (StatusCode::OK, &json!(false))
    );
    let body: Value = phone.bundle().await.json().await.unwrap();
    assert_eq!(body["native_digits"], false);
    let (status, body) = send(admin.put(&digits).json(&json!({ "native_digits": "arab" }))).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{body}");
    let steward = server.sign_in("steward").await;
    let (status, _) = send(steward.put(&digits).json(&json!({ "native_digits": null }))).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, project) = send(admin.put(&digits).json(&json!({ "native_digits": null }))).await;
    assert_eq!(
        (status, &project["native_digits"]),
        (StatusCode::OK, &Value::Null)
    );
}

/// Two admins demoting each other at the same moment: the project keeps one of them. Each
/// request checked "another admin is left" before either wrote, so both passed and the
/// project was left with nobody to run it; the check now runs in the change's own
/// transaction with the project locked. Raced over many rounds, as real clicks would.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_admins_demoting_each_other_at_once_leave_one_admin() {
    let server = Server::start().await;
    let admin = server.sign_in("admin").await;
    create_project(&server, &admin, "nutrition", "Nutrition survey").await;
    let password = add_new_member(&server, &admin, "nutrition", "amina", "admin").await;
    let mut amina = signed_in(&server, "amina", &password).await;
    let members = |who: &str| server.url(&format!("/projects/nutrition/members/{who}"));
    for round in 0..20 {
        let (by_admin, by_amina) = tokio::join!(
            send(
                admin
                    .put(members("amina"))
                    .json(&json!({ "role": "steward" }))
            ),
            send(
                amina
                    .put(members("admin"))
                    .json(&json!({ "role": "steward" }))
            ),
        );
        let passed = [&by_admin, &by_amina]
            .iter()
            .filter(|(status, _)| *status == StatusCode::OK)
            .count();
        assert_eq!(
            passed, 1,
            "round {round}: exactly one demotion passes: {by_admin:?} {by_amina:?}"
        );
        // The one still admin makes the other admin again for the next round.
        let (keeper, other) = if by_admin.0 == StatusCode::OK {
            (&admin, "amina")
        } else {
            (&amina, "admin")
        };
        let (status, body) =
            send(keeper.put(members(other)).json(&json!({ "role": "admin" }))).await;
        assert_eq!(status, StatusCode::OK, "round {round}: {body}");
    }
    // One disables the other while being demoted by them: the same, through disabling.
    let (status, _) = act_in(&server, &admin, "nutrition").await;
    assert_eq!(status, StatusCode::OK);
    for round in 0..10 {
        let (disabling, demoting) = tokio::join!(
            send(admin.post(server.url("/users/amina/disable"))),
            send(
                amina
                    .put(members("admin"))
                    .json(&json!({ "role": "steward" }))
            ),
        );
        match (disabling.0, demoting.0) {
            (StatusCode::OK, StatusCode::OK) => {
                panic!("round {round}: both passed, nobody left to run the project")
            }
            (StatusCode::OK, _) => {
                let (status, body) = send(admin.post(server.url("/users/amina/enable"))).await;
                assert_eq!(status, StatusCode::OK, "round {round}: {body}");
                // Disabling ended her sessions.
                amina = signed_in(&server, "amina", &password).await;
            }
            (_, StatusCode::OK) => {
                let (status, body) = send(
                    amina
                        .put(members("admin"))
                        .json(&json!({ "role": "admin" })),
                )
                .await;
                assert_eq!(status, StatusCode::OK, "round {round}: {body}");
            }
            other => panic!("round {round}: neither passed: {other:?} {disabling:?}"),
        }
    }
}
