//! Sauti's server: serves the client, enrolls devices, receives batches of records,
//! re-validates them with the same `forms` code the phones use, stores them, and lets data
//! stewards review and export what consent and policy allow.
//!
//! `main.rs` only parses arguments; tests start the same server with [`start`] on
//! `127.0.0.1:0` against a real SQLite file.
//!
//! Secrets and personal data are not logged: the request log has method, path and status;
//! ingest logs counts and the device id.

pub mod assignments;
pub mod audit;
pub mod auth;
pub mod cache;
pub mod catalog;
pub mod community;
pub mod dashboard;
pub mod db;
pub mod desk;
pub mod error;
pub mod export;
pub mod feedback;
pub mod governance;
pub mod http;
pub mod ingest;
pub mod media;
pub mod monitor;
pub mod policy;
pub mod projects;
pub mod purge;
pub mod seed;
pub mod shaping;
pub mod templates;
pub mod throttle;
pub mod translation;

use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use forms::model::{CompiledForm, Form};

use crate::db::Db;
use crate::error::{Error, Result};
pub use crate::seed::Credential;

/// How a server is started.
#[derive(Debug, Clone)]
pub struct Config {
    /// Folder for the SQLite file (created if missing).
    pub data_dir: PathBuf,
    /// A `postgres://` URL to use PostgreSQL instead of the SQLite file.
    pub database: Option<String>,
    pub listen: SocketAddr,
    /// The built client (`app/dist`); without it only the API is served.
    pub app_dir: Option<PathBuf>,
    /// The address users reach the server at; `https://` turns on `Secure` cookies.
    pub public_url: Option<String>,
    /// Policy files (TOML) to install at start, each naming its project. A file that
    /// does not fit its project stops the start with every problem listed.
    pub policies: Vec<PathBuf>,
    /// Reverse proxies whose `X-Forwarded-For` names the client: the guessing throttles
    /// key on the client's network, which behind a proxy is not the peer's address.
    pub trusted_proxies: throttle::TrustedProxies,
    /// Seed the demo project (its form, template, policy and one account per role, with
    /// passwords printed once) into an empty database. The README's run command does;
    /// a real installation creates its own project and first admin (`sauti project
    /// create`, `sauti user create`).
    pub demo: bool,
}

/// Locking the caches every request shares (never held across an await); a poisoned lock
/// is an internal error, not a panic.
trait Guard<T> {
    fn guard(&self) -> Result<std::sync::MutexGuard<'_, T>>;
}

impl<T> Guard<T> for Mutex<T> {
    fn guard(&self) -> Result<std::sync::MutexGuard<'_, T>> {
        self.lock()
            .map_err(|_| anyhow::anyhow!("a shared cache was poisoned").into())
    }
}

/// Policies in force by project, each with the (policy, form, template) generation it was
/// read at ([`db::Db::policy_generation`]).
type PolicyCache = Arc<Mutex<HashMap<String, ((i64, i64, i64), Arc<governance::PolicyInForce>)>>>;

/// Compiled forms by (project, form id, version).
type FormCache = Arc<Mutex<cache::Bounded<(String, String, String), Arc<CompiledForm>>>>;
/// Consent templates by (project, template id, version); `None`: the project has none.
type TemplateCache =
    Arc<Mutex<cache::Bounded<(String, String, u32), Arc<forms::consent::ConsentTemplate>>>>;

/// Password hashes computed at once (each holds 19 MiB for about 50 ms).
pub const HASHING_SLOTS: usize = 4;

/// Shared by every request.
#[derive(Clone)]
pub struct AppState {
    pub db: Db,
    pub secure_cookies: bool,
    /// Reverse proxies whose `X-Forwarded-For` names the client (throttles key on it).
    pub trusted_proxies: Arc<throttle::TrustedProxies>,
    /// Password hashing is memory-hard (19 MiB each): at most this many at once, so a
    /// flood of sign-ins cannot take the server's memory.
    pub hashing: Arc<tokio::sync::Semaphore>,
    forms: FormCache,
    templates: TemplateCache,
    /// Policies in force by project, with the generation they were read at.
    policies: PolicyCache,
}

impl AppState {
    pub fn new(db: Db, secure_cookies: bool) -> AppState {
        AppState {
            db,
            secure_cookies,
            trusted_proxies: Arc::default(),
            hashing: Arc::new(tokio::sync::Semaphore::new(HASHING_SLOTS)),
            forms: Arc::default(),
            templates: Arc::default(),
            policies: Arc::default(),
        }
    }

    /// The policy in force for a project, read once and kept until a new one is installed.
    ///
    /// The cache is checked against the database on every call (newest policy, form and
    /// template): another server process on the same database may have installed one.
    pub async fn policy(&self, project_id: &str) -> Result<Arc<governance::PolicyInForce>> {
        let generation = self.db.policy_generation(project_id).await?;
        if let Some((seen, found)) = self.policies.guard()?.get(project_id)
            && *seen == generation
        {
            return Ok(found.clone());
        }
        let loaded = governance::load(&self.db, project_id).await?;
        self.policies
            .guard()?
            .insert(project_id.to_string(), (generation, loaded.clone()));
        Ok(loaded)
    }

    /// Install a new policy version for a project and apply it from the next request.
    pub async fn install_policy(
        &self,
        project_id: &str,
        source: &str,
        actor: &str,
    ) -> Result<(i64, bool)> {
        let installed = governance::install(&self.db, project_id, source, actor).await?;
        self.policies.guard()?.remove(project_id);
        Ok(installed)
    }

    /// Drop a cached template version (after it was installed or corrected).
    pub fn forget_template(&self, project_id: &str, template_id: &str, version: u32) -> Result<()> {
        self.templates
            .guard()?
            .remove(&(project_id.to_string(), template_id.to_string(), version));
        Ok(())
    }

    /// A consent template version of a project, read once and cached (versions are
    /// immutable once used).
    pub async fn consent_template(
        &self,
        project_id: &str,
        template_id: &str,
        version: u32,
    ) -> Result<Option<Arc<forms::consent::ConsentTemplate>>> {
        let key = (project_id.to_string(), template_id.to_string(), version);
        if let Some(found) = self.templates.guard()?.get(&key) {
            return Ok(Some(found.clone()));
        }
        let template: Option<Arc<forms::consent::ConsentTemplate>> = match self
            .db
            .consent_template(project_id, template_id, version)
            .await?
        {
            Some(json) => Some(Arc::new(serde_json::from_str(&json)?)),
            None => None,
        };
        // Only what exists is cached: a made-up id from a phone is not kept.
        if let Some(template) = &template {
            self.templates.guard()?.insert(key, template.clone());
        }
        Ok(template)
    }

    /// A form version of a project, compiled once and cached.
    pub async fn compiled_form(
        &self,
        project_id: &str,
        form_id: &str,
        version: &str,
    ) -> Result<Arc<CompiledForm>> {
        let key = (
            project_id.to_string(),
            form_id.to_string(),
            version.to_string(),
        );
        if let Some(found) = self.forms.guard()?.get(&key) {
            return Ok(found.clone());
        }
        let unknown = || Error::UnknownForm {
            form_id: form_id.to_string(),
            version: version.to_string(),
        };
        // Published versions only: a draft takes no records and reaches no export.
        let json = self
            .db
            .published_definition(project_id, form_id, version)
            .await?
            .ok_or_else(unknown)?;
        let form: Form = serde_json::from_str(&json)?;
        let compiled = Arc::new(form.compile()?);
        self.forms.guard()?.insert(key, compiled.clone());
        Ok(compiled)
    }
}

impl AppState {
    /// A form version as it is asked of a respondent who accepted `purposes`: questions
    /// tagged with other purposes are never relevant, so an answer to one is refused. The
    /// plain form when no question is tagged; each set of purposes is compiled once.
    pub async fn form_for_purposes(
        &self,
        project_id: &str,
        form_id: &str,
        version: &str,
        purposes: &[String],
    ) -> Result<Arc<CompiledForm>> {
        let base = self.compiled_form(project_id, form_id, version).await?;
        let mut sorted: Vec<&str> = purposes.iter().map(String::as_str).collect();
        sorted.sort_unstable();
        sorted.dedup();
        // A version string never holds a control character, so the keys cannot collide.
        let key = (
            project_id.to_string(),
            form_id.to_string(),
            format!("{version}\u{1f}{}", sorted.join(" ")),
        );
        if let Some(found) = self.forms.guard()?.get(&key) {
            return Ok(found.clone());
        }
        // A form without purpose tags is kept under the key too: the next record with these
        // purposes finds it here instead of walking the form again (ingest's hot path).
        let narrowed = match base.for_purposes(purposes)? {
            Some(narrowed) => Arc::new(narrowed),
            None => base,
        };
        self.forms.guard()?.insert(key, narrowed.clone());
        Ok(narrowed)
    }
}

/// A server that is listening.
pub struct Running {
    pub addr: SocketAddr,
    /// Accounts created at this start (first start only), with their one-time passwords.
    pub credentials: Vec<Credential>,
    /// The database holds no project yet: the operator creates one and its first admin.
    pub needs_setup: bool,
    pub task: tokio::task::JoinHandle<std::io::Result<()>>,
}

/// Name, for the steward's search, the records stored before the names were kept or
/// while the server was away (`desk::index_names`; a search does it too, first).
fn name_records(state: AppState) {
    tokio::spawn(async move {
        if let Err(e) = desk::index_names(&state).await {
            tracing::warn!(error = %e, "records not yet named for search");
        }
    });
}

/// Keep the query planner's statistics in step with a database that grows while the
/// server runs (a project's records go from hundreds to 100,000 without a restart): an
/// hourly `Db::refresh_statistics`, which does nothing where nothing changed much.
fn refresh_statistics_hourly(db: Db) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let mut every_hour = tokio::time::interval(std::time::Duration::from_secs(3600));
        every_hour.tick().await; // the first tick is now: opening the database just did it
        loop {
            every_hour.tick().await;
            if let Err(e) = db.refresh_statistics(false).await {
                tracing::warn!(error = %e, "query statistics not refreshed; next hour again");
            }
        }
    })
}

/// Open the database, seed the demo project on first start, bind, and serve in the background.
pub async fn start(config: Config) -> anyhow::Result<Running> {
    let db = Db::connect(config.database.as_deref(), &config.data_dir).await?;
    let credentials = if config.demo {
        seed::seed_demo(&db).await?
    } else {
        Vec::new()
    };
    let needs_setup = !db.has_projects().await?;
    for path in &config.policies {
        let source = std::fs::read_to_string(path)
            .map_err(|e| anyhow::anyhow!("policy {}: {e}", path.display()))?;
        let project = policy::Policy::parse_unchecked(&source)
            .map_err(|e| anyhow::anyhow!("policy {}:\n{e}", path.display()))?
            .project;
        match governance::install(&db, &project, &source, "policy-file").await {
            Ok((version, true)) => {
                tracing::info!(project, version, "installed policy {}", path.display())
            }
            Ok(_) => {}
            Err(Error::InvalidPolicy(problems)) => anyhow::bail!(
                "policy {} cannot be used:\n  {}",
                path.display(),
                problems.join("\n  ")
            ),
            Err(e) => return Err(e.into()),
        }
    }
    let secure = config
        .public_url
        .as_deref()
        .is_some_and(|u| u.starts_with("https://"));
    let mut state = AppState::new(db, secure);
    state.trusted_proxies = Arc::new(config.trusted_proxies.clone());
    purge::schedule(state.clone());
    refresh_statistics_hourly(state.db.clone());
    name_records(state.clone());
    let app = http::router(state, config.app_dir.as_deref());
    let listener = tokio::net::TcpListener::bind(config.listen).await?;
    let addr = listener.local_addr()?;
    let task = tokio::spawn(async move {
        axum::serve(
            listener,
            app.into_make_service_with_connect_info::<std::net::SocketAddr>(),
        )
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await
    });
    Ok(Running {
        addr,
        credentials,
        needs_setup,
        task,
    })
}
