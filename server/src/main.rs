//! `sauti`: the server binary. Argument parsing and wiring only; the work is in the library.

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::{Parser, Subcommand};

/// mimalloc: the server allocates many small strings per record (JSON, answers), where
/// it is markedly faster than the system allocator (see BENCHMARKS.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(name = "sauti", version, about = "Sauti survey and consent server")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the app and the API (creates the database; `--demo` seeds the demo project).
    Serve {
        #[command(flatten)]
        store: Store,
        /// Address to listen on.
        #[arg(long, env = "SAUTI_LISTEN", default_value = "127.0.0.1:8080")]
        listen: SocketAddr,
        /// Folder with the built client.
        #[arg(long, env = "SAUTI_APP", default_value = "app/dist")]
        app: PathBuf,
        /// Public address (https:// enables Secure cookies).
        #[arg(long, env = "SAUTI_PUBLIC_URL")]
        public_url: Option<String>,
        /// A project's data-governance policy (TOML) to install at start; repeatable.
        /// Start fails, listing every problem, if a policy does not fit its project.
        #[arg(long = "policy", env = "SAUTI_POLICY", value_delimiter = ',')]
        policies: Vec<PathBuf>,
        /// Reverse proxies (IP addresses, comma-separated) whose `X-Forwarded-For` header
        /// names the client; without it the peer's own address is the client's.
        #[arg(
            long = "trusted-proxy",
            env = "SAUTI_TRUSTED_PROXIES",
            default_value = ""
        )]
        trusted_proxies: String,
        /// Seed the demo project and its accounts into an empty database (what the
        /// README's run command does); a real installation creates its own project.
        #[arg(long, env = "SAUTI_DEMO")]
        demo: bool,
    },
    /// Manage projects.
    Project {
        #[command(subcommand)]
        action: ProjectAction,
    },
    /// A fresh installation's first project and its admin: asks on this terminal (the
    /// password is typed, never shown, printed or logged); with stdin not a terminal, the
    /// password is read from its first line.
    Setup {
        /// The project's id (3 to 40 lower-case letters, digits or `-`); asked if absent.
        #[arg(long)]
        project: Option<String>,
        /// The project's name; asked if absent.
        #[arg(long)]
        name: Option<String>,
        /// The admin's username; asked if absent.
        #[arg(long)]
        admin: Option<String>,
        #[command(flatten)]
        store: Store,
    },
    /// Manage accounts (the first admin of a new project, a forgotten password).
    User {
        #[command(subcommand)]
        action: UserAction,
    },
    /// Manage forms.
    Form {
        #[command(subcommand)]
        action: FormAction,
    },
    /// Export a project's approved records under one of its policy's export profiles.
    Export {
        #[command(flatten)]
        store: Store,
        /// The project.
        #[arg(long, default_value = server::seed::DEMO_PROJECT)]
        project: String,
        /// The export profile (from the project's policy).
        #[arg(long)]
        profile: String,
        /// csv, json, or xlsx (every table as a sheet).
        #[arg(long, default_value = "csv")]
        format: String,
        /// A repeat's linked table instead of the main table.
        #[arg(long)]
        table: Option<String>,
        /// Write choice labels in this language instead of codes.
        #[arg(long)]
        labels: Option<String>,
        /// sauti, or kobo: columns and linked tables named as KoboToolbox exports them.
        #[arg(long, default_value = "sauti")]
        layout: String,
        /// Who receives the file, for the export ledger (default: the profile's partners).
        #[arg(long)]
        recipient: Option<String>,
        /// Where to write the file (default: a name made of form, profile and date).
        #[arg(long, short)]
        out: Option<PathBuf>,
    },
    /// Delete what the policies say must go (past retention, withdrawn), leaving
    /// tombstones; the server also does this at start and daily.
    Purge {
        #[command(flatten)]
        store: Store,
        /// Only say what would go.
        #[arg(long)]
        dry_run: bool,
        /// Purge as if today were this date (YYYY-MM-DD), to see what a date will bring.
        #[arg(long, value_name = "DATE")]
        as_of: Option<String>,
    },
    /// Check the audit log.
    Audit {
        #[command(subcommand)]
        action: AuditAction,
    },
}

/// Where the data lives: the SQLite file in `--data`, or PostgreSQL with `--database`.
#[derive(clap::Args)]
struct Store {
    /// Folder holding the SQLite database.
    #[arg(long, env = "SAUTI_DATA", default_value = "data")]
    data: PathBuf,
    /// A postgres:// URL: use PostgreSQL instead of the SQLite file.
    #[arg(long, env = "SAUTI_DATABASE")]
    database: Option<String>,
}

impl Store {
    async fn open(&self) -> anyhow::Result<server::db::Db> {
        Ok(server::db::Db::connect(self.database.as_deref(), &self.data).await?)
    }

    /// Where the data is, for people (a PostgreSQL URL without its password).
    fn describe(&self) -> String {
        match &self.database {
            Some(url) => match url.split_once('@') {
                Some((_, host)) => format!("postgres://…@{host}"),
                None => url.clone(),
            },
            None => self.data.join("sauti.sqlite3").display().to_string(),
        }
    }
}

#[derive(Subcommand)]
enum ProjectAction {
    /// Create a project (then its first admin: `sauti user create … --role admin`).
    Create {
        /// A short id: lower-case letters, digits and `-` (3 to 40).
        id: String,
        /// The name people see.
        #[arg(long)]
        name: String,
        #[command(flatten)]
        store: Store,
    },
    /// List the projects: id, members, archived or not, name.
    List {
        #[command(flatten)]
        store: Store,
    },
    /// Archive a project: no new records, phones or forms; its data stays and its stewards can
    /// still export it. `--restore` takes it out of the archive.
    Archive {
        id: String,
        #[arg(long)]
        restore: bool,
        #[command(flatten)]
        store: Store,
    },
}

#[derive(Subcommand)]
enum UserAction {
    /// Create an account; its generated password is printed here, once (never logged).
    Create {
        username: String,
        #[arg(long)]
        project: String,
        /// admin, steward, reviewer, enumerator, partner, monitor or translator.
        #[arg(long)]
        role: String,
        #[command(flatten)]
        store: Store,
    },
    /// Give an account a new generated password (printed here, once) and end its sessions.
    ResetPassword {
        username: String,
        #[arg(long)]
        project: String,
        #[command(flatten)]
        store: Store,
    },
}

/// `sauti project …`.
async fn project(action: ProjectAction) -> anyhow::Result<()> {
    match action {
        ProjectAction::Create { id, name, store } => {
            let ok = (3..=40).contains(&id.len())
                && id
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
            if !ok {
                anyhow::bail!(
                    "a project id has 3 to 40 lower-case letters, digits or `-`, not `{id}`"
                );
            }
            let db = store.open().await?;
            if db.project_ids().await?.contains(&id) {
                anyhow::bail!("project `{id}` exists already");
            }
            db.insert_project(&id, name.trim()).await?;
            db.audit("cli", "project-created", &id).await?;
            println!(
                "created project {id}; next: sauti user create <username> --project {id} --role admin"
            );
        }
        ProjectAction::List { store } => {
            let db = store.open().await?;
            for p in db.list_projects().await? {
                let state = if p.archived_at.is_some() {
                    "archived"
                } else {
                    "open"
                };
                println!("{}\t{} members\t{state}\t{}", p.id, p.members, p.name);
            }
        }
        ProjectAction::Archive { id, restore, store } => {
            let db = store.open().await?;
            if !db.set_project_archived(&id, !restore).await? {
                anyhow::bail!("no project `{id}` (sauti project list)");
            }
            if restore {
                db.audit("cli", "project-restored", &id).await?;
                println!("project {id} takes records and phones again");
            } else {
                db.audit("cli", "project-archived", &id).await?;
                println!(
                    "archived project {id}: no new records, phones or forms; its data stays and its stewards can still export it (undo: sauti project archive {id} --restore)"
                );
            }
        }
    }
    Ok(())
}

/// One line from the terminal, after a prompt; `default` when left empty.
fn ask(prompt: &str, default: Option<&str>) -> anyhow::Result<String> {
    use std::io::Write;
    match default {
        Some(d) => print!("{prompt} [{d}]: "),
        None => print!("{prompt}: "),
    }
    std::io::stdout().flush()?;
    let mut line = String::new();
    if std::io::stdin().read_line(&mut line)? == 0 {
        anyhow::bail!("no answer to `{prompt}` (stdin closed)");
    }
    let line = line.trim().to_string();
    Ok(match (line.is_empty(), default) {
        (true, Some(d)) => d.to_string(),
        _ => line,
    })
}

/// The first admin's password: typed twice on a terminal without being shown, or the
/// first line of stdin when it is not a terminal (scripts). Checked against the password
/// policy; never printed or logged.
fn ask_password(username: &str) -> anyhow::Result<String> {
    use std::io::IsTerminal;
    if !std::io::stdin().is_terminal() {
        let mut line = String::new();
        std::io::stdin().read_line(&mut line)?;
        let password = line.trim_end_matches(['\r', '\n']).to_string();
        forms::password::check(username, &password).map_err(|p| anyhow::anyhow!("{p}"))?;
        return Ok(password);
    }
    loop {
        let password = rpassword::prompt_password(format!(
            "Password for {username} (at least {} characters; a few words make a good one): ",
            forms::password::MIN_LENGTH
        ))?;
        if let Err(problem) = forms::password::check(username, &password) {
            eprintln!("  {problem}");
            continue;
        }
        if rpassword::prompt_password("The same password again: ")? != password {
            eprintln!("  the two passwords differ; again");
            continue;
        }
        return Ok(password);
    }
}

/// `sauti setup`, and `sauti serve` on an empty database at a terminal: the first project
/// and its admin.
async fn setup(
    db: &server::db::Db,
    project: Option<String>,
    name: Option<String>,
    admin: Option<String>,
) -> anyhow::Result<()> {
    if db.has_projects().await? {
        anyhow::bail!(
            "this database has projects already (sauti project list): an admin adds projects and accounts from the admin page"
        );
    }
    println!("Setting up Sauti: the first project and its admin account.");
    let project = match project {
        Some(p) => p,
        None => ask(
            "Project id (3 to 40 lower-case letters, digits or -)",
            Some("main"),
        )?,
    };
    let name = match name {
        Some(n) => n,
        None => ask("Project name", Some(&project))?,
    };
    let admin = match admin {
        Some(a) => a,
        None => ask("Admin username", Some("admin"))?,
    };
    let password = ask_password(&admin)?;
    server::projects::first_admin(db, &project, &name, &admin, &password).await?;
    println!("created project {project} with its admin {admin}; sign in at /steward");
    Ok(())
}

/// `sauti user …`: passwords go to this terminal only.
async fn user(action: UserAction) -> anyhow::Result<()> {
    match action {
        UserAction::Create {
            username,
            project,
            role,
            store,
        } => {
            let role = server::auth::Role::parse(&role).ok_or_else(|| {
                anyhow::anyhow!("--role is one of admin, steward, reviewer, enumerator, partner, monitor, translator")
            })?;
            let db = store.open().await?;
            if !db.project_ids().await?.contains(&project) {
                anyhow::bail!("no project `{project}` (sauti project list)");
            }
            if db.user_by_name(&username).await?.is_some() {
                anyhow::bail!("the username `{username}` is taken");
            }
            let password = server::seed::new_password()?;
            let hash = server::auth::hash_password(&password)?;
            db.insert_user(&project, &username, &hash, role).await?;
            db.audit(
                "cli",
                "user-created",
                &format!("{username} ({})", role.as_str()),
            )
            .await?;
            println!(
                "{username} ({}) in project {project}: password {password}",
                role.as_str()
            );
            println!("write it down now: it is shown only this once");
        }
        UserAction::ResetPassword {
            username,
            project,
            store,
        } => {
            let db = store.open().await?;
            let (id, _) = db
                .account(&project, &username)
                .await?
                .ok_or_else(|| anyhow::anyhow!("no account `{username}` in project `{project}`"))?;
            let password = server::seed::new_password()?;
            db.set_password(id, &server::auth::hash_password(&password)?, None)
                .await?;
            db.audit("cli", "password-reset", &username).await?;
            println!("{username}: new password {password} (shown only this once; sessions ended)");
        }
    }
    Ok(())
}

#[derive(Subcommand)]
enum AuditAction {
    /// Check the chain, its seals and its head, and say where it breaks (exit status 1
    /// if it does). Read only. Prints the head as an anchor to write down.
    Verify {
        #[command(flatten)]
        store: Store,
        /// An anchor printed by an earlier verify (`<event id>:<hash>`): the chain must
        /// still hold that event, unchanged (catches a database cut back to an old copy).
        #[arg(long)]
        anchor: Option<String>,
    },
}

async fn verify_audit(store: Store, anchor: Option<String>) -> anyhow::Result<()> {
    if store.database.is_none() && !store.data.join("sauti.sqlite3").exists() {
        anyhow::bail!("no database at {}", store.describe());
    }
    let db = store.open().await?;
    let report = server::audit::verify(&db, anchor.as_deref()).await?;
    println!("{report}");
    if matches!(report, server::audit::ChainReport::Broken { .. }) {
        std::process::exit(1);
    }
    Ok(())
}

/// Options of `sauti export`.
struct ExportArgs {
    project: String,
    request: server::export::Request,
    recipient: Option<String>,
    out: Option<PathBuf>,
}

/// `sauti export`: the same export as the web page, into a file, with a progress bar.
async fn export(store: Store, args: ExportArgs) -> anyhow::Result<()> {
    use tokio::io::AsyncWriteExt;
    let db = store.open().await?;
    let state = server::AppState::new(db.clone(), false);
    let export = server::export::Export::prepare(&state, &args.project, &args.request, None)
        .await
        .map_err(|e| match e {
            server::error::Error::NotFound => anyhow::anyhow!(
                "project `{}` has no export profile `{}` (see the [exports] tables of its policy)",
                args.project,
                args.request.profile
            ),
            other => anyhow::anyhow!("{other}"),
        })?;
    let recipient = args.recipient.unwrap_or_else(|| {
        if export.profile.shared_with.is_empty() {
            "cli".to_string()
        } else {
            export.profile.shared_with.join(",")
        }
    });
    let path = args
        .out
        .unwrap_or_else(|| PathBuf::from(export.file_name()));
    let mut file = tokio::fs::File::create(&path)
        .await
        .map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
    let bar = indicatif::ProgressBar::new(export.eligible);
    bar.set_style(
        indicatif::ProgressStyle::with_template(
            "{spinner} {bar:40} {pos}/{len} records  {elapsed_precise}  eta {eta}",
        )
        .map_err(|e| anyhow::anyhow!("{e}"))?,
    );
    let progress = export.progress();
    let suppressed = export.suppressed();
    let operator = std::env::var("USER").unwrap_or_else(|_| "cli".into());
    let (mut chunks, task) = export.run(db, format!("cli:{operator}"), recipient.clone());
    while let Some(chunk) = chunks.recv().await {
        file.write_all(&chunk?).await?;
        bar.set_position(progress.load(std::sync::atomic::Ordering::Relaxed));
    }
    file.flush().await?;
    let summary = task.await??;
    bar.finish_and_clear();
    println!(
        "wrote {} records to {} for {recipient} (export #{}); {suppressed} records withheld by k-anonymity",
        summary.records,
        path.display(),
        summary.export_id
    );
    Ok(())
}

/// `sauti purge`: one line per project, then each record id that goes (or would go).
async fn purge(store: Store, dry_run: bool, as_of: Option<String>) -> anyhow::Result<()> {
    let now = match as_of {
        Some(day) => time::OffsetDateTime::parse(
            &format!("{day}T00:00:00Z"),
            &time::format_description::well_known::Rfc3339,
        )
        .map_err(|_| anyhow::anyhow!("--as-of wants a date like 2027-01-31, not `{day}`"))?,
        None => time::OffsetDateTime::now_utc(),
    };
    let db = store.open().await?;
    let state = server::AppState::new(db.clone(), false);
    let verb = if dry_run { "would go" } else { "gone" };
    for project in db.project_ids().await? {
        let report = server::purge::purge_project(&state, &project, now, dry_run).await?;
        println!("{report}");
        for id in &report.expired {
            println!("  {verb}: {id} (past retention)");
        }
        for (id, purposes) in &report.purposes_expired {
            println!(
                "  {verb}: {} of {id} (past retention; kept for a longer purpose)",
                purposes.join(", ")
            );
        }
        for id in &report.withdrawn {
            println!("  {verb}: {id} (withdrawn)");
        }
        for (id, tags) in &report.scrubbed {
            println!("  {verb}: {} answers of {id}", tags.join(", "));
        }
        for id in &report.feedback_erased {
            println!(
                "  {verb}: the details of feedback case {id} (closed, past its category's retention)"
            );
        }
    }
    Ok(())
}

#[derive(Subcommand)]
enum FormAction {
    /// Import an XLSForm (.xlsx or .xls) as a new version of a project's form, published
    /// at once (phones get it at their next sync) unless `--draft`.
    Import {
        /// The XLSForm file.
        file: PathBuf,
        /// The project that receives it.
        #[arg(long, default_value = server::seed::DEMO_PROJECT)]
        project: String,
        /// A file the form reads: choices (`select_one_from_file`, `pulldata`) as CSV, XML
        /// or GeoJSON, or a recording, picture or video it shows; typed by its ending;
        /// repeat for several. Kept with the project, as `PUT /api/v1/media/{name}` does.
        #[arg(long = "attach", value_name = "FILE")]
        attachments: Vec<PathBuf>,
        /// Keep it as a draft to review and publish on the admin page.
        #[arg(long)]
        draft: bool,
        #[command(flatten)]
        store: Store,
    },
}

/// `sauti form import`: prints what was imported and every warning, or where the file is wrong.
async fn import_form(
    file: PathBuf,
    project: String,
    attachments: Vec<PathBuf>,
    draft: bool,
    store: Store,
) -> anyhow::Result<()> {
    let bytes = std::fs::read(&file).map_err(|e| anyhow::anyhow!("{}: {e}", file.display()))?;
    let db = store.open().await?;
    if !db.project_ids().await?.contains(&project) {
        anyhow::bail!("no project `{project}`: create it first (sauti project create {project})");
    }
    // Every file's type first, so a wrong one stops the import before anything is kept.
    let mut typed = Vec::new();
    for path in &attachments {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let Some(content_type) = server::media::type_of_file(&name) else {
            anyhow::bail!(
                "{}: --attach takes choices (.csv, .xml, .geojson), recordings (.mp3, .m4a, .ogg, .wav), pictures (.jpg, .png, .webp, .gif) or videos (.mp4, .webm)",
                path.display()
            );
        };
        typed.push((path, name, content_type));
    }
    for (path, name, content_type) in typed {
        let file = std::fs::read(path).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
        server::media::store(&db, &project, "cli", &name, content_type, &file).await?;
    }
    let name = file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    // Scripted deployments publish at once, unless `--draft` leaves it for the admin page.
    match server::catalog::upload_form(&db, &project, "cli", &bytes, &name, !draft).await {
        Ok(server::catalog::Uploaded::Imported(imported)) => {
            println!(
                "imported `{}` version {} ({} questions) into project {project}{}",
                imported.form_id,
                imported.version,
                imported.questions,
                if draft {
                    " as a draft: publish it on the admin page"
                } else {
                    ""
                }
            );
            for warning in &imported.warnings {
                println!("  warning: {warning}");
            }
            Ok(())
        }
        // Kept: published when the files are uploaded (`--attach` them, or PUT /media).
        Ok(server::catalog::Uploaded::Waiting(waiting)) => {
            eprintln!(
                "waiting: {} reads files that are not attached yet: {}. It is kept and published once they are uploaded (sauti form import {} --project {project} --attach <file> ..., or PUT /api/v1/media/<file>)",
                file.display(),
                waiting.missing.join(", "),
                file.display()
            );
            std::process::exit(3);
        }
        Err(e) => {
            eprintln!("error: {}: {e}", file.display());
            std::process::exit(1);
        }
    }
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| "info,sqlx=warn".into()),
        )
        .init();
    let (store, listen, app, public_url, policies, trusted_proxies, demo) =
        match Cli::parse().command {
            Command::Serve {
                store,
                listen,
                app,
                public_url,
                policies,
                trusted_proxies,
                demo,
            } => (
                store,
                listen,
                app,
                public_url,
                policies,
                trusted_proxies,
                demo,
            ),
            Command::Project { action } => return project(action).await,
            Command::Setup {
                project,
                name,
                admin,
                store,
            } => return setup(&store.open().await?, project, name, admin).await,
            Command::User { action } => return user(action).await,
            Command::Form {
                action:
                    FormAction::Import {
                        file,
                        project,
                        attachments,
                        draft,
                        store,
                    },
            } => return import_form(file, project, attachments, draft, store).await,
            Command::Audit {
                action: AuditAction::Verify { store, anchor },
            } => return verify_audit(store, anchor).await,
            Command::Purge {
                store,
                dry_run,
                as_of,
            } => return purge(store, dry_run, as_of).await,
            Command::Export {
                store,
                project,
                profile,
                format,
                table,
                labels,
                layout,
                recipient,
                out,
            } => {
                let request = server::export::Request {
                    profile,
                    format: server::export::Format::parse(&format)
                        .map_err(|e| anyhow::anyhow!("{e}"))?,
                    table,
                    labels,
                    layout: server::export::Style::parse(&layout)
                        .map_err(|e| anyhow::anyhow!("{e}"))?,
                    form: None,
                };
                let args = ExportArgs {
                    project,
                    request,
                    recipient,
                    out,
                };
                return export(store, args).await;
            }
        };
    let app_dir = app.join("index.html").exists().then_some(app.clone());
    if app_dir.is_none() {
        eprintln!(
            "warning: no built client in {}; serving the API only",
            app.display()
        );
    }
    // A fresh installation without the demo asks for its first admin here, at the
    // terminal (nothing of it goes to the log); without a terminal it says how.
    if !demo && std::io::IsTerminal::is_terminal(&std::io::stdin()) {
        let db = store.open().await?;
        if !db.has_projects().await? {
            setup(&db, None, None, None).await?;
        }
    }
    let running = server::start(server::Config {
        data_dir: store.data.clone(),
        database: store.database.clone(),
        policies,
        listen,
        app_dir,
        public_url: public_url.clone(),
        trusted_proxies: server::throttle::TrustedProxies::parse(&trusted_proxies)
            .map_err(|e| anyhow::anyhow!("--trusted-proxy: {e}"))?,
        demo,
    })
    .await?;
    let url = public_url.unwrap_or_else(|| format!("http://{}", running.addr));
    println!("Sauti is running at {url}/");
    println!("  enumerators: {url}/collect   data stewards: {url}/steward");
    println!("  database: {}", store.describe());
    if running.needs_setup {
        println!(
            "\nThis database holds no project yet. Create the first one and its admin (asked on the terminal):\n  \
             sauti setup --data {data}\n\
             (or start with --demo for the demo project)",
            data = store.data.display()
        );
    }
    if !running.credentials.is_empty() {
        println!("\nDemo accounts (shown once; write them down now):");
        for c in &running.credentials {
            println!(
                "  {:<11} {:<10} password: {}",
                c.username,
                c.role.as_str(),
                c.password
            );
        }
        println!();
    }
    running.task.await??;
    Ok(())
}
