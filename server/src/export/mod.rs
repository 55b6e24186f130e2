//! Exports under the project's policy: a profile says which purpose's approved records
//! leave, which questions, and how identifiers and quasi-identifiers are treated; k-anonymity
//! suppresses records that would stand out. Output is CSV (UTF-8 with a byte-order mark,
//! for Excel) or JSON, one table at a time (the main table or a repeat's linked table), or
//! XLSX with every table as a sheet; each optionally with an HXL hashtag row. Rows are streamed a chunk at a time, so memory stays
//! flat however many records there are, and every record that leaves is written in the
//! export ledger with who received it, so a later withdrawal can be notified.
//!
//! The web page and `sauti export` run the same [`Export`].
//!
//! Columns are typed by `CellKind` (number, date, UTC time, text): XLSX cells and JSON
//! values follow it, and only CSV text cells that look like a formula are neutralised
//! (never a number or a `+962…` phone number). Ledger rows are written by tasks beside the
//! stream, all awaited before the export ends. A record that cannot be written stops the
//! export with its id in the log and the transfer is cut, so a client never gets a file
//! that looks whole.

pub mod hxl;
mod kanon;
mod parallel;
mod table;
pub(crate) mod versions;
mod xlsx;

use std::sync::Arc;

use axum::body::Bytes;
use forms::model::{Answers, CompiledForm};
use futures_util::StreamExt;

pub use kanon::Disclosure;
pub use table::{CellKind, Layout, Numbering, RecordShape, Style, Table, repeats};

use crate::AppState;
use crate::db::{Db, Scope, Snapshot};
use crate::error::{Error, Result};
use crate::policy::Profile;

/// Bytes buffered before a chunk is sent on.
const CHUNK: usize = 64 * 1024;
/// Ledger entries written per statement.
const LEDGER_BATCH: usize = 500;

/// File formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Json,
    /// A workbook with one sheet per table, written in constant memory.
    Xlsx,
}

impl Format {
    pub fn parse(s: &str) -> Result<Format> {
        match s {
            "csv" => Ok(Format::Csv),
            "json" => Ok(Format::Json),
            "xlsx" => Ok(Format::Xlsx),
            other => Err(Error::BadRequest(format!(
                "`{other}` is not an export format; use csv, json or xlsx"
            ))),
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Format::Csv => "csv",
            Format::Json => "json",
            Format::Xlsx => "xlsx",
        }
    }

    pub fn content_type(self) -> &'static str {
        match self {
            Format::Csv => "text/csv; charset=utf-8",
            Format::Json => "application/json",
            Format::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        }
    }
}

/// What the caller asked for.
#[derive(Debug, Clone)]
pub struct Request {
    pub profile: String,
    pub format: Format,
    /// A repeat's name for its linked table; `None`: the main table.
    pub table: Option<String>,
    /// Write choice labels in this language instead of codes.
    pub labels: Option<String>,
    /// The form exported (every published version of it); `None`: the form published last.
    pub form: Option<String>,
    /// How columns are named and tables linked (Sauti's own, or as KoboToolbox does).
    pub layout: Style,
}

/// How an export went.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct Summary {
    pub export_id: i64,
    /// Records written.
    pub records: u64,
    /// Records withheld by k-anonymity.
    pub suppressed: u64,
}

/// An export ready to run: the profile's rules applied to the project's current form,
/// and the k-anonymity counts already taken.
pub struct Export {
    pub profile: Profile,
    pub policy_version: i64,
    pub format: Format,
    project_id: String,
    /// Every published version's questions in one form (see [`versions`]).
    form: Arc<CompiledForm>,
    /// Each version's shaper: a record is shaped by its own version's.
    versions: versions::Versions,
    /// The table asked for; for XLSX the main table then every repeat's.
    layouts: Vec<Layout>,
    disclosure: Disclosure,
    hxl: bool,
    /// The language of choice labels (`None`: codes).
    labels: Option<String>,
    /// The records read: the profile's purpose, received since the oldest `received_at` it
    /// still holds (`Policy::held_since`), fixed when the export is planned.
    scope: Scope,
    /// The one reading of the database that counting and writing share (a withdrawal
    /// between them must not shrink a counted group below k).
    snapshot: Snapshot,
    /// A moment before the snapshot's first read: the ledger's time for the export, so a
    /// withdrawal made after the snapshot was read is listed in the withdrawal notice
    /// (whose exports are those begun before the withdrawal) though the record left.
    as_of: String,
    /// Records eligible before suppression.
    pub eligible: u64,
    /// Records considered so far by a running export (for progress bars).
    progress: Arc<std::sync::atomic::AtomicU64>,
}

impl Export {
    /// Plan an export of `request.profile` for `project_id`. `recipient`: who receives
    /// it; a partner may only have the profiles shared with them.
    pub async fn prepare(
        state: &AppState,
        project_id: &str,
        request: &Request,
        partner: Option<&str>,
    ) -> Result<Export> {
        let policy = state.policy(project_id).await?;
        let profile = policy
            .policy
            .exports
            .get(&request.profile)
            .filter(|p| partner.is_none_or(|who| p.shared_with.iter().any(|s| s == who)))
            .ok_or(Error::NotFound)?
            .clone();
        // The form asked for, else the one published last; every published version of it.
        let form_id = match &request.form {
            Some(id) => id.clone(),
            None => {
                state
                    .db
                    .current_form_ref(project_id)
                    .await?
                    .ok_or(Error::NotFound)?
                    .0
            }
        };
        let mut published = Vec::new();
        for (version, _) in state.db.published_versions(project_id, &form_id).await? {
            published.push(state.compiled_form(project_id, &form_id, &version).await?);
        }
        let secret = state.db.pseudonym_key(project_id).await?;
        let versions = versions::Versions::new(&policy.policy, &profile, &secret, &published)?;
        let form = versions.union.clone();
        // Only the repeats something of which leaves under the profile have a table.
        let leaving: Vec<Vec<String>> = repeats(&form)
            .into_iter()
            .filter(|chain| {
                chain
                    .last()
                    .is_some_and(|r| table::repeat_leaves(&form, &versions.columns, r))
            })
            .collect();
        let table = match &request.table {
            None => Table::Main,
            Some(name) => Table::Repeat(
                leaving
                    .iter()
                    .find(|chain| chain.last() == Some(name))
                    .cloned()
                    .ok_or_else(|| {
                        if repeats(&form).iter().any(|c| c.last() == Some(name)) {
                            Error::BadRequest(format!(
                                "nothing in repeat `{name}` leaves under profile `{}`",
                                request.profile
                            ))
                        } else {
                            Error::BadRequest(format!(
                                "form `{}` has no repeat `{name}`",
                                form.form.id
                            ))
                        }
                    })?,
            ),
        };
        if let Some(lang) = &request.labels
            && !form.form.languages.iter().any(|l| &l.code == lang)
        {
            return Err(Error::BadRequest(format!(
                "form `{}` has no language `{lang}`",
                form.form.id
            )));
        }
        // One moment for the whole export: which records leave and which purposes they list.
        let now = time::OffsetDateTime::now_utc();
        let record = Arc::new(RecordShape::new(&profile, &secret).bounded(&policy.policy, now));
        let tables = match request.format {
            Format::Xlsx => std::iter::once(Table::Main)
                .chain(leaving.into_iter().map(Table::Repeat))
                .collect(),
            _ => vec![table],
        };
        let layouts = tables
            .into_iter()
            .map(|table| {
                Layout::new(
                    &form,
                    &versions.columns,
                    table,
                    (request.labels.clone(), request.layout),
                    |name| policy.policy.hxl_tag(&form, name),
                    record.clone(),
                )
            })
            .collect();
        let mut disclosure = Disclosure::new(&policy.policy, &form, &versions.columns, profile.k);
        let scope = Scope {
            project_id: project_id.to_string(),
            form_id: form.form.id.clone(),
            purpose: profile.purpose.clone(),
            since: policy.policy.held_since(&profile.purpose, now),
        };
        let as_of = crate::db::now_rfc3339();
        let snapshot = state.db.snapshot().await?;
        let mut eligible = 0;
        if disclosure.active() {
            // k-anonymity needs every record's combination before the first row leaves.
            let mut rows = snapshot.rows(&scope);
            while let Some(row) = rows.next().await {
                eligible += 1;
                let row = row?;
                let answers: Answers = serde_json::from_str(&row.answers_json)?;
                disclosure.count(versions.shaper(&row.form_version), &answers);
            }
        } else {
            eligible = state
                .db
                .count_exportable(project_id, &form.form.id, &scope.purpose, &scope.since)
                .await?;
        }
        Ok(Export {
            hxl: profile.hxl,
            labels: request.labels.clone(),
            profile,
            policy_version: policy.version,
            format: request.format,
            project_id: project_id.to_string(),
            form,
            versions,
            layouts,
            disclosure,
            scope,
            snapshot,
            as_of,
            eligible,
            progress: Arc::default(),
        })
    }

    /// How the export names its columns and links its tables.
    fn style(&self) -> Style {
        self.layouts[0].style()
    }

    /// A counter of the records considered so far, updated while the export runs.
    pub fn progress(&self) -> Arc<std::sync::atomic::AtomicU64> {
        self.progress.clone()
    }

    /// Records the first pass found standing out (known before the first row is sent).
    pub fn suppressed(&self) -> u64 {
        self.disclosure.suppressed()
    }

    /// A file name for the download.
    pub fn file_name(&self) -> String {
        let table = match &self.layouts[0].table {
            _ if self.format == Format::Xlsx => String::new(),
            Table::Main => String::new(),
            Table::Repeat(chain) => format!("-{}", chain.last().cloned().unwrap_or_default()),
        };
        format!(
            "{}-{}{table}-{}.{}",
            self.form.form.id,
            self.profile.name,
            &crate::db::now_rfc3339()[..10],
            self.format.as_str()
        )
    }

    /// Run the export in a task: chunks of the file arrive on the returned channel; the
    /// task's result says how it went. Ledger entries are written as rows leave, so an
    /// interrupted download is still accounted for.
    pub fn run(
        self,
        db: Db,
        actor: String,
        recipient: String,
    ) -> (
        tokio::sync::mpsc::Receiver<std::io::Result<Bytes>>,
        tokio::task::JoinHandle<Result<Summary>>,
    ) {
        let (tx, rx) = tokio::sync::mpsc::channel::<std::io::Result<Bytes>>(4);
        let task = tokio::spawn(async move {
            let result = match self.snapshot.is_sqlite() {
                // SQLite, text formats: read on a blocking thread through the snapshot's
                // connection (handing each row between threads costs more than reading
                // it) and encode on every core. The Kobo layout numbers rows as they
                // leave, which pieces encoded apart cannot: it takes the one-thread way.
                true if self.format != Format::Xlsx && self.style() == Style::Sauti => {
                    let (db, tx) = (db.clone(), tx.clone());
                    let handle = tokio::runtime::Handle::current();
                    tokio::task::spawn_blocking(move || {
                        self.write_blocking(&db, &actor, &recipient, &tx, &handle)
                    })
                    .await
                    .map_err(Error::from)
                    .and_then(|r| r)
                }
                _ => self.write(&db, &actor, &recipient, &tx).await,
            };
            if let Err(e) = &result {
                tracing::error!(error = %e, "export failed");
                let _ = tx.send(Err(std::io::Error::other("export failed"))).await;
            }
            result
        });
        (rx, task)
    }

    /// Open the export's ledger entry.
    async fn open(&self, db: &Db, actor: &str, recipient: &str) -> Result<i64> {
        db.open_export(
            &self.project_id,
            &self.profile.name,
            recipient,
            self.format.as_str(),
            self.policy_version,
            actor,
            self.suppressed(),
            &self.as_of,
        )
        .await
    }

    /// The encoder of a text export, with its header (and HXL row) written.
    fn encoder(&self) -> Result<Encoder> {
        let layout = &self.layouts[0];
        let mut out = Encoder::new(self.format, &layout.header(), &layout.kinds());
        out.start(self, self.suppressed())?;
        if self.hxl {
            out.hxl(&layout.hxl_row())?;
        }
        Ok(out)
    }

    /// One record into a text export; false when k-anonymity withholds it. `numbering`:
    /// the rows written before it (the Kobo layout's `_index`).
    fn encode(
        &self,
        row: &crate::db::ExportRow,
        out: &mut Encoder,
        numbering: &mut Numbering,
    ) -> Result<bool> {
        self.progress
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        // A record that cannot be written stops the export (the file must never look
        // whole without it), and the log says which record it was (its id only).
        let failed = |e: &dyn std::fmt::Display| -> Error {
            anyhow::anyhow!("record {} could not be exported: {e}", row.id).into()
        };
        let answers: Answers = serde_json::from_str(&row.answers_json).map_err(|e| failed(&e))?;
        let shaper = self.versions.shaper(&row.form_version);
        if !self.disclosure.allows(shaper, &answers) {
            return Ok(false);
        }
        let rows = self.layouts[0]
            .rows(&self.form, shaper, row, &answers, numbering)
            .map_err(|e| failed(&e))?;
        for cells in rows {
            out.row(&cells)?;
        }
        Ok(true)
    }

    /// A text export of an SQLite database, on blocking threads: rows are read with a
    /// connection of their own and encoded on every core ([`parallel`]); the pieces are
    /// sent on from here, and the ledger and the audit go through the runtime.
    fn write_blocking(
        &self,
        db: &Db,
        actor: &str,
        recipient: &str,
        tx: &tokio::sync::mpsc::Sender<std::io::Result<Bytes>>,
        runtime: &tokio::runtime::Handle,
    ) -> Result<Summary> {
        let export_id = runtime.block_on(self.open(db, actor, recipient))?;
        let mut out = self.encoder()?;
        let mut ledger = Ledger::new(db, export_id);
        let mut records = 0u64;
        let mut receiver_gone = tx.blocking_send(Ok(out.take())).is_err();
        if !receiver_gone {
            parallel::encode(self, |piece| {
                records += piece.ids.len() as u64;
                runtime.block_on(ledger.add_many(piece.ids))?;
                let bytes = out.join(piece.bytes);
                if !bytes.is_empty() && tx.blocking_send(Ok(bytes)).is_err() {
                    receiver_gone = true;
                    return Ok(false);
                }
                Ok(true)
            })?;
        }
        runtime.block_on(ledger.finish())?;
        if receiver_gone {
            return runtime.block_on(self.abandoned(db, actor, recipient, export_id, records));
        }
        out.finish()?;
        let _ = tx.blocking_send(Ok(out.take()));
        runtime.block_on(self.close(db, actor, recipient, export_id, records, self.suppressed()))
    }

    async fn write(
        &self,
        db: &Db,
        actor: &str,
        recipient: &str,
        tx: &tokio::sync::mpsc::Sender<std::io::Result<Bytes>>,
    ) -> Result<Summary> {
        let suppressed = self.suppressed();
        let export_id = self.open(db, actor, recipient).await?;
        if self.format == Format::Xlsx {
            return self
                .write_xlsx(db, actor, recipient, tx, export_id, suppressed)
                .await;
        }
        let mut out = self.encoder()?;
        let mut ledger = Ledger::new(db, export_id);
        let mut records = 0u64;
        let mut numbering = Numbering::default();
        let mut rows = self.snapshot.rows(&self.scope);
        while let Some(row) = rows.next().await {
            let row = row?;
            if !self.encode(&row, &mut out, &mut numbering)? {
                continue;
            }
            records += 1;
            ledger.add(row.id).await?;
            if out.pending() >= CHUNK && tx.send(Ok(out.take())).await.is_err() {
                ledger.finish().await?;
                return self
                    .abandoned(db, actor, recipient, export_id, records)
                    .await;
            }
        }
        ledger.finish().await?;
        out.finish()?;
        let _ = tx.send(Ok(out.take())).await;
        self.close(db, actor, recipient, export_id, records, suppressed)
            .await
    }

    /// The receiver went away mid-export: the ledger entry is closed with what was sent,
    /// and the audit chain says so (what left before the cut did leave).
    async fn abandoned(
        &self,
        db: &Db,
        actor: &str,
        recipient: &str,
        export_id: i64,
        records: u64,
    ) -> Result<Summary> {
        db.close_export(export_id, records).await?;
        db.audit(
            actor,
            "export-abandoned",
            &format!(
                "#{export_id} {}/{} {} to {recipient}: cut after {records} records",
                self.project_id,
                self.profile.name,
                self.format.as_str()
            ),
        )
        .await?;
        Err(anyhow::anyhow!("the receiver went away").into())
    }

    /// Close the ledger entry and audit the export.
    async fn close(
        &self,
        db: &Db,
        actor: &str,
        recipient: &str,
        export_id: i64,
        records: u64,
        suppressed: u64,
    ) -> Result<Summary> {
        db.close_export(export_id, records).await?;
        db.audit(
            actor,
            "export",
            &format!(
                "#{export_id} {}/{} {} to {recipient}: {records} records, {suppressed} suppressed",
                self.project_id,
                self.profile.name,
                self.format.as_str()
            ),
        )
        .await?;
        Ok(Summary {
            export_id,
            records,
            suppressed,
        })
    }
}

/// The export ledger, written beside the export: each batch of ids is written by a task
/// of its own while rows keep flowing (a few at most in flight), and `finish` waits for
/// every write, so an export never ends before its ledger is complete.
pub(super) struct Ledger {
    db: Db,
    export_id: i64,
    pending: Vec<String>,
    writes: std::collections::VecDeque<tokio::task::JoinHandle<Result<()>>>,
}

impl Ledger {
    const IN_FLIGHT: usize = 4;

    pub(super) fn new(db: &Db, export_id: i64) -> Ledger {
        Ledger {
            db: db.clone(),
            export_id,
            pending: Vec::with_capacity(LEDGER_BATCH),
            writes: Default::default(),
        }
    }

    pub(super) async fn add(&mut self, id: String) -> Result<()> {
        self.pending.push(id);
        if self.pending.len() >= LEDGER_BATCH {
            self.flush().await?;
        }
        Ok(())
    }

    pub(super) async fn add_many(&mut self, ids: Vec<String>) -> Result<()> {
        self.pending.extend(ids);
        if self.pending.len() >= LEDGER_BATCH {
            self.flush().await?;
        }
        Ok(())
    }

    async fn flush(&mut self) -> Result<()> {
        if self.writes.len() >= Self::IN_FLIGHT
            && let Some(oldest) = self.writes.pop_front()
        {
            oldest.await??;
        }
        let ids = std::mem::replace(&mut self.pending, Vec::with_capacity(LEDGER_BATCH));
        let (db, export_id) = (self.db.clone(), self.export_id);
        self.writes.push_back(tokio::spawn(async move {
            db.ledger_records(export_id, &ids).await
        }));
        Ok(())
    }

    pub(super) async fn finish(mut self) -> Result<()> {
        self.flush().await?;
        for write in self.writes {
            write.await??;
        }
        Ok(())
    }
}

/// Spreadsheet programs run a CSV cell that starts like a formula. The rule, the same for
/// every export: only a CSV cell of a text column is ever changed, and only when it starts
/// with `=`, `@`, a tab or a carriage return, or with `+` or `-` without being a number
/// (`+962791234567` and `-3` stay as typed, `=SUM(A1)` and `-cmd` get a leading `'`).
/// Number and date columns, JSON and XLSX (whose cells are never formulas) are never
/// changed.
fn safe_cell(kind: CellKind, value: &str) -> std::borrow::Cow<'_, str> {
    let number = || value.trim().parse::<f64>().is_ok();
    let risky = kind == CellKind::Text
        && (value.starts_with(['=', '@', '\t', '\r'])
            || (value.starts_with(['+', '-']) && !number()));
    if risky {
        format!("'{value}").into()
    } else {
        value.into()
    }
}

/// A cell as a JSON value: numbers as numbers, blanks as null, the rest as text.
fn json_cell(kind: CellKind, value: &str) -> serde_json::Value {
    if value.is_empty() {
        return serde_json::Value::Null;
    }
    if kind == CellKind::Number
        && let Some(n) = value
            .trim()
            .parse::<f64>()
            .ok()
            .filter(|n| n.is_finite())
            .and_then(|n| {
                if n.fract() == 0.0 && n.abs() < 9.0e15 {
                    Some(serde_json::Value::from(n as i64))
                } else {
                    serde_json::Number::from_f64(n).map(serde_json::Value::Number)
                }
            })
    {
        return n;
    }
    serde_json::Value::String(value.to_string())
}

/// A CSV writer appending to `out`.
fn csv_writer(out: Vec<u8>) -> csv::Writer<Vec<u8>> {
    csv::WriterBuilder::new()
        .buffer_capacity(16 * 1024)
        .from_writer(out)
}

/// Writes rows in a text format (CSV or JSON; XLSX has its own writer) into a growing
/// buffer.
struct Encoder {
    format: Format,
    header: Vec<String>,
    /// What each column holds (CSV: which cells may be neutralised; JSON: numbers).
    kinds: Vec<CellKind>,
    /// JSON output.
    buffer: Vec<u8>,
    /// CSV output: one writer for the whole file, so each row costs no set-up.
    csv: csv::Writer<Vec<u8>>,
    first: bool,
}

impl Encoder {
    fn new(format: Format, header: &[String], kinds: &[CellKind]) -> Encoder {
        Encoder {
            format,
            header: header.to_vec(),
            kinds: kinds.to_vec(),
            buffer: Vec::with_capacity(CHUNK + 4096),
            csv: csv_writer(Vec::new()),
            first: true,
        }
    }

    /// An encoder for rows only, to be joined to a file's encoder: no header, and in
    /// JSON every row after a comma.
    fn piece(format: Format, layout: &Layout) -> Encoder {
        Encoder {
            first: false,
            ..Encoder::new(format, &layout.header(), &layout.kinds())
        }
    }

    /// A piece's rows as the next bytes of this file (JSON opens the rows' array
    /// before the first).
    fn join(&mut self, piece: Vec<u8>) -> Bytes {
        if self.format == Format::Json && self.first && !piece.is_empty() {
            self.first = false;
            let mut opened = b",\"rows\":[".to_vec();
            opened.extend_from_slice(&piece[1..]);
            return Bytes::from(opened);
        }
        Bytes::from(piece)
    }

    /// Everything written, ending the encoder.
    fn into_bytes(mut self) -> Vec<u8> {
        match self.format {
            Format::Json => self.buffer,
            _ => {
                let _ = self.csv.flush();
                self.csv.into_inner().unwrap_or_default()
            }
        }
    }

    /// Bytes written and not yet taken.
    fn pending(&mut self) -> usize {
        match self.format {
            Format::Json => self.buffer.len(),
            _ => {
                let _ = self.csv.flush();
                self.csv.get_ref().len()
            }
        }
    }

    fn take(&mut self) -> Bytes {
        let fresh = Vec::with_capacity(CHUNK + 16 * 1024);
        match self.format {
            Format::Json => Bytes::from(std::mem::replace(&mut self.buffer, fresh)),
            _ => {
                let full = std::mem::replace(&mut self.csv, csv_writer(fresh));
                Bytes::from(full.into_inner().unwrap_or_default())
            }
        }
    }

    /// One CSV line; `kinds`: the columns' kinds (`None`: a header line, all text).
    fn csv_line<S: AsRef<str>>(&mut self, cells: &[S], typed: bool) -> Result<()> {
        for (i, c) in cells.iter().enumerate() {
            let kind = if typed {
                self.kinds.get(i).copied().unwrap_or(CellKind::Text)
            } else {
                CellKind::Text
            };
            self.csv
                .write_field(safe_cell(kind, c.as_ref()).as_bytes())?;
        }
        self.csv.write_record(None::<&[u8]>)?;
        Ok(())
    }

    fn start(&mut self, export: &Export, suppressed: u64) -> Result<()> {
        match self.format {
            Format::Csv | Format::Xlsx => {
                self.csv = csv_writer(b"\xEF\xBB\xBF".to_vec());
                let header = self.header.clone();
                self.csv_line(&header, false)
            }
            Format::Json => {
                let layout = &export.layouts[0];
                let table = match &layout.table {
                    Table::Main => None,
                    Table::Repeat(chain) => chain.last().cloned(),
                };
                let kinds: Vec<&str> = self
                    .kinds
                    .iter()
                    .map(|k| match k {
                        CellKind::Text => "text",
                        CellKind::Number => "number",
                        CellKind::Date => "date",
                        CellKind::DateTime => "datetime",
                    })
                    .collect();
                let about = serde_json::json!({
                    "form": export.form.form.id,
                    "form_version": export.form.form.version,
                    "table": table,
                    "labels": export.labels,
                    "layout": match export.style() {
                        Style::Sauti => "sauti",
                        Style::Kobo => "kobo",
                    },
                    "profile": export.profile.name,
                    "purpose": export.profile.purpose,
                    "policy_version": export.policy_version,
                    "k": export.profile.k,
                    "quasi_identifiers": export.disclosure.quasi_identifiers(),
                    "suppressed": suppressed,
                    "generated_at": crate::db::now_rfc3339(),
                    "columns": self.header,
                    "column_kinds": kinds,
                    "times": "UTC, ISO 8601 to the millisecond",
                });
                self.buffer.extend_from_slice(b"{\"export\":");
                serde_json::to_writer(&mut self.buffer, &about)?;
                Ok(())
            }
        }
    }

    fn hxl(&mut self, tags: &[String]) -> Result<()> {
        match self.format {
            Format::Csv | Format::Xlsx => self.csv_line(tags, false),
            Format::Json => {
                self.buffer.extend_from_slice(b",\"hxl\":");
                serde_json::to_writer(&mut self.buffer, tags)?;
                Ok(())
            }
        }
    }

    fn row<S: AsRef<str>>(&mut self, cells: &[S]) -> Result<()> {
        match self.format {
            Format::Csv | Format::Xlsx => self.csv_line(cells, true),
            Format::Json => {
                self.buffer
                    .extend_from_slice(if self.first { b",\"rows\":[" } else { b"," });
                self.first = false;
                // Keys in the columns' order (a map would sort them), values typed.
                self.buffer.push(b'{');
                for (i, (name, value)) in self.header.iter().zip(cells).enumerate() {
                    if i > 0 {
                        self.buffer.push(b',');
                    }
                    serde_json::to_writer(&mut self.buffer, name)?;
                    self.buffer.push(b':');
                    let kind = self.kinds.get(i).copied().unwrap_or(CellKind::Text);
                    serde_json::to_writer(&mut self.buffer, &json_cell(kind, value.as_ref()))?;
                }
                self.buffer.push(b'}');
                Ok(())
            }
        }
    }

    fn finish(&mut self) -> Result<()> {
        if self.format == Format::Json {
            self.buffer
                .extend_from_slice(if self.first { b",\"rows\":[]}" } else { b"]}" });
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised_but_numbers_and_phone_numbers_are_not() {
        let text = CellKind::Text;
        assert_eq!(safe_cell(text, "=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(safe_cell(text, "=SUM(A1:A9)"), "'=SUM(A1:A9)");
        assert_eq!(safe_cell(text, "@x"), "'@x");
        assert_eq!(safe_cell(text, "-12"), "-12");
        assert_eq!(safe_cell(text, "+962791234567"), "+962791234567");
        assert_eq!(safe_cell(text, "-cmd"), "'-cmd");
        assert_eq!(safe_cell(text, "+cmd|' /C calc'!A0"), "'+cmd|' /C calc'!A0");
        assert_eq!(safe_cell(text, "مخيم"), "مخيم");
        assert_eq!(safe_cell(CellKind::Number, "-3"), "-3");
    }

    #[test]
    fn json_cells_are_typed() {
        assert_eq!(json_cell(CellKind::Number, "4"), serde_json::json!(4));
        assert_eq!(json_cell(CellKind::Number, "2.5"), serde_json::json!(2.5));
        assert_eq!(json_cell(CellKind::Number, ""), serde_json::Value::Null);
        assert_eq!(
            json_cell(CellKind::Number, "many"),
            serde_json::json!("many")
        );
        assert_eq!(
            json_cell(CellKind::Text, "+962791234567"),
            serde_json::json!("+962791234567")
        );
    }

    #[test]
    fn json_rows_are_a_valid_document_with_or_without_rows() {
        for rows in [0, 2] {
            let header = vec!["a".to_string(), "b".to_string()];
            let mut e = Encoder::new(Format::Json, &header, &[CellKind::Number, CellKind::Text]);
            e.buffer.extend_from_slice(b"{\"export\":{}");
            for _ in 0..rows {
                e.row(&["1", "x\"y"]).unwrap();
            }
            e.finish().unwrap();
            let v: serde_json::Value = serde_json::from_slice(&e.buffer).unwrap();
            assert_eq!(v["rows"].as_array().unwrap().len(), rows);
        }
    }

    #[test]
    fn csv_lines_quote_what_needs_quoting() {
        let mut e = Encoder::new(Format::Csv, &[], &[]);
        e.csv_line(&["a,b", "line\nbreak", "plain"], true).unwrap();
        assert_eq!(
            String::from_utf8(e.take().to_vec()).unwrap(),
            "\"a,b\",\"line\nbreak\",plain\n"
        );
    }
}
