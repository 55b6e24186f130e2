//! Records: storing a batch, the review list, corrections and review states.

use super::names::forget_name;
use super::*;

/// A record that passed validation, ready to store.
pub struct NewSubmission {
    pub id: String,
    pub project_id: String,
    pub form_id: String,
    pub form_version: String,
    pub device_id: String,
    pub enumerator_id: i64,
    pub saved_at: String,
    pub receipt: String,
    pub consent_json: String,
    pub refused: bool,
    pub answers_json: String,
    pub purposes: Vec<String>,
    /// Keyed hash of the respondent's second factor (`community::access_hash`), if given.
    pub access_hash: Option<String>,
    /// The consent template version the record was given under.
    pub template_id: String,
    pub template_version: u32,
}

/// What the review list is narrowed to, as the database applies it (the handler turns
/// a `forms::wire::ReviewQuery` into this).
#[derive(Debug, Clone, Default)]
pub struct ListFilter {
    pub project_id: String,
    /// One enumerator, by username.
    pub enumerator: Option<String>,
    /// Received at or after (RFC 3339 or a day).
    pub from: Option<String>,
    /// Received before (RFC 3339 or a day).
    pub until: Option<String>,
    /// A top-level answer: the question's name and the value, exactly as stored.
    pub answer: Option<(String, String)>,
    pub form_id: Option<String>,
    pub form_version: Option<String>,
    /// These records only (a page a search chose).
    pub ids: Option<Vec<String>>,
    /// A search answered by indexes: records matching any of its parts.
    pub search: Option<Search>,
}

/// A search of the review list, each part answered by an index: a record is found by
/// any one of them.
#[derive(Debug, Clone, Default)]
pub struct Search {
    /// Receipt codes starting with this (the printed form, `forms::receipt::prefix`).
    pub receipt: Option<String>,
    /// Records of these enumerators (user ids).
    pub enumerators: Vec<i64>,
    /// Records whose kept name (lower-cased, `submission_names`) contains this,
    /// lower-cased the same way.
    pub name: Option<String>,
    /// Which of the records found this filter keeps.
    pub part: Part,
}

/// The records a search found, in two parts that never overlap, each counted through
/// its own indexes: those of the enumerators found, and the others (found by receipt
/// code or name), which a list of their ids reaches.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Part {
    #[default]
    All,
    Enumerators,
    Others,
}

impl Search {
    /// `s.enumerator_id IN (…)`, the ids written out (integers from the database), so
    /// the index by enumerator is used; `None` when no enumerator was found.
    fn by_enumerator(&self) -> Option<String> {
        (!self.enumerators.is_empty()).then(|| {
            let ids: Vec<String> = self.enumerators.iter().map(i64::to_string).collect();
            format!("s.enumerator_id IN ({})", ids.join(", "))
        })
    }

    /// The ids found by receipt code or name, as one query; `None` when neither is
    /// searched.
    fn others(&self, backend: &str, project_id: &str, binds: &mut Vec<String>) -> Option<String> {
        let mut bind = |value: String| {
            binds.push(value);
            format!("${}", binds.len())
        };
        let mut parts = Vec::new();
        if let Some(prefix) = &self.receipt {
            // Byte order, whatever PostgreSQL's collation (a locale's skips the dashes);
            // `~` sorts after every symbol of a code.
            let column = if backend == "postgres" {
                "receipt COLLATE \"C\""
            } else {
                "receipt"
            };
            // Codes are unique on the server: the project is checked on the records
            // found (named here, SQLite walked the project's records instead of the codes).
            let (from, to) = (bind(prefix.clone()), bind(format!("{prefix}~")));
            parts.push(format!(
                "SELECT id FROM submissions WHERE {column} >= {from} AND {column} < {to}"
            ));
        }
        if let Some(name) = &self.name {
            let project = bind(project_id.to_string());
            // Both find the text as it is (names and the search are lower-cased alike).
            // PostgreSQL estimates `LIKE '%…%'` by its length, `strpos` as a third of the
            // names (it then read every record's answers for an area filter: 0.7 s);
            // SQLite's `LIKE` ignores case and is estimated no better than `instr`.
            let found = if backend == "postgres" {
                let escaped = name
                    .replace('\\', "\\\\")
                    .replace('%', "\\%")
                    .replace('_', "\\_");
                format!("name LIKE {}", bind(format!("%{escaped}%")))
            } else {
                format!("instr(name, {}) > 0", bind(name.clone()))
            };
            parts.push(format!(
                "SELECT submission_id AS id FROM submission_names
                 WHERE project_id = {project} AND {found}"
            ));
        }
        (!parts.is_empty()).then(|| parts.join(" UNION "))
    }
}

/// Where a page of the review list ends: the last record's received time and id.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Cursor {
    pub received_at: String,
    pub id: String,
}

impl Cursor {
    /// As a client passes it back (`?after=`).
    pub fn encode(&self) -> String {
        format!("{}~{}", self.received_at, self.id)
    }

    pub fn decode(text: &str) -> Option<Cursor> {
        let (received_at, id) = text.split_once('~')?;
        Some(Cursor {
            received_at: received_at.to_string(),
            id: id.to_string(),
        })
    }
}

/// A record a search reads, with what it is searched by.
pub struct Candidate {
    pub id: String,
    pub received_at: String,
    /// The phone's moment of saving (what the record's name reads as `now()`).
    pub saved_at: String,
    pub review_state: String,
    pub form_id: String,
    pub form_version: String,
    pub receipt: String,
    pub enumerator: String,
    /// JSON, as stored.
    pub answers: String,
}

/// One stored record, for its view.
pub struct StoredRecord {
    pub form_id: String,
    pub form_version: String,
    pub received_at: String,
    pub saved_at: String,
    pub receipt: String,
    pub refused: bool,
    pub review_state: String,
    /// JSON, as stored.
    pub answers: String,
    /// JSON, as stored.
    pub consent: String,
    pub enumerator: String,
    /// The purposes still held (not withdrawn).
    pub purposes: Vec<String>,
}

impl ListFilter {
    /// `FROM …` naming `submissions s`, its values appended to `binds`. The records a
    /// search found by receipt code or name lead (few: each is looked up by id); an
    /// answer filter walks its own index on SQLite, which holds every other filter's
    /// column (`Db::index_answer`): without `ANALYZE`, SQLite's sampled statistics made it
    /// read every record of a day instead.
    fn from(&self, backend: &str, binds: &mut Vec<String>) -> String {
        if let Some(search) = self.search.as_ref().filter(|s| s.part == Part::Others) {
            return match search.others(backend, &self.project_id, binds) {
                // SQLite reads the left side of a CROSS JOIN first.
                Some(ids) if backend == "sqlite" => {
                    format!(" FROM ({ids}) f CROSS JOIN submissions s ON s.id = f.id")
                }
                Some(ids) => format!(" FROM ({ids}) f JOIN submissions s ON s.id = f.id"),
                None => " FROM submissions s".into(),
            };
        }
        match &self.answer {
            Some((question, _))
                if backend == "sqlite" && answer_expression(backend, question).is_some() =>
            {
                format!(" FROM submissions s INDEXED BY {}", answer_index(question))
            }
            _ => " FROM submissions s".into(),
        }
    }

    /// ` WHERE …` over `submissions s`, its values appended to `binds` (`$n` in order).
    fn push_where(&self, backend: &str, sql: &mut String, binds: &mut Vec<String>) {
        let mut bind = |sql: &mut String, clause: &str, value: String| {
            binds.push(value);
            sql.push_str(&clause.replace("$?", &format!("${}", binds.len())));
        };
        bind(sql, " WHERE s.project_id = $?", self.project_id.clone());
        if let Some(name) = &self.enumerator {
            bind(
                sql,
                " AND s.enumerator_id = (SELECT id FROM users WHERE username = $?)",
                name.clone(),
            );
        }
        if let Some(from) = &self.from {
            bind(sql, " AND s.received_at >= $?", from.clone());
        }
        if let Some(until) = &self.until {
            bind(sql, " AND s.received_at < $?", until.clone());
        }
        if let Some(form) = &self.form_id {
            bind(sql, " AND s.form_id = $?", form.clone());
        }
        if let Some(version) = &self.form_version {
            bind(sql, " AND s.form_version = $?", version.clone());
        }
        if let Some((question, value)) = &self.answer {
            match answer_expression(backend, question) {
                // A question name the index can be made on: compared through it.
                Some(expr) => bind(sql, &format!(" AND {expr} = $?"), value.clone()),
                None => {
                    // Answers are stored as compact JSON (`serde_json::to_string` of a
                    // map), so a top-level answer is exactly `"name":"value"`, and the
                    // same text inside another answer has its quotes escaped: a substring
                    // test is exact.
                    let needle = format!(
                        "{}:{}",
                        serde_json::Value::from(question.as_str()),
                        serde_json::Value::from(value.as_str())
                    );
                    let find = if backend == "postgres" {
                        " AND strpos(s.answers, $?) > 0"
                    } else {
                        " AND instr(s.answers, $?) > 0"
                    };
                    bind(sql, find, needle);
                }
            }
        }
        if let Some(search) = &self.search {
            let by_enumerator = search.by_enumerator();
            match search.part {
                Part::All => {
                    let mut any: Vec<String> = by_enumerator.into_iter().collect();
                    if let Some(others) = search.others(backend, &self.project_id, binds) {
                        any.push(format!("s.id IN ({others})"));
                    }
                    if any.is_empty() {
                        sql.push_str(" AND 1 = 0");
                    } else {
                        sql.push_str(&format!(" AND ({})", any.join(" OR ")));
                    }
                }
                Part::Enumerators => match by_enumerator {
                    Some(clause) => sql.push_str(&format!(" AND {clause}")),
                    None => sql.push_str(" AND 1 = 0"),
                },
                // Joined in `from` (the ids lead); the enumerators' records are theirs.
                Part::Others => {
                    if search.receipt.is_none() && search.name.is_none() {
                        sql.push_str(" AND 1 = 0");
                    }
                    if let Some(clause) = by_enumerator {
                        sql.push_str(&format!(" AND NOT {clause}"));
                    }
                }
            }
        }
        if let Some(ids) = &self.ids {
            sql.push_str(" AND s.id IN (");
            for (i, id) in ids.iter().enumerate() {
                binds.push(id.clone());
                sql.push_str(&format!("{}${}", if i > 0 { "," } else { "" }, binds.len()));
            }
            if ids.is_empty() {
                sql.push_str("NULL");
            }
            sql.push(')');
        }
    }
}

/// A top-level answer as SQL reads it out of the stored JSON, written the same way in the
/// index ([`Db::index_answer`]) and in the filter, so the database uses one for the other;
/// `None` for a name that cannot be written inside SQL as it is (XLSForm names can).
fn answer_expression(backend: &str, question: &str) -> Option<String> {
    let plain = question
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'))
        && !question.is_empty()
        && question.len() <= 64;
    plain.then(|| {
        if backend == "postgres" {
            format!("((s.answers::jsonb) ->> '{question}')")
        } else {
            format!("json_extract(s.answers, '$.\"{question}\"')")
        }
    })
}

/// The name of the index over a top-level answer ([`Db::index_answer`]), derived from the
/// question's name.
fn answer_index(question: &str) -> String {
    let name: String = question
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '_'
            }
        })
        .collect();
    format!("submissions_by_answer_{name}")
}

/// ` AND` the records after `after` in the list's order (newest first). Written as a
/// range on the received time first, so both databases walk the index from the cursor on.
fn push_after(after: &Cursor, sql: &mut String, binds: &mut Vec<String>) {
    binds.push(after.received_at.clone());
    let at = binds.len();
    binds.push(after.id.clone());
    let id = binds.len();
    sql.push_str(&format!(
        " AND s.received_at <= ${at} AND (s.received_at < ${at} OR s.id < ${id})"
    ));
}

impl Db {
    /// Which of these ids are already stored.
    pub async fn existing_ids(&self, ids: &[String]) -> Result<Vec<String>> {
        on_pool!(self, pool, Backend => {
            if ids.is_empty() {
                return Ok(Vec::new());
            }
            let placeholders = placeholders(ids.len());
            // A purged record's id stays taken: its tombstone holds it, so a phone sending
            // it again is told it is already stored, and it is not revived.
            let sql = format!(
                "SELECT id FROM submissions WHERE id IN ({placeholders})
                 UNION SELECT submission_id FROM tombstones WHERE submission_id IN ({placeholders})"
            );
            let mut query = sqlx::query_scalar(&sql);
            for id in ids {
                query = query.bind(id);
            }
            Ok(query.fetch_all(pool).await?)
        })
    }

    /// Which of these receipt codes are already used, each with the id of the record (or
    /// tombstone) holding it: a receipt held by the same id is the same record, not a reuse.
    pub async fn receipt_holders(&self, receipts: &[String]) -> Result<Vec<(String, String)>> {
        on_pool!(self, pool, Backend => {
            if receipts.is_empty() {
                return Ok(Vec::new());
            }
            let placeholders = placeholders(receipts.len());
            let sql = format!(
                "SELECT receipt, id FROM submissions WHERE receipt IN ({placeholders})
                 UNION SELECT receipt, submission_id FROM tombstones WHERE receipt IN ({placeholders})"
            );
            let mut query = sqlx::query_as(&sql);
            for v in receipts {
                query = query.bind(v);
            }
            Ok(query.fetch_all(pool).await?)
        })
    }

    /// Store records in one transaction; returns, per record, whether it was new.
    /// A record whose id is already stored is left untouched.
    pub async fn store_submissions(
        &self,
        records: Vec<NewSubmission>,
        device_id: &str,
    ) -> Result<Vec<bool>> {
        let records = &records;
        on_pool!(self, pool, Backend => {
            let mut tx = pool.begin().await?;
            let received_at = now_rfc3339();
            // One multi-row statement per table: the batch costs two round trips, not two
            // per record. `RETURNING` says which ids were new (the others were already stored).
            let mut new_ids: std::collections::HashSet<String> = std::collections::HashSet::new();
            if !records.is_empty() {
                let mut insert = sqlx::QueryBuilder::<Backend>::new(
                    "INSERT INTO submissions (id, project_id, form_id, form_version, device_id,
                       enumerator_id, received_at, saved_at, receipt, consent, refused, answers,
                       access_hash, template_id, template_version) ",
                );
                insert.push_values(records, |mut row, r| {
                    row.push_bind(&r.id)
                        .push_bind(&r.project_id)
                        .push_bind(&r.form_id)
                        .push_bind(&r.form_version)
                        .push_bind(&r.device_id)
                        .push_bind(r.enumerator_id)
                        .push_bind(&received_at)
                        .push_bind(&r.saved_at)
                        .push_bind(&r.receipt)
                        .push_bind(&r.consent_json)
                        .push_bind(r.refused)
                        .push_bind(&r.answers_json)
                        .push_bind(&r.access_hash)
                        .push_bind(&r.template_id)
                        .push_bind(i64::from(r.template_version));
                });
                // Any conflict leaves the row out: the same id stored by a racing copy, or
                // (rarer) another record that took the receipt code meanwhile. The caller
                // tells the two apart by id; the transaction never fails on either.
                insert.push(" ON CONFLICT DO NOTHING RETURNING id");
                let rows: Vec<String> = insert.build_query_scalar().fetch_all(&mut *tx).await?;
                new_ids.extend(rows);
                let purposes: Vec<(&str, &str)> = records
                    .iter()
                    .filter(|r| new_ids.contains(&r.id))
                    .flat_map(|r| r.purposes.iter().map(move |p| (r.id.as_str(), p.as_str())))
                    .collect();
                if !purposes.is_empty() {
                    let mut insert = sqlx::QueryBuilder::<Backend>::new(
                        "INSERT INTO submission_purposes (submission_id, purpose) ",
                    );
                    insert.push_values(purposes, |mut row, (id, purpose)| {
                        row.push_bind(id).push_bind(purpose);
                    });
                    insert.build().execute(&mut *tx).await?;
                }
                // Each new record is named for the steward's search (`desk::index_names`).
                let fresh: Vec<&String> = records
                    .iter()
                    .map(|r| &r.id)
                    .filter(|id| new_ids.contains(*id))
                    .collect();
                if !fresh.is_empty() {
                    let mut insert = sqlx::QueryBuilder::<Backend>::new(
                        "INSERT INTO submission_names_stale (submission_id) ",
                    );
                    insert.push_values(fresh, |mut row, id| {
                        row.push_bind(id);
                    });
                    insert.build().execute(&mut *tx).await?;
                }
            }
            let inserted = records.iter().map(|r| new_ids.contains(&r.id)).collect();
            sqlx::query("UPDATE devices SET last_sync_at = $1 WHERE id = $2")
                .bind(&received_at)
                .bind(device_id)
                .execute(&mut *tx)
                .await?;
            tx.commit().await?;
            Ok(inserted)
        })
    }

    /// One page of the review list, newest first (received time, then id, both
    /// descending), after `after` when given, each with the consent template (id,
    /// version) its consent was given under. `state` narrows to one review state (a desk
    /// asking for several asks once per state and merges: each query then walks one
    /// index in order and stops at `limit`).
    pub async fn review_page(
        &self,
        filter: &ListFilter,
        state: Option<&str>,
        after: Option<&Cursor>,
        limit: u32,
    ) -> Result<Vec<(SubmissionSummary, (String, u32))>> {
        let mut sql = String::from(
            "SELECT s.id, s.form_id, s.form_version, s.received_at, s.saved_at, s.receipt, s.refused,
                    s.review_state, s.answers, s.consent, u.username,
                    (SELECT string_agg(purpose, ' ') FROM submission_purposes p
                      WHERE p.submission_id = s.id) AS purposes",
        );
        let mut binds = Vec::new();
        sql.push_str(&filter.from(self.backend(), &mut binds));
        sql.push_str(" JOIN users u ON u.id = s.enumerator_id");
        filter.push_where(self.backend(), &mut sql, &mut binds);
        if let Some(state) = state {
            binds.push(state.to_string());
            sql.push_str(&format!(" AND s.review_state = ${}", binds.len()));
        }
        if let Some(after) = after {
            push_after(after, &mut sql, &mut binds);
        }
        sql.push_str(&format!(
            " ORDER BY s.received_at DESC, s.id DESC LIMIT {limit}"
        ));
        on_pool!(self, pool, Backend => {
            let mut query = sqlx::query(&sql);
            for v in &binds {
                query = query.bind(v);
            }
            let rows = query.fetch_all(pool).await?;
            rows.iter()
                .map(|r| {
                    let purposes: Option<String> = r.try_get("purposes")?;
                    let answers: String = r.try_get("answers")?;
                    // The consent is read with its one definition (`forms::consent`).
                    let consent: String = r.try_get("consent")?;
                    let explained: forms::consent::Consent =
                        serde_json::from_str(&consent)?;
                    let template = (explained.template_id, explained.template_version);
                    let summary = SubmissionSummary {
                        id: r.try_get("id")?,
                        form_id: r.try_get("form_id")?,
                        form_version: r.try_get("form_version")?,
                        received_at: r.try_get("received_at")?,
                        saved_at: r.try_get("saved_at")?,
                        receipt: r.try_get("receipt")?,
                        refused: r.try_get("refused")?,
                        purposes: purposes
                            .unwrap_or_default()
                            .split_whitespace()
                            .map(str::to_string)
                            .collect(),
                        review_state: r.try_get("review_state")?,
                        enumerator: r.try_get("username")?,
                        answers: serde_json::from_str(&answers)?,
                        explained_again: explained.explained_again,
                        name: None,
                        area: None,
                        purpose_labels: Vec::new(),
                    };
                    Ok((summary, template))
                })
                .collect()
        })
    }

    /// Make sure the list can be filtered by one top-level answer (the area question)
    /// through an index, made once per question (`IF NOT EXISTS`: several servers on one
    /// database agree). Its name is derived from the question's; a name SQL cannot hold
    /// as it is gets no index and is filtered by reading the answers.
    pub async fn index_answer(&self, question: &str) -> Result<()> {
        // Once per database handle and question in this process.
        static DONE: std::sync::Mutex<Vec<(usize, String)>> = std::sync::Mutex::new(Vec::new());
        let key = (
            std::sync::Arc::as_ptr(&self.audit_lock) as usize,
            question.to_string(),
        );
        if DONE.lock().is_ok_and(|done| done.contains(&key)) {
            return Ok(());
        }
        let Some(expr) = answer_expression(self.backend(), question) else {
            return Ok(());
        };
        let expr = expr.replace("s.answers", "answers");
        let name = answer_index(question);
        // The index holds every column another filter reads, so a page or a count under
        // the answer and any other filters reads the index alone. (It replaces the
        // narrower index of before, `submissions_answer_…`.)
        let old = name.replacen("submissions_by_answer_", "submissions_answer_", 1);
        let sql = format!(
            "CREATE INDEX IF NOT EXISTS {name}
             ON submissions(project_id, ({expr}), review_state, received_at, id,
                            enumerator_id, form_id, form_version)"
        );
        on_pool!(self, pool, Backend => {
            sqlx::query(&format!("DROP INDEX IF EXISTS {old}")).execute(pool).await?;
            sqlx::query(&sql).execute(pool).await?;
        });
        // Without statistics on the new index the planner misjudges it both ways.
        self.refresh_statistics(true).await?;
        if let Ok(mut done) = DONE.lock() {
            done.push(key);
        }
        Ok(())
    }

    /// How many records each review state holds under `filter`.
    pub async fn review_counts(&self, filter: &ListFilter) -> Result<Vec<(String, i64)>> {
        let mut sql = String::from("SELECT s.review_state, COUNT(*)");
        let mut binds = Vec::new();
        sql.push_str(&filter.from(self.backend(), &mut binds));
        filter.push_where(self.backend(), &mut sql, &mut binds);
        sql.push_str(" GROUP BY s.review_state");
        on_pool!(self, pool, Backend => {
            let mut query = sqlx::query_as(&sql);
            for v in &binds {
                query = query.bind(v);
            }
            Ok(query.fetch_all(pool).await?)
        })
    }

    /// The cursor and state of every record under `filter` (or the first `limit`), in no
    /// order (a search that found few: each part's index gives them, no walk in order).
    pub async fn review_cursors(
        &self,
        filter: &ListFilter,
        limit: Option<u64>,
    ) -> Result<Vec<(Cursor, String)>> {
        let mut sql = String::from("SELECT s.received_at, s.id, s.review_state");
        let mut binds = Vec::new();
        sql.push_str(&filter.from(self.backend(), &mut binds));
        filter.push_where(self.backend(), &mut sql, &mut binds);
        if let Some(limit) = limit {
            sql.push_str(&format!(" LIMIT {limit}"));
        }
        on_pool!(self, pool, Backend => {
            let mut query = sqlx::query_as(&sql);
            for v in &binds {
                query = query.bind(v);
            }
            let rows: Vec<(String, String, String)> = query.fetch_all(pool).await?;
            Ok(rows
                .into_iter()
                .map(|(received_at, id, state)| (Cursor { received_at, id }, state))
                .collect())
        })
    }

    /// Every record under `filter`, newest first, given to `keep` one at a time as it is
    /// read (a search that reads names: the answers are never all in memory at once);
    /// returns the cursor and state of each record `keep` kept.
    pub async fn review_scan(
        &self,
        filter: &ListFilter,
        mut keep: impl FnMut(&Candidate) -> bool,
    ) -> Result<Vec<(Cursor, String)>> {
        use futures_util::TryStreamExt;
        let mut sql = String::from(
            "SELECT s.id, s.received_at, s.saved_at, s.review_state, s.form_id, s.form_version, s.receipt,
                    u.username, s.answers",
        );
        let mut binds = Vec::new();
        sql.push_str(&filter.from(self.backend(), &mut binds));
        sql.push_str(" JOIN users u ON u.id = s.enumerator_id");
        filter.push_where(self.backend(), &mut sql, &mut binds);
        sql.push_str(" ORDER BY s.received_at DESC, s.id DESC");
        on_pool!(self, pool, Backend => {
            let mut query = sqlx::query(&sql);
            for v in &binds {
                query = query.bind(v);
            }
            let mut rows = query.fetch(pool);
            let mut kept = Vec::new();
            while let Some(r) = rows.try_next().await? {
                let candidate = Candidate {
                    id: r.try_get("id")?,
                    received_at: r.try_get("received_at")?,
                    saved_at: r.try_get("saved_at")?,
                    review_state: r.try_get("review_state")?,
                    form_id: r.try_get("form_id")?,
                    form_version: r.try_get("form_version")?,
                    receipt: r.try_get("receipt")?,
                    enumerator: r.try_get("username")?,
                    answers: r.try_get("answers")?,
                };
                if keep(&candidate) {
                    kept.push((
                        Cursor {
                            received_at: candidate.received_at,
                            id: candidate.id,
                        },
                        candidate.review_state,
                    ));
                }
            }
            Ok(kept)
        })
    }

    /// The ids of these accounts (usernames).
    pub async fn user_ids(&self, usernames: &[String]) -> Result<Vec<i64>> {
        if usernames.is_empty() {
            return Ok(Vec::new());
        }
        let sql = format!(
            "SELECT id FROM users WHERE username IN ({})",
            placeholders(usernames.len())
        );
        on_pool!(self, pool, Backend => {
            let mut query = sqlx::query_scalar(&sql);
            for name in usernames {
                query = query.bind(name);
            }
            Ok(query.fetch_all(pool).await?)
        })
    }

    /// The enumerators (usernames) and form versions the project's records came from.
    pub async fn review_sources(
        &self,
        project_id: &str,
    ) -> Result<(Vec<String>, Vec<(String, String)>)> {
        on_pool!(self, pool, Backend => {
            // One index probe per account and per form version (both lists are short),
            // not a `DISTINCT` over every record: on PostgreSQL that scan cost every list
            // request 35 + 21 ms at 100,000 records, and these answer in 0.6 + 0.3 ms.
            let enumerators = sqlx::query_scalar(
                "SELECT u.username FROM users u
                 WHERE EXISTS (SELECT 1 FROM submissions s
                               WHERE s.project_id = $1 AND s.enumerator_id = u.id)
                 ORDER BY u.username",
            )
            .bind(project_id)
            .fetch_all(pool)
            .await?;
            // Every record's version is a row of `forms` (a foreign key).
            let forms = sqlx::query_as(
                "SELECT f.form_id, f.version FROM forms f
                 WHERE f.project_id = $1
                   AND EXISTS (SELECT 1 FROM submissions s
                               WHERE s.project_id = f.project_id AND s.form_id = f.form_id
                                 AND s.form_version = f.version)
                 ORDER BY f.form_id, f.version",
            )
            .bind(project_id)
            .fetch_all(pool)
            .await?;
            Ok((enumerators, forms))
        })
    }

    /// One record for its view: everything but the history, within a project.
    pub async fn submission_record(
        &self,
        project_id: &str,
        id: &str,
    ) -> Result<Option<StoredRecord>> {
        on_pool!(self, pool, Backend => {
            let Some(r) = sqlx::query(
                "SELECT s.form_id, s.form_version, s.received_at, s.saved_at, s.receipt,
                        s.refused, s.review_state, s.answers, s.consent, u.username,
                        (SELECT string_agg(purpose, ' ') FROM submission_purposes p
                          WHERE p.submission_id = s.id) AS purposes
                 FROM submissions s JOIN users u ON u.id = s.enumerator_id
                 WHERE s.project_id = $1 AND s.id = $2",
            )
            .bind(project_id)
            .bind(id)
            .fetch_optional(pool)
            .await?
            else {
                return Ok(None);
            };
            let purposes: Option<String> = r.try_get("purposes")?;
            Ok(Some(StoredRecord {
                form_id: r.try_get("form_id")?,
                form_version: r.try_get("form_version")?,
                received_at: r.try_get("received_at")?,
                saved_at: r.try_get("saved_at")?,
                receipt: r.try_get("receipt")?,
                refused: r.try_get("refused")?,
                review_state: r.try_get("review_state")?,
                answers: r.try_get("answers")?,
                consent: r.try_get("consent")?,
                enumerator: r.try_get("username")?,
                purposes: purposes
                    .unwrap_or_default()
                    .split_whitespace()
                    .map(str::to_string)
                    .collect(),
            }))
        })
    }

    /// A submission's consent record (JSON) and form version, within a project.
    pub async fn submission_consent(
        &self,
        project_id: &str,
        id: &str,
    ) -> Result<Option<(String, String, String)>> {
        on_pool!(self, pool, Backend => {
            Ok(sqlx::query_as(
                "SELECT consent, form_id, form_version FROM submissions WHERE project_id = $1 AND id = $2",
            )
            .bind(project_id)
            .bind(id)
            .fetch_optional(pool)
            .await?)
        })
    }

    /// A submission's answers (JSON) and form version, within a project.
    pub async fn submission_answers(
        &self,
        project_id: &str,
        id: &str,
    ) -> Result<Option<(String, String, String, String, bool)>> {
        on_pool!(self, pool, Backend => {
            Ok(sqlx::query_as(
                "SELECT answers, form_id, form_version, saved_at, refused FROM submissions
                 WHERE project_id = $1 AND id = $2",
            )
            .bind(project_id)
            .bind(id)
            .fetch_optional(pool)
            .await?)
        })
    }

    /// Replace a submission's answers with a steward's correction, keeping the previous
    /// answers and the comment in `submission_edits` (one transaction). False, and
    /// nothing written, when the answers are no longer `previous` (another steward's
    /// correction landed first): no edit is ever lost from the history.
    pub async fn edit_answers(
        &self,
        id: &str,
        previous: &str,
        answers: &str,
        editor: i64,
        comment: &str,
    ) -> Result<bool> {
        on_pool!(self, pool, Backend => {
            let at = now_rfc3339();
            let mut tx = pool.begin().await?;
            let updated = sqlx::query(
                "UPDATE submissions SET answers = $1, edited_at = $2, review_state = 'edited'
                 WHERE id = $3 AND answers = $4",
            )
            .bind(answers)
            .bind(&at)
            .bind(id)
            .bind(previous)
            .execute(&mut *tx)
            .await?;
            if updated.rows_affected() != 1 {
                return Ok(false);
            }
            sqlx::query(
                "INSERT INTO submission_edits (submission_id, edited_by, edited_at, previous_answers, comment)
                 VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(id)
            .bind(editor)
            .bind(&at)
            .bind(previous)
            .bind(comment)
            .execute(&mut *tx)
            .await?;
            forget_name!(tx, id);
            tx.commit().await?;
            Ok(true)
        })
    }

    /// The earlier answers of an edited submission, oldest first: (when, by whom, comment,
    /// previous answers as JSON).
    pub async fn submission_edits(
        &self,
        project_id: &str,
        id: &str,
    ) -> Result<Vec<(String, String, String, String)>> {
        on_pool!(self, pool, Backend => {
            Ok(sqlx::query_as(
                "SELECT e.edited_at, u.username, e.comment, e.previous_answers
                 FROM submission_edits e JOIN submissions s ON s.id = e.submission_id
                 JOIN users u ON u.id = e.edited_by
                 WHERE s.project_id = $1 AND s.id = $2 ORDER BY e.id",
            )
            .bind(project_id)
            .bind(id)
            .fetch_all(pool)
            .await?)
        })
    }

    /// Which of these submissions a steward has edited since they were received.
    pub async fn edited_ids(&self, ids: &[String]) -> Result<Vec<String>> {
        on_pool!(self, pool, Backend => {
            if ids.is_empty() {
                return Ok(Vec::new());
            }
            let placeholders = placeholders(ids.len());
            let sql = format!(
                "SELECT id FROM submissions WHERE edited_at IS NOT NULL AND id IN ({placeholders})"
            );
            let mut query = sqlx::query_scalar(&sql);
            for id in ids {
                query = query.bind(id);
            }
            Ok(query.fetch_all(pool).await?)
        })
    }

    /// Set a submission's review state, with the reviewer's comment kept beside it;
    /// false when the project has no such submission.
    pub async fn review(
        &self,
        project_id: &str,
        id: &str,
        state: &str,
        reviewer: i64,
        comment: &str,
        from: &[&str],
    ) -> Result<bool> {
        Ok(self
            .review_many(
                project_id,
                std::slice::from_ref(&id.to_string()),
                state,
                reviewer,
                comment,
                from,
            )
            .await?
            .len()
            == 1)
    }

    /// Set the review state of many submissions at once (one transaction), keeping the
    /// comment with each, for those of the project in one of the states `from` (the
    /// decision's own, `ReviewState::allowing`): returns their ids. `reopen` puts a
    /// record back to review: `edited` if a steward corrected it, else `received`.
    pub async fn review_many(
        &self,
        project_id: &str,
        ids: &[String],
        state: &str,
        reviewer: i64,
        comment: &str,
        from: &[&str],
    ) -> Result<Vec<String>> {
        // The states are the crate's own names (`ReviewState::as_str`), never the caller's
        // text: written into the statement, quoted.
        let from = from
            .iter()
            .filter(|s| s.chars().all(|c| c.is_ascii_lowercase() || c == '_'))
            .map(|s| format!("'{s}'"))
            .collect::<Vec<_>>()
            .join(", ");
        let update = format!(
            "UPDATE submissions SET reviewed_by = $2, reviewed_at = $3,
                review_state = CASE WHEN $1 <> 'reopen' THEN $1
                                    WHEN edited_at IS NULL THEN 'received' ELSE 'edited' END
             WHERE id = $4 AND project_id = $5 AND review_state IN ({from})"
        );
        if from.is_empty() {
            return Ok(Vec::new());
        }
        on_pool!(self, pool, Backend => {
            let mut tx = pool.begin().await?;
            let at = now_rfc3339();
            let mut changed = Vec::new();
            for id in ids {
                let done = sqlx::query(&update)
                .bind(state)
                .bind(reviewer)
                .bind(&at)
                .bind(id)
                .bind(project_id)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                if done == 1 {
                    // The history keeps the state the record is now in.
                    sqlx::query(
                        "INSERT INTO review_comments (submission_id, author_id, at, review_state, comment)
                         SELECT id, $2, $3, review_state, $4 FROM submissions WHERE id = $1",
                    )
                    .bind(id)
                    .bind(reviewer)
                    .bind(&at)
                    .bind(comment)
                    .execute(&mut *tx)
                    .await?;
                    changed.push(id.clone());
                }
            }
            tx.commit().await?;
            Ok(changed)
        })
    }

    /// A submission's review state, within a project.
    pub async fn review_state_of(&self, project_id: &str, id: &str) -> Result<Option<String>> {
        on_pool!(self, pool, Backend => {
            Ok(sqlx::query_scalar(
                "SELECT review_state FROM submissions WHERE project_id = $1 AND id = $2",
            )
            .bind(project_id)
            .bind(id)
            .fetch_optional(pool)
            .await?)
        })
    }

    /// A submission's review history, oldest first: (when, who, state, comment).
    pub async fn review_comments(
        &self,
        project_id: &str,
        id: &str,
    ) -> Result<Vec<(String, String, String, String)>> {
        on_pool!(self, pool, Backend => {
            Ok(sqlx::query_as(
                "SELECT c.at, u.username, c.review_state, c.comment
                 FROM review_comments c JOIN submissions s ON s.id = c.submission_id
                 JOIN users u ON u.id = c.author_id
                 WHERE s.project_id = $1 AND s.id = $2 ORDER BY c.id",
            )
            .bind(project_id)
            .bind(id)
            .fetch_all(pool)
            .await?)
        })
    }

    /// An enumerator's records of one project a reviewer sent back, with the latest
    /// comment: (id, receipt, saved_at, when, comment).
    pub async fn records_with_issues(
        &self,
        project_id: &str,
        enumerator_id: i64,
    ) -> Result<Vec<(String, String, String, String, String)>> {
        on_pool!(self, pool, Backend => {
            Ok(sqlx::query_as(
                "SELECT s.id, s.receipt, s.saved_at, COALESCE(s.reviewed_at, ''),
                        COALESCE((SELECT c.comment FROM review_comments c
                                  WHERE c.submission_id = s.id ORDER BY c.id DESC LIMIT 1), '')
                 FROM submissions s
                 WHERE s.project_id = $1 AND s.enumerator_id = $2
                   AND s.review_state = 'has_issues'
                 ORDER BY s.saved_at",
            )
            .bind(project_id)
            .bind(enumerator_id)
            .fetch_all(pool)
            .await?)
        })
    }

    /// A record's stored consent (JSON).
    pub async fn consent_json(&self, id: &str) -> Result<Option<String>> {
        on_pool!(self, pool, Backend => {
            Ok(sqlx::query_scalar("SELECT consent FROM submissions WHERE id = $1")
                .bind(id)
                .fetch_optional(pool)
                .await?)
        })
    }

    /// Replace a record's stored consent (its proof scrubbed).
    pub async fn set_consent_json(&self, id: &str, json: &str) -> Result<()> {
        on_pool!(self, pool, Backend => {
            sqlx::query("UPDATE submissions SET consent = $1 WHERE id = $2")
                .bind(json)
                .bind(id)
                .execute(pool)
                .await?;
        });
        self.forget_old_pages().await
    }
}
