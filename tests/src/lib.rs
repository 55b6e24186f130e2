//! End-to-end harness: a real Sauti server on 127.0.0.1 with a real SQLite file, the real
//! built client (`app/dist`), and headless Chromium driven through chromedriver.
//!
//! Tests speak the domain through [`Field`] (what an enumerator does) and [`Harness`]
//! (what the test sees: storage, the server, the steward's page).

use std::net::TcpListener;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use anyhow::{Context, Result, bail};
use fantoccini::elements::Element;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{Value, json};

mod a11y;
pub mod candidates;
pub mod link;
pub mod made_up;

/// Browsers are heavy on two cores: one scenario drives one browser at a time.
static BROWSER: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// How long to wait for something to appear before failing.
const WAIT: Duration = Duration::from_secs(20);

/// The built client; `scripts/build-app.sh` makes it.
fn copy_dir(from: &std::path::Path, to: &std::path::Path) -> Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), target)?;
        }
    }
    Ok(())
}

fn app_dist() -> Result<PathBuf> {
    let dir = std::env::var_os("SAUTI_APP_DIST")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../app/dist"));
    if !dir.join("index.html").exists() {
        bail!(
            "no built client in {}: run scripts/build-app.sh first (scripts/test.sh does)",
            dir.display()
        );
    }
    Ok(dir)
}

fn free_port() -> Result<u16> {
    Ok(TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}

/// A chromedriver this test started; ended by its own process id when dropped.
struct Driver {
    child: Child,
    port: u16,
}

impl Driver {
    async fn start() -> Result<Driver> {
        let binary = std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "chromedriver".into());
        let port = free_port()?;
        let child = Command::new(&binary)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .with_context(|| format!("starting {binary} (install chromium-driver)"))?;
        let driver = Driver { child, port };
        for _ in 0..100 {
            if tokio::net::TcpStream::connect(("127.0.0.1", port))
                .await
                .is_ok()
            {
                return Ok(driver);
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        bail!("chromedriver did not start listening on {port}")
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        if self.child.id() > 1 {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// Chromium through `driver`, on the profile directory `profile` (phone-sized by the caller).
async fn open_browser(driver: &Driver, profile: &std::path::Path) -> Result<Client> {
    let chrome = std::env::var("CHROME").unwrap_or_else(|_| "/usr/bin/chromium".into());
    let capabilities = json!({
        "browserName": "chrome",
        "goog:chromeOptions": {
            "binary": chrome,
            "args": [
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                format!("--user-data-dir={}", profile.display()),
                "--window-size=500,900", "--lang=en-US",
                // Recording in the browser (the coordinator's page) from Chromium's fake
                // microphone, allowed without asking; prompts that play by themselves.
                "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream",
                "--autoplay-policy=no-user-gesture-required"
            ]
        }
    });
    let Value::Object(capabilities) = capabilities else {
        bail!("capabilities are an object")
    };
    let connector = hyper_util::client::legacy::connect::HttpConnector::new();
    ClientBuilder::new(connector)
        .capabilities(capabilities)
        .connect(&format!("http://127.0.0.1:{}", driver.port))
        .await
        .context("connecting to chromedriver")
}

/// Every process below `root` (its children, theirs, …), from `/proc`.
fn descendants(root: u32) -> Vec<u32> {
    let mut parents: Vec<(u32, u32)> = Vec::new();
    for entry in std::fs::read_dir("/proc").into_iter().flatten().flatten() {
        let Some(pid) = entry
            .file_name()
            .to_str()
            .and_then(|n| n.parse::<u32>().ok())
        else {
            continue;
        };
        let Ok(stat) = std::fs::read_to_string(entry.path().join("stat")) else {
            continue;
        };
        // `pid (name) state ppid …`; the name may hold spaces and parentheses.
        let after = stat.rsplit_once(')').map(|(_, rest)| rest).unwrap_or("");
        if let Some(ppid) = after.split_whitespace().nth(1).and_then(|p| p.parse().ok()) {
            parents.push((pid, ppid));
        }
    }
    let mut found = Vec::new();
    let mut frontier = vec![root];
    while let Some(parent) = frontier.pop() {
        for &(pid, ppid) in &parents {
            if ppid == parent && !found.contains(&pid) {
                found.push(pid);
                frontier.push(pid);
            }
        }
    }
    found
}

/// Whether a process still runs (a zombie waiting for its parent does not).
fn alive(pid: u32) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/stat")).is_ok_and(|stat| {
        let after = stat.rsplit_once(')').map(|(_, rest)| rest).unwrap_or("");
        !matches!(after.split_whitespace().next(), Some("Z" | "X"))
    })
}

/// A listener that holds the server's address and never answers; dropped, it lets go.
pub struct Frozen(tokio::task::JoinHandle<()>);

impl Drop for Frozen {
    fn drop(&mut self) {
        self.0.abort();
    }
}

/// A running server and a browser pointed at it.
pub struct Harness {
    pub browser: Client,
    pub base: String,
    pub server: server::Running,
    /// The server runs on its own runtime, so stopping it ends every connection too (as a
    /// crash would), not only the accept loop.
    server_runtime: Option<tokio::runtime::Runtime>,
    pub credentials: Vec<server::Credential>,
    _driver: Driver,
    _data: tempfile::TempDir,
    /// This test's copy of the built client, so a test can publish a new version.
    app: tempfile::TempDir,
    _profile: tempfile::TempDir,
    _turn: tokio::sync::MutexGuard<'static, ()>,
}

/// A test that fails midway drops its harness inside the tests' runtime, where the
/// server's runtime cannot be dropped normally.
impl Drop for Harness {
    fn drop(&mut self) {
        if let Some(runtime) = self.server_runtime.take() {
            runtime.shutdown_background();
        }
    }
}

/// Start the server on a runtime of its own (on a helper thread: a runtime cannot be
/// started from inside the tests' one).
fn launch_server(config: server::Config) -> Result<(tokio::runtime::Runtime, server::Running)> {
    std::thread::spawn(move || -> Result<_> {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()?;
        let running = runtime.block_on(server::start(config))?;
        Ok((runtime, running))
    })
    .join()
    .map_err(|_| anyhow::anyhow!("the server thread panicked"))?
}

impl Harness {
    /// Start a fresh server (new database, demo project) and a fresh browser profile
    /// with a phone-sized window.
    pub async fn start() -> Result<Harness> {
        Harness::launch(true).await
    }

    /// Start a server on an empty database, as a real installation starts (no project,
    /// no account: `sauti setup` makes the first), and a fresh browser profile.
    pub async fn start_empty() -> Result<Harness> {
        Harness::launch(false).await
    }

    /// The server's data folder (its SQLite file and audit key).
    pub fn data_dir(&self) -> &std::path::Path {
        self._data.path()
    }

    async fn launch(demo: bool) -> Result<Harness> {
        let turn = BROWSER.lock().await;
        let data = tempfile::tempdir()?;
        let app = tempfile::tempdir()?;
        copy_dir(&app_dist()?, app.path())?;
        let (runtime, running) = launch_server(server::Config {
            demo,
            trusted_proxies: Default::default(),
            data_dir: data.path().to_path_buf(),
            database: None,
            policies: Vec::new(),
            listen: "127.0.0.1:0".parse()?,
            app_dir: Some(app.path().to_path_buf()),
            public_url: None,
        })?;
        let base = format!("http://{}", running.addr);
        let credentials = running.credentials.clone();
        let driver = Driver::start().await?;
        let profile = tempfile::tempdir()?;
        let browser = open_browser(&driver, profile.path()).await?;
        let harness = Harness {
            browser,
            base,
            server: running,
            server_runtime: Some(runtime),
            credentials,
            _driver: driver,
            _data: data,
            app,
            _profile: profile,
            _turn: turn,
        };
        harness.phone_sized().await?;
        Ok(harness)
    }

    /// A small phone: 360 CSS pixels wide (headless windows cannot be that narrow).
    async fn phone_sized(&self) -> Result<()> {
        self.cdp(
            "Emulation.setDeviceMetricsOverride",
            json!({ "width": 360, "height": 780, "deviceScaleFactor": 1, "mobile": true }),
        )
        .await?;
        Ok(())
    }

    /// The whole browser dies at once, as with a flat battery or the system killing it:
    /// SIGKILL to every process of the Chromium this test's chromedriver started (not a
    /// closed tab: nothing gets to flush). Then Chromium starts again on the same profile
    /// directory, on a blank page.
    pub async fn kill_and_restart_browser(&mut self) -> Result<()> {
        let driver = self._driver.child.id();
        let chromium = descendants(driver);
        if chromium.is_empty() {
            bail!("no browser process under chromedriver {driver}");
        }
        // Only processes this test started (under its own chromedriver), by id, never 1.
        let status = Command::new("kill")
            .arg("-KILL")
            .args(chromium.iter().filter(|&&p| p > 1).map(u32::to_string))
            .stderr(Stdio::null())
            .status()?;
        if !status.success() && chromium.iter().all(|p| alive(*p)) {
            bail!("could not kill the browser {chromium:?}");
        }
        for _ in 0..100 {
            if !chromium.iter().any(|p| alive(*p)) {
                break;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        if let Some(p) = chromium.iter().find(|p| alive(**p)) {
            bail!("browser process {p} outlived SIGKILL");
        }
        self.browser = open_browser(&self._driver, self._profile.path()).await?;
        self.phone_sized().await
    }

    /// A fresh server and browser with one phone already enrolled on `/collect` (the
    /// first steps of most scenarios).
    /// A phone that received `form` and whose enumerator has taken a respondent's verbal
    /// consent (in English, for the needs assessment): the first page of the interview is
    /// on screen.
    pub async fn interviewing(form: &forms::model::Form, passphrase: &str) -> Result<Harness> {
        let h = Harness::start().await?;
        h.import_form(form).await?;
        h.begin_interview(passphrase).await?;
        Ok(h)
    }

    /// A phone enrolled with `passphrase` on the project's current form, in an interview
    /// after Amina witnessed the respondent's verbal consent to the needs assessment.
    pub async fn begin_interview(&self, passphrase: &str) -> Result<()> {
        self.open("/collect").await?;
        let field = self.field();
        field.enroll(passphrase).await?;
        field
            .verbal_consent("en", "Amina", &["needs_assessment"])
            .await
    }

    pub async fn enrolled(passphrase: &str) -> Result<Harness> {
        let h = Harness::start().await?;
        h.open("/collect").await?;
        h.field().enroll(passphrase).await?;
        Ok(h)
    }

    /// When the first contentful paint happened, in ms from navigation (the page is empty
    /// until the wasm has drawn its first screen, so this is when that screen appeared).
    pub async fn first_contentful_paint(&self) -> Result<f64> {
        let v = self
            .browser
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 const tick = () => {
                     const p = performance.getEntriesByName('first-contentful-paint')[0];
                     p ? done(p.startTime) : setTimeout(tick, 20);
                 };
                 tick();",
                vec![],
            )
            .await?;
        v.as_f64().context("a number of milliseconds")
    }

    /// Lock, then time the unlock from the click to the home screen at CPU throttling
    /// `rate`, with the longest the page froze meanwhile (benchmarks).
    pub async fn time_unlock(&self, passphrase: &str, rate: u32) -> Result<(f64, f64)> {
        self.click("#lock").await?;
        self.type_into("#unlock-passphrase", passphrase).await?;
        self.cdp("Emulation.setCPUThrottlingRate", json!({ "rate": rate }))
            .await?;
        let timed = self
            .time_and_longest_freeze(
                "document.querySelector('#unlock-submit').click()",
                "#new-interview",
            )
            .await;
        self.cdp("Emulation.setCPUThrottlingRate", json!({ "rate": 1 }))
            .await?;
        timed
    }

    /// Wait until the service worker has installed (the app shell is cached for offline
    /// use).
    pub async fn service_worker_ready(&self) -> Result<()> {
        self.browser
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 navigator.serviceWorker.ready.then(() => done(true));",
                vec![],
            )
            .await?;
        Ok(())
    }

    /// Stop the server as a crash would: its runtime goes, with every open connection.
    pub async fn stop_server(&mut self) -> Result<()> {
        if let Some(runtime) = self.server_runtime.take() {
            runtime.shutdown_background();
        }
        Ok(())
    }

    /// The server freezes: it is stopped, and its address taken by a listener that
    /// accepts every connection and never answers (a hung process, a stuck proxy).
    /// Dropping the returned handle lets go of the address; `start_server` then thaws it.
    pub async fn freeze_server(&mut self) -> Result<Frozen> {
        self.stop_server().await?;
        let addr = self.server.addr;
        let mut tries = 0;
        let listener = loop {
            let socket = tokio::net::TcpSocket::new_v4()?;
            socket.set_reuseaddr(true)?;
            match socket.bind(addr).and_then(|()| socket.listen(64)) {
                Ok(listener) => break listener,
                // The stopped server lets go of its socket in the background.
                Err(_) if tries < 100 => {
                    tries += 1;
                    tokio::time::sleep(Duration::from_millis(50)).await;
                }
                Err(e) => return Err(e).context("taking the server's address"),
            }
        };
        let task = tokio::spawn(async move {
            let mut held = Vec::new();
            while let Ok((stream, _)) = listener.accept().await {
                held.push(stream);
            }
        });
        Ok(Frozen(task))
    }

    /// Start the server again after `stop_server`, on the same address and database.
    pub async fn start_server(&mut self) -> Result<()> {
        let (runtime, running) = launch_server(server::Config {
            demo: true,
            trusted_proxies: Default::default(),
            data_dir: self._data.path().to_path_buf(),
            database: None,
            policies: Vec::new(),
            listen: self.server.addr,
            app_dir: Some(self.app.path().to_path_buf()),
            public_url: None,
        })?;
        self.server = running;
        self.server_runtime = Some(runtime);
        Ok(())
    }

    /// Take a file out of this test's copy of the client (and its compressed copies): a
    /// build the phone cannot fully fetch.
    pub fn remove_app_file(&self, name: &str) -> Result<()> {
        for file in [name.to_string(), format!("{name}.gz"), format!("{name}.br")] {
            let _ = std::fs::remove_file(self.app.path().join(file));
        }
        Ok(())
    }

    /// Put back a file `remove_app_file` took out (the built client's copy, and its
    /// compressed copies): the file reaches the server again, as when coverage returns.
    pub fn restore_app_file(&self, name: &str) -> Result<()> {
        let dist = app_dist()?;
        for file in [name.to_string(), format!("{name}.gz"), format!("{name}.br")] {
            if dist.join(&file).exists() {
                std::fs::copy(dist.join(&file), self.app.path().join(&file))?;
            }
        }
        Ok(())
    }

    /// Publish a new version of the client, as a deployment would: the service worker
    /// script changes (its build id), so open phones find an update.
    pub fn publish_new_build(&self) -> Result<()> {
        let sw = self.app.path().join("sw.js");
        let script = std::fs::read_to_string(&sw)?;
        std::fs::write(&sw, format!("{script}\n// next build\n"))?;
        for stale in ["sw.js.gz", "sw.js.br"] {
            let _ = std::fs::remove_file(self.app.path().join(stale));
        }
        Ok(())
    }

    /// An HTTP client signed in as the demo steward.
    pub async fn steward(&self) -> Result<reqwest::Client> {
        let steward = reqwest::Client::builder().cookie_store(true).build()?;
        steward
            .post(format!("{}/api/v1/auth/login", self.base))
            .json(&json!({ "username": "steward", "password": self.password("steward") }))
            .send()
            .await?
            .error_for_status()?;
        Ok(steward)
    }

    /// Every submission the server holds, as the demo steward sees them (every page).
    pub async fn server_submissions(&self) -> Result<Vec<Value>> {
        let steward = self.steward().await?;
        let mut items = Vec::new();
        let mut query = forms::wire::ReviewQuery {
            limit: Some(200),
            ..Default::default()
        };
        loop {
            let page: forms::wire::SubmissionPage = steward
                .get(format!(
                    "{}/api/v1/submissions?{}",
                    self.base,
                    query.to_query()
                ))
                .send()
                .await?
                .error_for_status()?
                .json()
                .await?;
            items.extend(
                page.items
                    .into_iter()
                    .map(|i| serde_json::to_value(i).unwrap_or_default()),
            );
            match page.next {
                Some(next) => query.after = Some(next),
                None => return Ok(items),
            }
        }
    }

    /// A JSON API answer, as the demo steward (`path` under `/api/v1`).
    pub async fn server_get(&self, path: &str) -> Result<Value> {
        Ok(self.steward_get(path).await?.json().await?)
    }

    /// A text answer of the API as the demo steward (a CSV export, a notice).
    pub async fn server_text(&self, path: &str) -> Result<String> {
        Ok(self.steward_get(path).await?.text().await?)
    }

    /// `GET /api/v1{path}` as the demo steward; an error status is an error.
    async fn steward_get(&self, path: &str) -> Result<reqwest::Response> {
        Ok(self
            .steward()
            .await?
            .get(format!("{}/api/v1{path}", self.base))
            .send()
            .await?
            .error_for_status()?)
    }

    /// How many submissions the server holds.
    pub async fn server_count(&self) -> Result<usize> {
        Ok(self.server_submissions().await?.len())
    }

    /// How many records the phone lists with this status (`queued`, `synced`, …).
    pub async fn phone_count(&self, status: &str) -> Result<usize> {
        Ok(self
            .browser
            .find_all(Locator::Css(&format!(
                "section[data-status={status}] li.record"
            )))
            .await?
            .len())
    }

    /// The one-time password the server generated for a demo account.
    pub fn password(&self, username: &str) -> String {
        self.credentials
            .iter()
            .find(|c| c.username == username)
            .map(|c| c.password.clone())
            .unwrap_or_default()
    }

    pub async fn open(&self, path: &str) -> Result<()> {
        self.browser.goto(&format!("{}{path}", self.base)).await?;
        Ok(())
    }

    /// Wait until an element matching `css` exists.
    /// Whether no element matches `css` right now (no waiting: call it once the page
    /// has shown what it shows).
    pub async fn absent(&self, css: &str) -> Result<bool> {
        Ok(self.browser.find_all(Locator::Css(css)).await?.is_empty())
    }

    pub async fn find(&self, css: &str) -> Result<Element> {
        self.browser
            .wait()
            .at_most(WAIT)
            .for_element(Locator::Css(css))
            .await
            .with_context(|| format!("waiting for {css}"))
    }

    pub async fn click(&self, css: &str) -> Result<()> {
        self.find(css)
            .await?
            .click()
            .await
            .with_context(|| format!("clicking {css}"))
    }

    /// Type into an input with real key events.
    pub async fn type_into(&self, css: &str, text: &str) -> Result<()> {
        let field = self.find(css).await?;
        field.clear().await?;
        field
            .send_keys(text)
            .await
            .with_context(|| format!("typing into {css}"))
    }

    /// Scroll an element into the middle of the screen (before a screenshot).
    pub async fn scroll_to(&self, css: &str) -> Result<()> {
        self.find(css).await?;
        self.browser
            .execute(
                "document.querySelector(arguments[0]).scrollIntoView({ block: 'center' });",
                vec![json!(css)],
            )
            .await?;
        Ok(())
    }

    /// Set an element's value from script and fire `event`, as a picker or a select does.
    async fn set_and_fire(&self, css: &str, value: &str, event: &str) -> Result<()> {
        self.find(css).await?;
        self.browser
            .execute(
                "const el = document.querySelector(arguments[0]); el.value = arguments[1];
                 el.dispatchEvent(new Event(arguments[2], { bubbles: true }));",
                vec![json!(css), json!(value), json!(event)],
            )
            .await?;
        Ok(())
    }

    /// Set an input's value the way a picker does (dates), firing `input`.
    pub async fn set_value(&self, css: &str, value: &str) -> Result<()> {
        self.set_and_fire(css, value, "input").await
    }

    /// Choose an option of a `<select>`, firing `change`.
    pub async fn select(&self, css: &str, value: &str) -> Result<()> {
        self.set_and_fire(css, value, "change").await
    }

    pub async fn text(&self, css: &str) -> Result<String> {
        Ok(self.find(css).await?.text().await?)
    }

    /// Draw a stroke on the canvas `css` (a signature pad) with the pointer, as a finger
    /// would.
    pub async fn draw_on(&self, css: &str) -> Result<()> {
        use fantoccini::actions::{InputSource, MOUSE_BUTTON_LEFT, MouseActions, PointerAction};
        let h = self;
        let pad = h.find(css).await?;
        let mut stroke = MouseActions::new("finger".into())
            .then(PointerAction::MoveToElement {
                element: pad,
                duration: None,
                x: -100.0,
                y: 10.0,
            })
            .then(PointerAction::Down {
                button: MOUSE_BUTTON_LEFT,
            });
        for (x, y) in [
            (30.0, -20.0),
            (30.0, 25.0),
            (30.0, -25.0),
            (30.0, 20.0),
            (40.0, -10.0),
        ] {
            stroke = stroke.then(PointerAction::MoveBy {
                duration: Some(Duration::from_millis(30)),
                x,
                y,
            });
        }
        stroke = stroke.then(PointerAction::Up {
            button: MOUSE_BUTTON_LEFT,
        });
        h.browser.perform_actions(stroke).await?;
        Ok(())
    }

    /// Wait until the element's text satisfies `pred`; returns the text.
    pub async fn wait_text(&self, css: &str, pred: impl Fn(&str) -> bool) -> Result<String> {
        self.wait_text_for(css, pred, WAIT.as_secs()).await
    }

    /// The id of the element holding the focus once `wanted` holds for it (within 2 s;
    /// focus moves once the screen is drawn); the last id seen otherwise.
    pub async fn wait_focus(&self, wanted: impl Fn(&str) -> bool) -> Result<String> {
        let mut focused = String::new();
        for _ in 0..20 {
            focused = self
                .browser
                .active_element()
                .await?
                .attr("id")
                .await?
                .unwrap_or_default();
            if wanted(&focused) {
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        Ok(focused)
    }

    /// `wait_text` with a longer patience (benchmarks on slow emulated links).
    pub async fn wait_text_for(
        &self,
        css: &str,
        pred: impl Fn(&str) -> bool,
        seconds: u64,
    ) -> Result<String> {
        let deadline = tokio::time::Instant::now() + Duration::from_secs(seconds);
        loop {
            let text = match self.browser.find(Locator::Css(css)).await {
                Ok(el) => el.text().await.unwrap_or_default(),
                Err(_) => String::new(),
            };
            if pred(&text) {
                return Ok(text);
            }
            if tokio::time::Instant::now() > deadline {
                bail!("{css} never showed the expected text; last: {text:?}");
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Everything the app keeps in the browser, as one JSON object text: `localStorage`
    /// (UI preferences) and the IndexedDB store `sauti`/`kv` (the vault header and the
    /// sealed envelopes), key by key.
    pub async fn stored(&self) -> Result<String> {
        let v = self
            .browser
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 const all = Object.assign({}, localStorage);
                 const open = indexedDB.open('sauti');
                 // No database yet: leave it to the app to create.
                 open.onupgradeneeded = () => open.transaction.abort();
                 open.onerror = () => done(JSON.stringify(all));
                 open.onsuccess = () => {
                     const db = open.result;
                     if (!db.objectStoreNames.contains('kv')) { db.close(); return done(JSON.stringify(all)); }
                     const kv = db.transaction('kv').objectStore('kv');
                     const keys = kv.getAllKeys(), values = kv.getAll();
                     values.onsuccess = () => {
                         keys.result.forEach((k, i) => { all[k] = values.result[i]; });
                         db.close();
                         done(JSON.stringify(all));
                     };
                 };",
                vec![],
            )
            .await?;
        Ok(v.as_str().unwrap_or_default().to_string())
    }

    /// Put one entry in the app's IndexedDB store (a tampered envelope, say); the app
    /// reads it at its next start.
    pub async fn put_stored(&self, key: &str, value: &str) -> Result<()> {
        self.browser
            .execute_async(
                "const [key, value, done] = arguments;
                 const open = indexedDB.open('sauti');
                 open.onsuccess = () => {
                     const tx = open.result.transaction('kv', 'readwrite');
                     tx.objectStore('kv').put(value, key);
                     tx.oncomplete = () => { open.result.close(); done(true); };
                 };",
                vec![json!(key), json!(value)],
            )
            .await?;
        Ok(())
    }

    /// Replace what the app keeps with an earlier `stored()` dump (to replay a lost
    /// acknowledgement): the vault's entries into IndexedDB, the rest into
    /// `localStorage`. Reload the page afterwards.
    pub async fn restore_storage(&self, dump: &str) -> Result<()> {
        self.browser
            .execute_async(
                "const [dump, done] = arguments;
                 const d = JSON.parse(dump);
                 const vault = (k) => k === 'sauti/vault' || k.startsWith('sauti/sealed/');
                 localStorage.clear();
                 for (const k of Object.keys(d)) if (!vault(k)) localStorage.setItem(k, d[k]);
                 const open = indexedDB.open('sauti');
                 open.onsuccess = () => {
                     const tx = open.result.transaction('kv', 'readwrite');
                     const kv = tx.objectStore('kv');
                     kv.clear();
                     for (const k of Object.keys(d)) if (vault(k)) kv.put(d[k], k);
                     tx.oncomplete = () => { open.result.close(); done(true); };
                 };",
                vec![json!(dump)],
            )
            .await?;
        Ok(())
    }

    /// Put an earlier `stored()` dump back the way versions before IndexedDB kept it:
    /// everything in `localStorage`, no database (a phone in the field being updated).
    pub async fn restore_storage_as_before_indexeddb(&self, dump: &str) -> Result<()> {
        self.browser
            .execute_async(
                "const [dump, done] = arguments;
                 const d = JSON.parse(dump);
                 localStorage.clear();
                 for (const k of Object.keys(d)) localStorage.setItem(k, d[k]);
                 const gone = indexedDB.deleteDatabase('sauti');
                 gone.onsuccess = gone.onerror = gone.onblocked = () => done(true);",
                vec![json!(dump)],
            )
            .await?;
        Ok(())
    }

    /// Run a script in the page (a server answer no real server gives on demand).
    pub async fn browser_script(&self, js: &str) -> Result<()> {
        self.browser.execute(js, vec![]).await?;
        Ok(())
    }

    /// From now until the page is left, the page's calls to a URL containing `path` get
    /// this answer instead of the server's (what a locked code or a saturated server
    /// answers, without locking a code or saturating the server).
    pub async fn answer_with(&self, path: &str, status: u16, body: &str) -> Result<()> {
        self.browser
            .execute(
                "const [path, status, body] = arguments;
                 const real = window.__serverFetch || (window.__serverFetch = window.fetch);
                 window.fetch = (url, init) => String(url).includes(path)
                     ? Promise.resolve(new Response(body,
                         { status, headers: { 'Content-Type': 'application/json' } }))
                     : real(url, init);",
                vec![json!(path), json!(status), json!(body)],
            )
            .await?;
        Ok(())
    }

    /// From now until `release` (or the page is left), the page's calls to a URL
    /// containing `path` wait before they are sent: a slow link's answer that has not
    /// come yet, for as long as the test needs.
    pub async fn hold(&self, path: &str) -> Result<()> {
        self.browser
            .execute(
                "const [path] = arguments;
                 const real = window.__serverFetch || (window.__serverFetch = window.fetch);
                 const held = new Promise(open => { window.__release = open; });
                 window.fetch = (url, init) => String(url).includes(path)
                     ? held.then(() => real(url, init))
                     : real(url, init);",
                vec![json!(path)],
            )
            .await?;
        Ok(())
    }

    /// Let the calls `hold` kept waiting go (and those made after).
    pub async fn release(&self) -> Result<()> {
        self.browser
            .execute("window.__release && window.__release();", vec![])
            .await?;
        Ok(())
    }

    /// GET a path from the page, with its cookies; returns the body text.
    pub async fn fetch_text(&self, path: &str) -> Result<String> {
        let v = self
            .browser
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 fetch(arguments[0]).then(r => r.text()).then(done, e => done('ERROR ' + e));",
                vec![json!(path)],
            )
            .await?;
        Ok(v.as_str().unwrap_or_default().to_string())
    }

    /// Save a PNG of the current page (for people to look at), after checking it against
    /// the WCAG rules (`a11y`): every screen worth a picture is a screen to check.
    pub async fn screenshot(&self, name: &str) -> Result<()> {
        self.accessible(name).await?;
        if let Some(dir) = std::env::var_os("SAUTI_SCREENSHOTS") {
            let png = self.browser.screenshot().await?;
            std::fs::create_dir_all(&dir)?;
            std::fs::write(PathBuf::from(dir).join(format!("{name}.png")), png)?;
        }
        Ok(())
    }

    /// Send a Chrome DevTools Protocol command through chromedriver
    /// (e.g. `Emulation.setCPUThrottlingRate`).
    pub async fn cdp(&self, cmd: &str, params: Value) -> Result<Value> {
        Ok(self
            .browser
            .issue_cmd(CdpCommand {
                cmd: cmd.to_string(),
                params,
            })
            .await?)
    }

    /// Milliseconds from now until `css` exists in the page, measured inside the page
    /// after running `action` (a JS statement) — no WebDriver round trip in the figure.
    pub async fn time_until(&self, action: &str, css: &str) -> Result<f64> {
        let script = format!(
            "const done = arguments[arguments.length - 1];
             const t0 = performance.now();
             {action};
             const tick = () => document.querySelector({css:?})
                 ? done(performance.now() - t0) : requestAnimationFrame(tick);
             tick();"
        );
        let v = self.browser.execute_async(&script, vec![]).await?;
        v.as_f64().context("a number of milliseconds")
    }

    /// Like [`Harness::time_until`], and also the longest time between two animation
    /// frames meanwhile: how long the page could not paint or answer a touch (milliseconds).
    pub async fn time_and_longest_freeze(&self, action: &str, css: &str) -> Result<(f64, f64)> {
        let script = format!(
            "const done = arguments[arguments.length - 1];
             const t0 = performance.now();
             let last = t0, gap = 0;
             {action};
             const tick = (now) => {{
                 gap = Math.max(gap, now - last); last = now;
                 if (document.querySelector({css:?})) done([performance.now() - t0, gap]);
                 else requestAnimationFrame(tick);
             }};
             requestAnimationFrame(tick);"
        );
        let v = self.browser.execute_async(&script, vec![]).await?;
        let pair = v.as_array().context("[elapsed, gap]")?;
        let number = |i: usize| pair.get(i).and_then(Value::as_f64).context("a number");
        Ok((number(0)?, number(1)?))
    }

    /// Close the browser and stop the server.
    pub async fn finish(mut self) -> Result<()> {
        self.browser.clone().close().await?;
        if let Some(runtime) = self.server_runtime.take() {
            runtime.shutdown_background();
        }
        Ok(())
    }

    /// An HTTP client signed in as the demo admin.
    pub async fn admin(&self) -> Result<reqwest::Client> {
        let admin = reqwest::Client::builder().cookie_store(true).build()?;
        admin
            .post(format!("{}/api/v1/auth/login", self.base))
            .json(&json!({ "username": "admin", "password": self.password("admin") }))
            .send()
            .await?
            .error_for_status()?;
        Ok(admin)
    }

    /// Import a form definition as the demo admin and publish it; phones enrolled
    /// afterwards get it.
    pub async fn import_form(&self, form: &forms::model::Form) -> Result<()> {
        self.admin()
            .await?
            .post(format!(
                "{}/api/v1/forms?publish=true&file_name={}.json",
                self.base, form.id
            ))
            .body(serde_json::to_vec(form)?)
            .send()
            .await?
            .error_for_status()?;
        Ok(())
    }

    /// A new enumerator account of the demo project, made by the demo admin; its password.
    pub async fn create_enumerator(&self, username: &str) -> Result<String> {
        let created: Value = self
            .admin()
            .await?
            .post(format!("{}/api/v1/users", self.base))
            .json(&json!({ "username": username, "role": "enumerator" }))
            .send()
            .await?
            .error_for_status()?
            .json()
            .await?;
        created["password"]
            .as_str()
            .map(String::from)
            .context("the new account's password")
    }

    /// Sign in as the demo admin over HTTP and revoke every enrolled phone.
    pub async fn revoke_all_devices(&self) -> Result<usize> {
        let admin = self.admin().await?;
        let devices: Vec<Value> = admin
            .get(format!("{}/api/v1/devices", self.base))
            .send()
            .await?
            .error_for_status()?
            .json()
            .await?;
        for d in &devices {
            let id = d["id"].as_str().unwrap_or_default();
            admin
                .post(format!("{}/api/v1/devices/{id}/revoke", self.base))
                .send()
                .await?
                .error_for_status()?;
        }
        Ok(devices.len())
    }

    /// Sign in on the steward page.
    pub async fn steward_sign_in(&self) -> Result<()> {
        self.sign_in_as("steward").await
    }

    /// Sign in on the steward page as one of the demo accounts (steward, reviewer,
    /// partner, admin).
    pub async fn sign_in_as(&self, username: &str) -> Result<()> {
        self.open("/steward").await?;
        self.type_into("#steward-username", username).await?;
        self.type_into("#steward-password", &self.password(username))
            .await?;
        self.click("#steward-submit").await?;
        self.find("#steward-sign-out").await?;
        self.accessible(&format!("steward page as {username}"))
            .await
    }

    /// Approve a submission on the steward page's review desk (open it, approve,
    /// confirm) and wait until the record shows it, then go back to the list.
    pub async fn approve(&self, id: &str) -> Result<()> {
        // Every state's tab: a record sent back is not "to review".
        self.click(".tab[data-state='']").await?;
        let open = format!("li[data-id='{id}'] button.open");
        // Centred: the Undo bar of an earlier decision sits at the window's bottom.
        self.scroll_to(&open).await?;
        self.click(&open).await?;
        for button in ["#decide-approve", "#decision-yes"] {
            self.scroll_to(button).await?;
            self.click(button).await?;
        }
        self.find("#record-state[data-state='approved']").await?;
        self.scroll_to("#record-back").await?;
        self.click("#record-back").await?;
        Ok(())
    }

    /// The enumerator's side of the app.
    pub fn field(&self) -> Field<'_> {
        Field { h: self }
    }
}

/// chromedriver's vendor endpoint for DevTools commands.
#[derive(Debug)]
struct CdpCommand {
    cmd: String,
    params: Value,
}

impl fantoccini::wd::WebDriverCompatibleCommand for CdpCommand {
    fn endpoint(
        &self,
        base: &url::Url,
        session: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base.join(&format!(
            "session/{}/goog/cdp/execute",
            session.unwrap_or_default()
        ))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        let body = json!({ "cmd": self.cmd, "params": self.params });
        (http::Method::POST, Some(body.to_string()))
    }
}

/// What an enumerator does, step by step, in the real UI.
pub struct Field<'a> {
    h: &'a Harness,
}

impl Field<'_> {
    /// Choose the UI language from the header, and wait until the page shows it (a
    /// language other than English is loaded from its `.ftl` file first).
    pub async fn use_language(&self, lang: &str) -> Result<()> {
        self.h.select("#ui-lang", lang).await?;
        self.h
            .browser
            .execute_async(
                "const [lang, done] = arguments;
                 const tick = () => document.documentElement.lang === lang
                     ? done(true) : setTimeout(tick, 20);
                 tick();",
                vec![json!(lang)],
            )
            .await?;
        Ok(())
    }

    /// Turn "send automatically when online" on or off (as the enumerator would).
    pub async fn auto_send(&self, on: bool) -> Result<()> {
        let checked = self.h.find("#auto-send").await?.prop("checked").await?;
        if (checked.as_deref() == Some("true")) != on {
            self.h.click("#auto-send").await?;
        }
        Ok(())
    }

    /// First use: sign in as the demo enumerator and choose a passphrase. Automatic
    /// sending is then turned off, so a test decides when records leave the phone
    /// (`records_leave_by_themselves_…` covers automatic sending).
    pub async fn enroll(&self, passphrase: &str) -> Result<()> {
        self.enroll_as("enumerator", &self.h.password("enumerator"), passphrase)
            .await
    }

    /// First use, as another enumerator account (`Harness::create_enumerator`).
    pub async fn enroll_as(&self, username: &str, password: &str, passphrase: &str) -> Result<()> {
        let h = self.h;
        h.find("#setup-username").await?;
        h.accessible("setup").await?;
        h.type_into("#setup-username", username).await?;
        h.type_into("#setup-password", password).await?;
        h.click("#setup-signin").await?;
        h.find("#setup-passphrase").await?;
        h.accessible("setup, the passphrase").await?;
        h.type_into("#setup-passphrase", passphrase).await?;
        h.type_into("#setup-confirm", passphrase).await?;
        h.click("#setup-submit").await?;
        h.find("#new-interview").await?;
        h.accessible("home after setup").await?;
        self.auto_send(false).await
    }

    pub async fn unlock(&self, passphrase: &str) -> Result<()> {
        self.h.find("#unlock-passphrase").await?;
        self.h.accessible("unlock").await?;
        self.h.type_into("#unlock-passphrase", passphrase).await?;
        self.h.click("#unlock-submit").await
    }

    /// Start an interview and record verbal consent, witnessed, for the given purposes.
    pub async fn verbal_consent(&self, lang: &str, witness: &str, purposes: &[&str]) -> Result<()> {
        self.verbal_consent_with_access(lang, witness, purposes, None)
            .await
    }

    /// Verbal consent where the respondent also chooses the four digits that, with the
    /// receipt code, open the community review page.
    pub async fn verbal_consent_with_access(
        &self,
        lang: &str,
        witness: &str,
        purposes: &[&str],
        access: Option<&str>,
    ) -> Result<()> {
        let h = self.h;
        h.click("#new-interview").await?;
        h.select("#respondent-lang", lang).await?;
        for p in purposes {
            h.click(&format!("#purpose-{p}")).await?;
        }
        self.understood().await?;
        h.click("#method-verbal").await?;
        h.type_into("#witness", witness).await?;
        if let Some(digits) = access {
            h.type_into("#consent-access", digits).await?;
        }
        h.accessible("consent").await?;
        h.click("#consent-give").await?;
        h.find("#page-1").await?;
        h.accessible("page 1").await
    }

    /// Start an interview and record consent signed on the screen, drawn with the pointer.
    pub async fn signed_consent(&self, lang: &str, purposes: &[&str]) -> Result<()> {
        let h = self.h;
        h.click("#new-interview").await?;
        h.select("#respondent-lang", lang).await?;
        for p in purposes {
            h.click(&format!("#purpose-{p}")).await?;
        }
        self.understood().await?;
        h.click("#method-signature").await?;
        self.draw_on_pad().await?;
        h.screenshot("07-signature").await?;
        h.click("#consent-give").await?;
        h.find("#page-1").await?;
        Ok(())
    }

    /// Draw a stroke on the signature pad with the pointer, as a finger would.
    pub async fn draw_on_pad(&self) -> Result<()> {
        self.h.draw_on("#signature-pad").await
    }

    /// Start an interview in English for `purposes` and choose a consent method
    /// (`mark`, `guardian`, `proxy`, …), typing `fields` (css → text); a mark is drawn
    /// on the pad. Stops before "Consent given".
    pub async fn start_consent(
        &self,
        method: &str,
        purposes: &[&str],
        fields: &[(&str, &str)],
    ) -> Result<()> {
        let h = self.h;
        h.click("#new-interview").await?;
        for p in purposes {
            h.click(&format!("#purpose-{p}")).await?;
        }
        self.understood().await?;
        h.click(&format!("#method-{method}")).await?;
        if method == "mark" {
            self.draw_on_pad().await?;
        }
        for (css, text) in fields {
            h.type_into(css, text).await?;
        }
        Ok(())
    }

    /// Answer the demo template's comprehension questions rightly ("can you stop at any
    /// time?" yes, "will saying no change your help?" no).
    pub async fn understood(&self) -> Result<()> {
        self.h.click("#understand-voluntary-yes").await?;
        self.h.click("#understand-aid_unchanged-no").await
    }

    /// Record a refusal; returns the receipt code shown.
    pub async fn refusal(&self) -> Result<String> {
        self.h.click("#new-interview").await?;
        self.h.click("#consent-refuse").await?;
        let code = self.h.text("#receipt-code").await?;
        self.h.click("#receipt-done").await?;
        self.h.find("#new-interview").await?;
        Ok(code)
    }

    /// Answer a text or number question.
    pub async fn answer(&self, question: &str, text: &str) -> Result<()> {
        self.h.type_into(&format!("#q-{question}"), text).await
    }

    /// Pick a choice of a select_one / select_multiple question.
    pub async fn choose(&self, question: &str, choice: &str) -> Result<()> {
        self.h.click(&format!("#q-{question}-{choice}")).await
    }

    pub async fn date(&self, question: &str, iso: &str) -> Result<()> {
        self.h.set_value(&format!("#q-{question}"), iso).await
    }

    /// Go to the next page and wait for it.
    pub async fn next(&self, expected_page: usize) -> Result<()> {
        self.h.click("#next").await?;
        self.h.find(&format!("#page-{expected_page}")).await?;
        self.h.accessible(&format!("page {expected_page}")).await
    }

    /// Save the interview; returns the receipt code shown.
    pub async fn save(&self) -> Result<String> {
        self.h.click("#save").await?;
        let code = self.h.text("#receipt-code").await?;
        // The QR code of the review page's address, drawn as one SVG path.
        let qr = self.h.find("#receipt-qr path").await?;
        let path = qr.attr("d").await?.unwrap_or_default();
        if !path.starts_with("M0 0h7v1h-7z") {
            bail!("the receipt's QR code starts without its finder pattern: {path:.40}");
        }
        self.h.screenshot("receipt").await?;
        self.h.click("#receipt-done").await?;
        self.h.find("#new-interview").await?;
        self.h.accessible("home after a save").await?;
        Ok(code)
    }

    /// Press "Sync now" and wait for the outcome message.
    pub async fn sync(&self, expected: &str) -> Result<String> {
        self.h.click("#sync").await?;
        self.h.wait_text("#home-message", |t| t == expected).await
    }

    /// Take verbal consent in English and fill a one-person household in `area` (every
    /// page, up to the Save button).
    pub async fn one_person_household(&self, area: &str) -> Result<()> {
        self.verbal_consent("en", "Amina", &["needs_assessment"])
            .await?;
        self.fill_household("2025-11-20", area, "Fatima", &[("Fatima", "female", "34")])
            .await
    }

    /// Fill the demo household form with the given place and respondent names, pages 1–8.
    pub async fn fill_household(
        &self,
        today: &str,
        area: &str,
        respondent: &str,
        members: &[(&str, &str, &str)],
    ) -> Result<()> {
        self.fill_household_reachable(today, area, respondent, members, None)
            .await
    }

    /// [`Field::fill_household`], also giving the phone number for referrals (asked only
    /// when the respondent accepted the referral purpose).
    pub async fn fill_household_reachable(
        &self,
        today: &str,
        area: &str,
        respondent: &str,
        members: &[(&str, &str, &str)],
        phone: Option<&str>,
    ) -> Result<()> {
        self.date("interview_date", today).await?;
        self.answer("admin_area", area).await?;
        self.next(2).await?;
        self.answer("respondent_name", respondent).await?;
        if let Some(number) = phone {
            self.answer("respondent_phone", number).await?;
        }
        self.choose("displacement_status", "idp").await?;
        self.date("displaced_since", "2025-03-01").await?;
        self.choose("displacement_reason", "conflict").await?;
        self.next(3).await?;
        for (i, (name, sex, age)) in members.iter().enumerate() {
            let n = i + 1;
            self.h.click("#add-members").await?;
            self.answer(&format!("members-{n}-member_name"), name)
                .await?;
            self.choose(&format!("members-{n}-member_sex"), sex).await?;
            self.answer(&format!("members-{n}-member_age"), age).await?;
            self.choose(&format!("members-{n}-member_disability"), "no")
                .await?;
            if *sex == "female" && (12..=50).contains(&age.parse::<u32>().unwrap_or(0)) {
                self.choose(&format!("members-{n}-member_pregnant"), "no")
                    .await?;
            }
        }
        self.next(4).await?;
        self.choose("shelter_type", "tent").await?;
        self.choose("shelter_damage", "partial").await?;
        self.answer("rooms", "1").await?;
        self.next(5).await?;
        self.choose("water_source", "truck").await?;
        self.answer("water_time_minutes", "45").await?;
        self.choose("water_enough", "no").await?;
        self.choose("water_treatment", "boil").await?;
        self.next(6).await?;
        self.answer("meals_yesterday", "2").await?;
        for (q, v) in [
            ("cereals", "7"),
            ("pulses", "3"),
            ("vegetables", "1"),
            ("meat", "0"),
            ("dairy", "0"),
        ] {
            self.answer(&format!("days_{q}"), v).await?;
        }
        self.choose("food_coping", "skip_meals").await?;
        self.next(7).await?;
        self.choose("health_access", "no").await?;
        self.choose("health_barrier", "distance").await?;
        self.choose("health_barrier", "cost").await?;
        self.choose("chronic_illness", "no").await?;
        self.next(8).await?;
        for need in ["food", "water", "shelter"] {
            self.choose("priority_needs", need).await?;
        }
        Ok(())
    }
}

/// An uncompressed 24-bit picture, `width` x `height`, in a gradient.
pub fn bmp(width: u32, height: u32) -> Vec<u8> {
    let row = (width * 3).div_ceil(4) * 4;
    let size = 54 + row * height;
    let mut out = Vec::with_capacity(size as usize);
    out.extend_from_slice(b"BM");
    for v in [size, 0, 54, 40] {
        out.extend_from_slice(&v.to_le_bytes());
    }
    out.extend_from_slice(&width.to_le_bytes());
    out.extend_from_slice(&height.to_le_bytes());
    out.extend_from_slice(&1u16.to_le_bytes());
    out.extend_from_slice(&24u16.to_le_bytes());
    out.extend_from_slice(&[0; 24]);
    for y in 0..height {
        for x in 0..row {
            out.push(((x + y) % 256) as u8);
        }
    }
    out
}

/// A short silent recording: 0.1 s of 8 kHz 8-bit mono WAV.
pub fn wav() -> Vec<u8> {
    let samples = 800u32;
    let mut out = Vec::with_capacity(44 + samples as usize);
    out.extend_from_slice(b"RIFF");
    out.extend_from_slice(&(36 + samples).to_le_bytes());
    out.extend_from_slice(b"WAVEfmt ");
    out.extend_from_slice(&16u32.to_le_bytes());
    out.extend_from_slice(&1u16.to_le_bytes());
    out.extend_from_slice(&1u16.to_le_bytes());
    out.extend_from_slice(&8000u32.to_le_bytes());
    out.extend_from_slice(&8000u32.to_le_bytes());
    out.extend_from_slice(&1u16.to_le_bytes());
    out.extend_from_slice(&8u16.to_le_bytes());
    out.extend_from_slice(b"data");
    out.extend_from_slice(&samples.to_le_bytes());
    out.extend(std::iter::repeat_n(128u8, samples as usize));
    out
}

/// The message the phone shows after a sync, in `lang`.
pub fn sync_message(lang: &str, accepted: u32, duplicates: u32, rejected: u32) -> String {
    forms::i18n::tr_args(
        lang,
        "sync-done",
        &[
            ("accepted", accepted.to_string()),
            ("duplicates", duplicates.to_string()),
            ("rejected", rejected.to_string()),
        ],
    )
}

/// Make the phone's unlock throttle ask for `seconds` more seconds (as after many wrong
/// passphrases), submit a wrong passphrase, and return the message shown (each call
/// expects another message than the one before): plural messages checked in the browser.
pub async fn unlock_wait_message(h: &Harness, seconds: u32) -> Result<String> {
    let before = h.text("form p.error").await?;
    h.browser
        .execute(
            "const [seconds] = arguments;
             // Five failures wait one second after the last; set the last failure so that
             // `seconds` - 0.1 s are left.
             const last = Date.now() - 1000 + (seconds - 0.1) * 1000;
             localStorage.setItem('sauti/unlock-throttle',
                 JSON.stringify({ failures: 5, last_failure_ms: last }));",
            vec![serde_json::json!(seconds)],
        )
        .await?;
    h.type_into("#unlock-passphrase", "not the passphrase")
        .await?;
    h.click("#unlock-submit").await?;
    h.wait_text("form p.error", |t| !t.is_empty() && t != before)
        .await
}
