//! Helpers that speak Sauti's language: a real server on a free port over a fresh data
//! folder, signed-in stewards and admins, enrolled phones, and interviews the demo form
//! accepts.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::time::{SystemTime, UNIX_EPOCH};

use forms::batch::{Batch, BatchAck, Submission, new_record_id};
use forms::consent::{Consent, Decision, Method};
use forms::model::Answers;
use forms::receipt::ReceiptCode;
use forms::validate::{settle, validate};
use reqwest::{Client, RequestBuilder, Response, StatusCode};
use serde_json::{Value, json};
use tempfile::TempDir;
use tokio::task::JoinHandle;

/// The day every interview of these tests is saved on (the device's calendar day).
pub const TODAY: &str = "2026-11-25";
/// The language the consent text is read in.
pub const LANGUAGE: &str = "fr";

/// Run `$body` with `$c` a connection of its own to the server's database, SQLite or
/// PostgreSQL (the same statement text works on both).
macro_rules! on_database {
    ($server:expr, $c:ident => $body:expr) => {{
        use sqlx::Connection;
        match &$server.database {
            Some(database) => {
                let mut $c = sqlx::postgres::PgConnection::connect(database.url())
                    .await
                    .expect("PostgreSQL opens");
                $body
            }
            None => {
                let file = $server.dir.path().join("sauti.sqlite3");
                let mut $c = sqlx::sqlite::SqliteConnection::connect(&format!(
                    "sqlite://{}",
                    file.display()
                ))
                .await
                .expect("SQLite opens");
                $body
            }
        }
    }};
}

/// A server listening on `127.0.0.1`, with its own data folder.
pub struct Server {
    dir: TempDir,
    /// The PostgreSQL database of this server, when the suite runs on PostgreSQL, dropped
    /// when the test is done with it.
    database: Option<DropDatabase>,
    pub addr: SocketAddr,
    /// Accounts this start created (empty when the folder was already seeded).
    pub seeded: Vec<server::Credential>,
    /// Every password handed out since the folder was first seeded.
    passwords: HashMap<String, String>,
    task: JoinHandle<std::io::Result<()>>,
}

/// With `SAUTI_TEST_POSTGRES` set (a server URL such as `postgres://postgres@127.0.0.1:5433`),
/// every test server gets a new, empty PostgreSQL database on it: the whole suite then
/// runs on PostgreSQL. Without it, on a fresh SQLite file.
pub async fn fresh_postgres_database() -> Option<String> {
    use sqlx::Connection;
    let base = std::env::var("SAUTI_TEST_POSTGRES").ok()?;
    let base = base.trim_end_matches('/');
    let mut admin = sqlx::postgres::PgConnection::connect(&format!("{base}/postgres"))
        .await
        .expect("the test PostgreSQL server answers");
    static NEXT: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or_default();
    let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let name = format!("sauti_test_{}_{nanos}_{n}", std::process::id());
    sqlx::query(&format!("CREATE DATABASE {name}"))
        .execute(&mut admin)
        .await
        .expect("a test database is created");
    Some(format!("{base}/{name}"))
}

/// A test's PostgreSQL database, dropped when the test is done with it: a run of the
/// suite makes one per server (~120, some 7.5 MB each before any data), which a CI
/// machine's disk would otherwise keep to the end. `SAUTI_TEST_KEEP_DATABASES` keeps them,
/// to look inside after a run.
pub struct DropDatabase(String);

impl DropDatabase {
    /// The database's connection URL.
    pub fn url(&self) -> &str {
        &self.0
    }
}

impl Drop for DropDatabase {
    fn drop(&mut self) {
        if std::env::var_os("SAUTI_TEST_KEEP_DATABASES").is_some() {
            return;
        }
        let Some((base, name)) = self.0.rsplit_once('/') else {
            return;
        };
        let (admin, drop) = (
            format!("{base}/postgres"),
            format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"),
        );
        // Drop cannot wait on the test's runtime: a thread with its own does, and the
        // test ends when the database is gone. A failure leaves it, as before.
        let _ = std::thread::spawn(move || {
            use sqlx::Connection;
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .ok()?;
            runtime.block_on(async {
                let mut c = sqlx::postgres::PgConnection::connect(&admin).await.ok()?;
                sqlx::query(&drop).execute(&mut c).await.ok()
            })
        })
        .join();
    }
}

impl Server {
    pub async fn start() -> Server {
        Server::start_with(None).await
    }

    /// A server that believes users reach it at `public_url`.
    pub async fn start_with(public_url: Option<&str>) -> Server {
        let dir = tempfile::tempdir().expect("a temporary data folder");
        let database = fresh_postgres_database().await.map(DropDatabase);
        Server::start_in(
            dir,
            database,
            public_url.map(str::to_string),
            HashMap::new(),
            false,
        )
        .await
    }

    /// A server behind a reverse proxy on 127.0.0.1: it believes `X-Forwarded-For`, so a
    /// test can speak from as many client networks as it likes.
    pub async fn start_behind_proxy() -> Server {
        let dir = tempfile::tempdir().expect("a temporary data folder");
        let database = fresh_postgres_database().await.map(DropDatabase);
        Server::start_in(dir, database, None, HashMap::new(), true).await
    }

    async fn start_in(
        dir: TempDir,
        database: Option<DropDatabase>,
        public_url: Option<String>,
        mut passwords: HashMap<String, String>,
        proxied: bool,
    ) -> Server {
        let trusted_proxies = if proxied {
            server::throttle::TrustedProxies::parse("127.0.0.1").expect("an address")
        } else {
            Default::default()
        };
        let running = server::start(server::Config {
            demo: true,
            trusted_proxies,
            data_dir: dir.path().into(),
            database: database.as_ref().map(|d| d.url().to_string()),
            policies: Vec::new(),
            listen: "127.0.0.1:0".parse().expect("an address"),
            app_dir: None,
            public_url,
        })
        .await
        .expect("the server starts");
        for c in &running.credentials {
            passwords.insert(c.username.clone(), c.password.clone());
        }
        Server {
            dir,
            database,
            addr: running.addr,
            seeded: running.credentials,
            passwords,
            task: running.task,
        }
    }

    /// Stop this server and start another on the same data folder.
    pub async fn restart(self) -> Server {
        self.task.abort();
        let _ = self.task.await;
        Server::start_in(self.dir, self.database, None, self.passwords, false).await
    }

    /// The `sauti` command-line options that reach this server's data.
    pub fn store_args(&self) -> Vec<String> {
        let mut args = vec!["--data".to_string(), self.dir.path().display().to_string()];
        if let Some(database) = &self.database {
            args.extend(["--database".to_string(), database.url().to_string()]);
        }
        args
    }

    /// A JSON answer to a GET of `path` (under `/api/v1`) by `client`.
    pub async fn get_json(&self, client: &Client, path: &str) -> Value {
        client
            .get(self.url(path))
            .send()
            .await
            .expect("the server answers")
            .json()
            .await
            .expect("a JSON answer")
    }

    /// A text answer (a CSV export, a notice) to a GET of `path` by `client`.
    pub async fn get_text(&self, client: &Client, path: &str) -> String {
        client
            .get(self.url(path))
            .send()
            .await
            .expect("the server answers")
            .text()
            .await
            .expect("a text answer")
    }

    /// Approve these submissions in one bulk review, as `steward`.
    pub async fn approve_all(&self, steward: &Client, ids: &[String]) {
        let response = steward
            .post(self.url("/submissions/review"))
            .json(&json!({ "ids": ids, "decision": "approve" }))
            .send()
            .await
            .expect("bulk review answers");
        assert_eq!(
            response.status(),
            StatusCode::OK,
            "the bulk review succeeds"
        );
    }

    /// The server's database, opened beside it (SQLite or PostgreSQL, as it runs on).
    pub async fn db(&self) -> server::db::Db {
        server::db::Db::connect(
            self.database.as_ref().map(DropDatabase::url),
            self.dir.path(),
        )
        .await
        .expect("the database opens")
    }

    /// Make the server have received a record `days` ago (a test of retention cannot
    /// wait two years): its `received_at` moved back, in whichever database it runs on.
    pub async fn received_days_ago(&self, id: &str, days: i64) {
        let at = (time::OffsetDateTime::now_utc() - time::Duration::days(days))
            .format(&time::format_description::well_known::Rfc3339)
            .expect("a time");
        let update = "UPDATE submissions SET received_at = $1 WHERE id = $2";
        let changed = on_database!(self, c => sqlx::query(update)
            .bind(&at)
            .bind(id)
            .execute(&mut c)
            .await
            .expect("updated")
            .rows_affected());
        assert_eq!(changed, 1, "record {id} is held");
    }

    /// One text column of every row a query gives, read straight from the server's
    /// database (what the API never shows: how something is stored).
    pub async fn stored_texts(&self, select: &str) -> Vec<String> {
        on_database!(self, c => sqlx::query_scalar(select)
            .fetch_all(&mut c)
            .await
            .expect("read"))
    }

    /// The SQLite file (`None` on PostgreSQL).
    pub fn sqlite_file(&self) -> Option<std::path::PathBuf> {
        self.database
            .is_none()
            .then(|| self.dir.path().join("sauti.sqlite3"))
    }

    /// The server's SQLite database opened beside it, with an application state, for
    /// running an export the way `sauti export` does.
    pub async fn sqlite_state(&self) -> (server::db::Db, server::AppState) {
        let dir = self.store_args()[1].clone();
        let db = server::db::Db::open(&std::path::Path::new(&dir).join("sauti.sqlite3"))
            .await
            .expect("the database opens");
        let state = server::AppState::new(db.clone(), false);
        (db, state)
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}/api/v1{path}", self.addr)
    }

    /// The password the first start generated for a demo account.
    pub fn password(&self, username: &str) -> String {
        self.passwords
            .get(username)
            .unwrap_or_else(|| panic!("no password for {username}"))
            .clone()
    }

    /// POST /auth/login with the given client.
    pub async fn login(&self, client: &Client, username: &str, password: &str) -> Response {
        client
            .post(self.url("/auth/login"))
            .json(&json!({ "username": username, "password": password }))
            .send()
            .await
            .expect("login answers")
    }

    /// POST /devices/enroll with a plain client.
    pub async fn enroll_as(&self, username: &str, password: &str, label: &str) -> Response {
        Client::new()
            .post(self.url("/devices/enroll"))
            .json(&json!({ "username": username, "password": password, "label": label }))
            .send()
            .await
            .expect("enroll answers")
    }

    /// A browser signed in as a demo steward or admin.
    pub async fn sign_in(&self, username: &str) -> Client {
        let client = Client::builder()
            .cookie_store(true)
            .build()
            .expect("a client");
        let response = self
            .login(&client, username, &self.password(username))
            .await;
        assert_eq!(response.status(), StatusCode::OK, "{username} signs in");
        client
    }

    /// Import an XLSForm as the admin `admin` (it must import), then enroll a phone,
    /// which receives it: the phone and the form it received.
    pub async fn import_and_enroll(
        &self,
        admin: &Client,
        file_name: &str,
        form: Vec<u8>,
    ) -> (Phone, Value) {
        let imported = admin
            .post(self.url(&format!("/forms?publish=true&file_name={file_name}")))
            .body(form)
            .send()
            .await
            .expect("the server answers");
        assert_eq!(
            imported.status(),
            reqwest::StatusCode::OK,
            "{file_name} imports"
        );
        let phone = self.enroll().await;
        let bundle: Value = phone.bundle().await.json().await.expect("a bundle");
        (phone, bundle["form"].clone())
    }

    /// A second organisation on the same server, made as its operator does
    /// (`sauti project create`, `sauti user create --role admin`): its admin, signed in.
    pub async fn admin_of_new_project(&self, project: &str, name: &str, admin: &str) -> Client {
        let sauti = |args: &[&str]| {
            let out = std::process::Command::new(env!("CARGO_BIN_EXE_sauti"))
                .args(args)
                .args(self.store_args())
                .env("RUST_LOG", "warn")
                .output()
                .expect("sauti runs");
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
            String::from_utf8_lossy(&out.stdout).to_string()
        };
        sauti(&["project", "create", project, "--name", name]);
        let out = sauti(&[
            "user",
            "create",
            admin,
            "--project",
            project,
            "--role",
            "admin",
        ]);
        let password = out
            .split("password ")
            .nth(1)
            .and_then(|rest| rest.split_whitespace().next())
            .expect("the password, printed once");
        let client = Client::builder()
            .cookie_store(true)
            .build()
            .expect("a client");
        assert_eq!(
            self.login(&client, admin, password).await.status(),
            StatusCode::OK,
            "{admin} signs in"
        );
        client
    }

    /// A phone enrolled by the demo enumerator.
    pub async fn enroll(&self) -> Phone {
        self.enroll_labelled("test phone").await
    }

    pub async fn enroll_labelled(&self, label: &str) -> Phone {
        let response = self
            .enroll_as("enumerator", &self.password("enumerator"), label)
            .await;
        assert_eq!(
            response.status(),
            StatusCode::OK,
            "the enumerator enrolls a phone"
        );
        let body: Value = response.json().await.expect("enrollment JSON");
        Phone {
            device_id: body["device_id"].as_str().expect("device_id").to_string(),
            token: body["token"].as_str().expect("token").to_string(),
            base: self.url(""),
        }
    }

    /// A phone of a second enumerator of the project, an account the admin creates now.
    pub async fn enroll_another_enumerator(&self, username: &str) -> Phone {
        let admin = self.sign_in("admin").await;
        let created: Value = admin
            .post(self.url("/users"))
            .json(&json!({ "username": username, "role": "enumerator" }))
            .send()
            .await
            .expect("users answers")
            .json()
            .await
            .expect("the new account");
        let password = created["password"].as_str().expect("a password");
        let response = self.enroll_as(username, password, "second phone").await;
        assert_eq!(response.status(), StatusCode::OK, "{username} enrolls");
        let body: Value = response.json().await.expect("enrollment JSON");
        Phone {
            device_id: body["device_id"].as_str().expect("device_id").to_string(),
            token: body["token"].as_str().expect("token").to_string(),
            base: self.url(""),
        }
    }

    /// What a steward's list shows, every page of it.
    pub async fn submissions(&self, steward: &Client) -> Vec<Value> {
        let mut items = Vec::new();
        let mut url = self.url("/submissions?limit=200");
        loop {
            let response = steward.get(&url).send().await.expect("list answers");
            assert_eq!(response.status(), StatusCode::OK);
            let page: Value = response.json().await.expect("a JSON page");
            items.extend(page["items"].as_array().expect("items").iter().cloned());
            match page["next"].as_str() {
                Some(next) => {
                    url = self.url(&format!("/submissions?limit=200&after={}", encode(next)))
                }
                None => return items,
            }
        }
    }

    /// The ids a steward's list shows.
    pub async fn submission_ids(&self, steward: &Client) -> Vec<String> {
        self.submissions(steward)
            .await
            .iter()
            .map(|s| s["id"].as_str().expect("id").to_string())
            .collect()
    }

    /// A steward approves or rejects a record.
    pub async fn review(&self, steward: &Client, id: &str, decision: &str) {
        let response = steward
            .post(self.url(&format!("/submissions/{id}/review")))
            .json(&json!({ "decision": decision }))
            .send()
            .await
            .expect("review answers");
        assert_eq!(response.status(), StatusCode::OK, "{decision} {id}");
    }
}

/// One HTTP client reused across batches (for the benchmark, which runs on one runtime;
/// a client must not outlive the runtime of a test).
fn shared_client() -> &'static Client {
    static CLIENT: std::sync::OnceLock<Client> = std::sync::OnceLock::new();
    CLIENT.get_or_init(Client::new)
}

/// An enrolled phone: its token and the server it syncs with.
pub struct Phone {
    pub device_id: String,
    pub token: String,
    base: String,
}

impl Phone {
    /// The same phone syncing with another server (after a restart, on a new port).
    pub fn at(&self, server: &Server) -> Phone {
        Phone {
            device_id: self.device_id.clone(),
            token: self.token.clone(),
            base: server.url(""),
        }
    }

    /// A request from this phone (bearer token, no cookies).
    pub fn authorize(&self, request: RequestBuilder) -> RequestBuilder {
        request.bearer_auth(&self.token)
    }

    /// POST /batches with any JSON body.
    pub async fn post_batch(&self, body: &Value) -> Response {
        self.authorize(Client::new().post(format!("{}/batches", self.base)))
            .json(body)
            .send()
            .await
            .expect("batches answers")
    }

    /// The records of this phone's enumerator that a reviewer sent back.
    pub async fn issues(&self) -> Vec<Value> {
        self.authorize(Client::new().get(format!("{}/device/issues", self.base)))
            .send()
            .await
            .expect("the server answers")
            .json()
            .await
            .expect("a JSON list")
    }

    /// Post an already encoded batch; the server must answer 200.
    pub async fn post_raw_batch(&self, body: Vec<u8>) -> BatchAck {
        let response = self
            .authorize(shared_client().post(format!("{}/batches", self.base)))
            .header("content-type", "application/json")
            .body(body)
            .send()
            .await
            .expect("batches answers");
        assert_eq!(response.status(), StatusCode::OK);
        response.json().await.expect("an acknowledgement")
    }

    /// Sync records; the server must answer 200 with one result per record.
    pub async fn sync(&self, records: &[Submission]) -> BatchAck {
        let batch = Batch {
            records: records.to_vec(),
            withdrawals: vec![],
            withdrawal_access: Default::default(),
            feedback: Vec::new(),
        };
        let response = self
            .post_batch(&serde_json::to_value(&batch).expect("batch JSON"))
            .await;
        assert_eq!(response.status(), StatusCode::OK, "the batch is received");
        let ack: BatchAck = response.json().await.expect("a batch acknowledgement");
        assert_eq!(ack.results.len(), records.len());
        for (ack, record) in ack.results.iter().zip(records) {
            assert_eq!(ack.id, record.id, "acknowledgements keep the batch's order");
        }
        ack
    }

    pub async fn bundle(&self) -> Response {
        self.authorize(Client::new().get(format!("{}/bundle", self.base)))
            .send()
            .await
            .expect("bundle answers")
    }
}

/// The `error` code of a JSON error response.
pub async fn error_code(response: Response) -> String {
    let body: Value = response.json().await.expect("a JSON error body");
    body["error"]
        .as_str()
        .unwrap_or_else(|| panic!("no `error` in {body}"))
        .to_string()
}

/// A complete household as an enumerator enters it, settled and valid on [`TODAY`].
pub fn complete_household() -> Answers {
    let mut answers = forms::demo::sample_household();
    let form = forms::demo::household_form()
        .compile()
        .expect("the demo form compiles");
    settle(&form, &mut answers, TODAY);
    assert_eq!(
        validate(&form, &answers, TODAY),
        vec![],
        "the household is valid"
    );
    answers
}

fn now_millis() -> u64 {
    let since = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .expect("a clock after 1970");
    u64::try_from(since.as_millis()).expect("millis fit")
}

/// A record of the demo form with the given consent decision and answers.
pub fn submission(decision: Decision, answers: Answers) -> Submission {
    let template = forms::demo::household_consent();
    let saved_at = format!("{TODAY}T10:00:00Z");
    // Every comprehension question answered rightly (none for a refusal).
    let understood = match decision {
        Decision::Refused => Vec::new(),
        _ => template
            .comprehension
            .iter()
            .map(|q| q.id.clone())
            .collect(),
    };
    Submission {
        id: new_record_id(now_millis()).expect("a record id"),
        form_id: "household".into(),
        form_version: forms::demo::household_form().version,
        started_at: format!("{TODAY}T09:30:00Z"),
        saved_at: saved_at.clone(),
        consent: Consent {
            template_id: template.id.clone(),
            template_version: template.version,
            language: LANGUAGE.into(),
            text_hash: template.text_hash(LANGUAGE),
            decision,
            recorded_at: saved_at,
            access: None,
            understood,
            explained_again: Vec::new(),
            played_audio: false,
            receipt: ReceiptCode::generate().expect("a receipt code"),
        },
        answers,
    }
}

/// A complete, valid interview whose respondent accepted `purposes` (witnessed verbally).
pub fn valid_submission(purposes: &[&str]) -> Submission {
    let decision = Decision::Given {
        purposes: purposes.iter().map(|p| p.to_string()).collect(),
        method: Method::Verbal {
            witness: "Amina".into(),
        },
    };
    submission(decision, complete_household())
}

/// A respondent who said no: consent refused, nothing answered.
pub fn refusal() -> Submission {
    submission(Decision::Refused, Answers::new())
}

/// An `.xlsx` XLSForm with only a survey sheet, from its rows.
pub fn xlsform(survey: &[&[&str]]) -> Vec<u8> {
    workbook_of(&[("survey", survey)])
}

/// An `.xlsx` workbook of the named sheets, each from its rows (a survey and a settings
/// sheet, say).
pub fn workbook_of(sheets: &[(&str, &[&[&str]])]) -> Vec<u8> {
    let mut book = rust_xlsxwriter::Workbook::new();
    for (name, rows) in sheets {
        let sheet = book.add_worksheet();
        sheet.set_name(*name).expect("a sheet name");
        for (r, row) in rows.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                sheet
                    .write_string(r as u32, c as u16, *cell)
                    .expect("a cell");
            }
        }
    }
    book.save_to_buffer().expect("an xlsx")
}

/// A village form whose district comes from an attached CSV, filtered by region, and
/// whose population is looked up in it; the CSV has `n` districts over 10 regions.
pub fn districts_form(n: usize) -> (Vec<u8>, Vec<u8>) {
    let form = xlsform(&[
        &["type", "name", "label", "choice_filter", "calculation"],
        &["text", "region", "Region", "", ""],
        &[
            "select_one_from_file districts.csv",
            "district",
            "District",
            "region = ${region}",
            "",
        ],
        &[
            "calculate",
            "population",
            "",
            "",
            "pulldata('districts', 'population', 'name', ${district})",
        ],
    ]);
    let mut csv = String::from("name,label,region,population\n");
    for i in 0..n {
        csv.push_str(&format!("d{i},District {i},r{},{}\n", i % 10, 100 + i));
    }
    (form, csv.into_bytes())
}

/// A validator for one schema of the server's own OpenAPI document (`/openapi.json`), its
/// references resolved inside the document: what a client generated from the document
/// would accept.
pub async fn document_schema(server: &Server, name: &str) -> jsonschema::Validator {
    let doc: Value = reqwest::get(server.url("/openapi.json"))
        .await
        .expect("the document is served")
        .json()
        .await
        .expect("the document is JSON");
    assert!(
        doc["components"]["schemas"].get(name).is_some(),
        "the document has no schema {name}"
    );
    let schema = json!({
        "$ref": format!("#/components/schemas/{name}"),
        "components": doc["components"],
    });
    jsonschema::draft202012::new(&schema).expect("the document's schemas compile")
}

/// Every way `value` breaks the schema, one line each.
pub fn schema_errors(schema: &jsonschema::Validator, value: &Value) -> Vec<String> {
    schema
        .iter_errors(value)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect()
}

/// A query-string value, percent-encoded.
pub fn encode(value: &str) -> String {
    value
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

impl Phone {
    /// A phone enrolled otherwise (another project's enumerator), syncing with `server`.
    pub fn enrolled(server: &Server, device_id: &str, token: &str) -> Phone {
        Phone {
            device_id: device_id.to_string(),
            token: token.to_string(),
            base: server.url(""),
        }
    }
}

/// An xlsx download opened as a workbook (exports, translation sheets).
pub fn workbook(bytes: &[u8]) -> calamine::Xlsx<std::io::Cursor<Vec<u8>>> {
    calamine::open_workbook_from_rs(std::io::Cursor::new(bytes.to_vec())).expect("a workbook")
}

/// A sheet's cells as text, row by row (the header first); panics when it is missing.
pub fn sheet_text(
    book: &mut calamine::Xlsx<std::io::Cursor<Vec<u8>>>,
    name: &str,
) -> Vec<Vec<String>> {
    use calamine::Reader;
    let range = book
        .worksheet_range(name)
        .unwrap_or_else(|e| panic!("sheet {name}: {e}"));
    range
        .rows()
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .collect()
}
