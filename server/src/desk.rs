//! The steward's review desk: the review list with its filters, search and paging, and
//! one record as the form shows it. Both are built from what the caller's view of the
//! policy lets them see, and nothing a view hides can be reached another way: a search
//! by name finds only the names the view shows (a reviewer finds pseudonyms, never
//! names), a receipt code is searched only by a view that shows receipt codes, and the
//! area filter is refused to a view that does not show the area question.
//!
//! Paging is by keyset: newest first by (received time, id), a page starting strictly
//! after the previous page's last record, so records arriving meanwhile never shift a
//! page. Without a search every filter is SQL and each page walks an index (migration
//! 0017). A search by a view that shows every version's name unchanged (a steward's) is
//! SQL too, each part through its own index (migration 0022): receipt codes by prefix,
//! enumerators by id, names in the names the server keeps for it ([`index_names`],
//! ARCHITECTURE.md says what is kept and when it goes); a view that changes the name
//! reads the name it may see of every record under the other filters, once per request.
//! BENCHMARKS.md has the times.

use std::collections::HashMap;
use std::sync::Arc;

use forms::model::{Answers, CompiledForm, Kind};
use forms::wire::{
    AnswerRow, ConsentShown, EditShown, LanguageName, ProofItem, PurposeShown, RecordView,
    ReviewFilters, ReviewQuery, ReviewState, StateCounts, SubmissionPage,
};

use crate::AppState;
use crate::auth::{Role, User};
use crate::db::{Cursor, ListFilter, Part, Search, SubmissionSummary};
use crate::error::{Error, Result};
use crate::governance::PolicyInForce;
use crate::policy::{Treatment, View};
use crate::shaping::{Shape, Shaper};

/// Records per page when the caller does not say, and the most one page holds.
pub const PAGE: u32 = 50;
pub const MAX_PAGE: u32 = 200;

/// What a steward or reviewer may see of answers: the project's policy, the view it sets
/// for the caller's role, and the key pseudonyms are made with.
pub async fn reviewing_view(
    state: &AppState,
    user: &User,
) -> Result<(Arc<PolicyInForce>, View, String)> {
    let policy = state.policy(&user.project_id).await?;
    let view = match user.role {
        Role::Steward => policy.policy.roles.steward,
        _ => policy.policy.roles.reviewer,
    };
    let secret = state.db.pseudonym_key(&user.project_id).await?;
    Ok((policy, view, secret))
}

/// One form version as a viewer sees it.
struct Seen {
    form: Arc<CompiledForm>,
    shaper: Shaper,
    /// The form has photos or files (named, not carried, in a list).
    files: bool,
    /// What a record's name reads (a search by name parses only these answers).
    name_inputs: Option<std::collections::BTreeSet<String>>,
}

/// The forms and shapers of a caller, loaded once per request.
struct Viewer<'a> {
    state: &'a AppState,
    project_id: String,
    policy: Arc<PolicyInForce>,
    view: View,
    secret: String,
    seen: HashMap<(String, String), Seen>,
}

impl<'a> Viewer<'a> {
    async fn new(state: &'a AppState, user: &User) -> Result<Viewer<'a>> {
        let (policy, view, secret) = reviewing_view(state, user).await?;
        Ok(Viewer {
            state,
            project_id: user.project_id.clone(),
            policy,
            view,
            secret,
            seen: HashMap::new(),
        })
    }

    async fn load(&mut self, form_id: &str, version: &str) -> Result<&Seen> {
        let key = (form_id.to_string(), version.to_string());
        if !self.seen.contains_key(&key) {
            let form = self
                .state
                .compiled_form(&self.project_id, form_id, version)
                .await?;
            let shaper = Shaper::for_view(&self.policy.policy, &form, self.view, &self.secret);
            let files = form
                .walk()
                .iter()
                .any(|(n, _)| matches!(n.kind, Kind::Media { .. }));
            self.seen.insert(
                key.clone(),
                Seen {
                    name_inputs: forms::record::name_inputs(&form),
                    form,
                    shaper,
                    files,
                },
            );
        }
        Ok(&self.seen[&key])
    }

    /// Receipt codes are half the key to the community page: only a view that keeps
    /// identifiers shows them, or finds records by them.
    fn shows_receipts(&self) -> bool {
        self.view.identifiers == Treatment::Keep
    }

    /// The question naming a record's area (the policy's `[dashboard] area`).
    fn area_question(&self) -> Option<&str> {
        self.policy
            .policy
            .dashboard
            .as_ref()
            .map(|d| d.area.as_str())
    }
}

impl Seen {
    /// Whether this viewer sees records' names as the server keeps them for search
    /// (`submission_names`: made from the stored answers): nothing a name reads is
    /// changed by the view. A view that changes it (a reviewer's pseudonyms) reads the
    /// names it may see instead, one record at a time.
    fn names_as_kept(&self) -> bool {
        if !self.shaper.changes_anything() {
            return true;
        }
        if self.form.instance_name_reads_files() {
            return false;
        }
        self.name_inputs.as_ref().is_none_or(|inputs| {
            inputs
                .iter()
                .all(|name| self.shaper.shape(name) == Shape::Keep)
        })
    }

    /// A record's name from what this viewer may see (see the list's rules), made at the
    /// moment the phone saved it ([`naming_moment`]).
    fn name(&self, shown: &Answers, saved_at: &str, received_at: &str) -> Option<String> {
        // Not at all when the view hides something and the name reads attached files (a
        // preload would give back the name the view hides).
        if self.shaper.changes_anything() && self.form.instance_name_reads_files() {
            return None;
        }
        self.form
            .instance_name(shown, naming_moment(saved_at, received_at))
    }
}

/// Make the names kept for the steward's search of every record whose answers were
/// stored or changed since (ingest, correction, scrubbing: `db/names.rs`), and of every
/// record stored before the names were kept. Each name is made as a view that changes
/// nothing makes it ([`Seen::name`] with the stored answers), lower-cased like a search.
pub async fn index_names(state: &AppState) -> Result<()> {
    const BATCH: u32 = 1_000;
    loop {
        let unnamed = state.db.unnamed(BATCH).await?;
        let mut names = Vec::with_capacity(unnamed.len());
        for (id, project_id, form_id, version, saved_at, received_at, answers) in &unnamed {
            // A version that cannot be read (or answers that cannot) names nothing: the
            // record is found by its other fields, never by a name made up.
            let name = match state.compiled_form(project_id, form_id, version).await {
                Ok(form) => forms::record::name_inputs(&form)
                    .and_then(|inputs| forms::record::answers_only(answers, &inputs).ok())
                    .and_then(|answers| {
                        form.instance_name(&answers, naming_moment(saved_at, received_at))
                    })
                    .map(|name| name.to_lowercase()),
                Err(_) => None,
            };
            names.push((id.clone(), answers.clone(), name.unwrap_or_default()));
        }
        state.db.set_names(&names).await?;
        if unnamed.len() < BATCH as usize {
            return Ok(());
        }
    }
}

/// The moment a record's name is made at, as the phone named it: its `saved_at` (the
/// phone's clock and offset), so `concat(${head}, ' ', today())` reads the day of the
/// interview, not the day of the sync; the day it was received when `saved_at` is not a
/// date-time (never written so by a Sauti phone, but a name must not lose its date).
fn naming_moment<'a>(saved_at: &'a str, received_at: &'a str) -> &'a str {
    if forms::dates::to_days(saved_at).is_some() {
        saved_at
    } else {
        received_at.get(..10).unwrap_or_default()
    }
}

/// The day after `YYYY-MM-DD`; `None` for anything else.
fn next_day(day: &str) -> Option<String> {
    if day.len() != 10 {
        return None;
    }
    let (y, m, d) = forms::dates::parse_date(day)?;
    Some(forms::dates::iso_date(
        forms::dates::days_from_civil(y, m, d) + 1,
    ))
}

/// The review states a query asks for (empty: all).
fn states(query: &ReviewQuery) -> Result<Vec<ReviewState>> {
    let Some(text) = query.state.as_deref().filter(|s| !s.trim().is_empty()) else {
        return Ok(Vec::new());
    };
    let mut out = Vec::new();
    for name in text.split(',').map(str::trim) {
        match name {
            "to_review" => out.extend([ReviewState::Received, ReviewState::Edited]),
            name => out.push(ReviewState::parse(name).ok_or_else(|| {
                Error::BadRequest(format!(
                    "state is `to_review` or review states (received, has_issues, edited, approved, rejected), not `{name}`"
                ))
            })?),
        }
    }
    out.sort_by_key(|s| s.as_str());
    out.dedup();
    Ok(out)
}

/// `GET /submissions`.
pub async fn list(state: &AppState, user: &User, query: ReviewQuery) -> Result<SubmissionPage> {
    let mut viewer = Viewer::new(state, user).await?;
    let wanted = states(&query)?;
    let limit = query.limit.unwrap_or(PAGE);
    if !(1..=MAX_PAGE).contains(&limit) {
        return Err(Error::BadRequest(format!(
            "`limit` is a number of records per page from 1 to {MAX_PAGE}"
        )));
    }
    let after = match query.after.as_deref().filter(|a| !a.is_empty()) {
        Some(text) => Some(
            Cursor::decode(text)
                .ok_or_else(|| Error::BadRequest("`after` is a `next` cursor".into()))?,
        ),
        None => None,
    };
    let day = |d: &Option<String>, name: &str| -> Result<Option<String>> {
        match d.as_deref().filter(|d| !d.is_empty()) {
            None => Ok(None),
            Some(d) => next_day(d)
                .map(|next| Some((d.to_string(), next)))
                .map(|p| p.map(|(d, n)| if name == "from" { d } else { n }))
                .ok_or_else(|| Error::BadRequest(format!("`{name}` is a day, YYYY-MM-DD"))),
        }
    };
    let nonempty = |v: &Option<String>| v.clone().filter(|v| !v.trim().is_empty());
    let mut filter = ListFilter {
        project_id: user.project_id.clone(),
        enumerator: nonempty(&query.enumerator),
        from: day(&query.from, "from")?,
        until: day(&query.to, "to")?,
        answer: None,
        form_id: nonempty(&query.form),
        form_version: nonempty(&query.version),
        ids: None,
        search: None,
    };
    // The form versions this list may hold: their shapers, loaded once.
    let (enumerators, sources) = state.db.review_sources(&user.project_id).await?;
    for (form_id, version) in &sources {
        viewer.load(form_id, version).await?;
    }
    if let Some(area) = nonempty(&query.area) {
        let question = viewer.area_question().map(str::to_string).ok_or_else(|| {
            Error::BadRequest(
                "this project names no area question (the policy's [dashboard] area)".into(),
            )
        })?;
        // Filtering by what a view hides would tell it, one guess at a time.
        if viewer
            .seen
            .values()
            .any(|s| s.shaper.shape(&question) != Shape::Keep)
        {
            return Err(Error::Forbidden);
        }
        state.db.index_answer(&question).await?;
        filter.answer = Some((question, area));
    }
    let search = nonempty(&query.q).map(|q| q.trim().to_string());
    let lang = query.lang.as_deref();
    // A view that sees names as they are kept searches by indexes; another reads the
    // names it may see, record by record.
    let indexed = viewer.seen.values().all(Seen::names_as_kept);
    if let Some(q) = search.as_deref().filter(|_| indexed) {
        let lower = q.to_lowercase();
        index_names(state).await?;
        filter.search = Some(Search {
            receipt: viewer
                .shows_receipts()
                .then(|| forms::receipt::prefix(q))
                .flatten(),
            enumerators: {
                let found: Vec<String> = enumerators
                    .into_iter()
                    .filter(|e| e.to_lowercase().contains(&lower))
                    .collect();
                state.db.user_ids(&found).await?
            },
            name: Some(lower),
            part: Part::All,
        });
    }
    let (mut items, next, counts) = match search.filter(|_| filter.search.is_none()) {
        None if filter.search.is_some() => {
            page_by_indexed_search(state, &filter, &wanted, after.as_ref(), limit, lang).await?
        }
        None => page_by_sql(state, &filter, &wanted, after.as_ref(), limit, lang, None).await?,
        Some(q) => {
            page_by_search(
                state,
                &viewer,
                &filter,
                &wanted,
                after.as_ref(),
                limit,
                &q,
                lang,
            )
            .await?
        }
    };
    let total = if wanted.is_empty() {
        counts.all()
    } else {
        wanted.iter().map(|s| counts.get(*s)).sum()
    };
    shape_items(&mut viewer, &mut items, lang).await?;
    state
        .db
        .audit(&user.username, "view-submissions", &user.project_id)
        .await?;
    Ok(SubmissionPage {
        items,
        next: next.map(|c| c.encode()),
        counts,
        total,
    })
}

type Page = (Vec<SubmissionSummary>, Option<Cursor>, StateCounts);

/// Counts from the database's `(state, count)` rows.
fn counted(rows: impl IntoIterator<Item = (String, i64)>) -> StateCounts {
    let mut counts = StateCounts::default();
    for (state, n) in rows {
        if let Some(state) = ReviewState::parse(&state) {
            counts.add(state, n.max(0) as u64);
        }
    }
    counts
}

/// Cut a newest-first list to a page: its records and, when more follow, the cursor.
fn cut<T>(mut rows: Vec<T>, limit: u32, cursor: impl Fn(&T) -> Cursor) -> (Vec<T>, Option<Cursor>) {
    let limit = limit as usize;
    let next = (rows.len() > limit).then(|| cursor(&rows[limit - 1]));
    rows.truncate(limit);
    (rows, next)
}

fn cursor_of(s: &SubmissionSummary) -> Cursor {
    Cursor {
        received_at: s.received_at.clone(),
        id: s.id.clone(),
    }
}

/// Every filter in SQL: one query per state asked for (each walks its index from the
/// cursor and stops after a page), merged newest first.
async fn page_by_sql(
    state: &AppState,
    filter: &ListFilter,
    wanted: &[ReviewState],
    after: Option<&Cursor>,
    limit: u32,
    lang: Option<&str>,
    counts: Option<StateCounts>,
) -> Result<Page> {
    let counts = match counts {
        Some(counts) => counts,
        None => counted(state.db.review_counts(filter).await?),
    };
    let mut rows = Vec::new();
    if wanted.is_empty() {
        rows = state.db.review_page(filter, None, after, limit + 1).await?;
    } else {
        for s in wanted {
            if counts.get(*s) > 0 {
                rows.extend(
                    state
                        .db
                        .review_page(filter, Some(s.as_str()), after, limit + 1)
                        .await?,
                );
            }
        }
        rows.sort_by_key(|(s, _)| std::cmp::Reverse(cursor_of(s)));
    }
    let (rows, next) = cut(rows, limit, |(s, _)| cursor_of(s));
    Ok((
        prepare(state, &filter.project_id, rows, lang).await?,
        next,
        counts,
    ))
}

/// Above this many records found, a search's page walks the list's index in order (the
/// records found are many, so a page is reached soon); up to it, the records found are
/// read through the search's own indexes and ordered here.
const FEW: u64 = 2_000;

/// A search answered by indexes (`ListFilter::search`): counted in SQL, then either few
/// records found, ordered here, or many, paged like any filter.
async fn page_by_indexed_search(
    state: &AppState,
    filter: &ListFilter,
    wanted: &[ReviewState],
    after: Option<&Cursor>,
    limit: u32,
    lang: Option<&str>,
) -> Result<Page> {
    let Some(search) = &filter.search else {
        return page_by_sql(state, filter, wanted, after, limit, lang, None).await;
    };
    // The two parts never overlap: their counts add up. The records found by code or
    // name are usually few: read once (up to one more than `FEW`), counted here.
    let part = |part| ListFilter {
        search: Some(Search {
            part,
            ..search.clone()
        }),
        ..filter.clone()
    };
    let (by_enumerator, others) = (part(Part::Enumerators), part(Part::Others));
    let mut found = state.db.review_cursors(&others, Some(FEW + 1)).await?;
    let mut rows: Vec<(String, i64)> = if found.len() as u64 > FEW {
        found.clear();
        state.db.review_counts(&others).await?
    } else {
        found.iter().map(|(_, s)| (s.clone(), 1)).collect()
    };
    if !search.enumerators.is_empty() {
        rows.extend(state.db.review_counts(&by_enumerator).await?);
    }
    let counts = counted(rows);
    if counts.all() > FEW {
        return page_by_sql(state, filter, wanted, after, limit, lang, Some(counts)).await;
    }
    if !search.enumerators.is_empty() {
        found.extend(state.db.review_cursors(&by_enumerator, None).await?);
    }
    found.sort_by(|a, b| b.0.cmp(&a.0));
    page_of_found(state, filter, found, counts, wanted, after, limit, lang).await
}

/// A search: the other filters in SQL, then each record's receipt code, enumerator and
/// name (as this viewer sees it) read here.
#[allow(clippy::too_many_arguments)]
async fn page_by_search(
    state: &AppState,
    viewer: &Viewer<'_>,
    filter: &ListFilter,
    wanted: &[ReviewState],
    after: Option<&Cursor>,
    limit: u32,
    q: &str,
    lang: Option<&str>,
) -> Result<Page> {
    let receipt = viewer
        .shows_receipts()
        .then(|| forms::receipt::prefix(q))
        .flatten();
    let lower = q.to_lowercase();
    let mut failure = None;
    let found = state
        .db
        .review_scan(filter, |c| {
            if receipt.as_deref().is_some_and(|p| c.receipt.starts_with(p))
                || c.enumerator.to_lowercase().contains(&lower)
            {
                return true;
            }
            let Some(seen) = viewer
                .seen
                .get(&(c.form_id.clone(), c.form_version.clone()))
            else {
                return false;
            };
            let Some(inputs) = &seen.name_inputs else {
                return false;
            };
            let answers = match forms::record::answers_only(&c.answers, inputs) {
                Ok(a) => a,
                Err(e) => {
                    failure.get_or_insert(e);
                    return false;
                }
            };
            let shown = if seen.shaper.changes_anything() {
                seen.shaper.answers(&answers)
            } else {
                answers
            };
            seen.name(&shown, &c.saved_at, &c.received_at)
                .is_some_and(|name| forms::record::name_matches(&name, &lower))
        })
        .await?;
    if let Some(e) = failure {
        return Err(e.into());
    }
    let mut counts = StateCounts::default();
    for (_, s) in &found {
        if let Some(s) = ReviewState::parse(s) {
            counts.add(s, 1);
        }
    }
    page_of_found(state, filter, found, counts, wanted, after, limit, lang).await
}

/// The page of the records a search found (newest first, with their states) after
/// `after` in the states wanted.
#[allow(clippy::too_many_arguments)]
async fn page_of_found(
    state: &AppState,
    filter: &ListFilter,
    found: Vec<(Cursor, String)>,
    counts: StateCounts,
    wanted: &[ReviewState],
    after: Option<&Cursor>,
    limit: u32,
    lang: Option<&str>,
) -> Result<Page> {
    let chosen: Vec<Cursor> = found
        .into_iter()
        .filter(|(c, s)| {
            after.is_none_or(|a| c < a)
                && (wanted.is_empty() || ReviewState::parse(s).is_some_and(|s| wanted.contains(&s)))
        })
        .map(|(c, _)| c)
        .take(limit as usize + 1)
        .collect();
    let (chosen, next) = cut(chosen, limit, Cursor::clone);
    let mut rows = Vec::new();
    if !chosen.is_empty() {
        let page = ListFilter {
            project_id: filter.project_id.clone(),
            ids: Some(chosen.into_iter().map(|c| c.id).collect()),
            ..Default::default()
        };
        rows = state.db.review_page(&page, None, None, limit).await?;
    }
    Ok((
        prepare(state, &filter.project_id, rows, lang).await?,
        next,
        counts,
    ))
}

/// The list's lines with their purposes' labels in `lang`, and the comprehension points
/// explained again as their questions in the form's default language (the list's rule
/// since before the desk).
async fn prepare(
    state: &AppState,
    project_id: &str,
    rows: Vec<(SubmissionSummary, (String, u32))>,
    lang: Option<&str>,
) -> Result<Vec<SubmissionSummary>> {
    let mut list = Vec::with_capacity(rows.len());
    for (mut item, (template_id, version)) in rows {
        let form = state
            .compiled_form(project_id, &item.form_id, &item.form_version)
            .await?;
        let template = state
            .consent_template(project_id, &template_id, version)
            .await?;
        if let Some(template) = &template {
            let shown = forms::record::language(&form, lang.unwrap_or_default());
            item.purpose_labels = item
                .purposes
                .iter()
                .map(|p| purpose_label(template, p, shown, &form.form.default_language))
                .collect();
            let default = &form.form.default_language;
            for point in &mut item.explained_again {
                if let Some(q) = template.comprehension.iter().find(|q| q.id == *point) {
                    *point = q.question.get(default, default).to_string();
                }
            }
        }
        list.push(item);
    }
    Ok(list)
}

/// A purpose's label in `lang` (else `fallback`); its id when the template has no such purpose.
fn purpose_label(
    template: &forms::consent::ConsentTemplate,
    id: &str,
    lang: &str,
    fallback: &str,
) -> String {
    template
        .purposes
        .iter()
        .find(|p| p.id == id)
        .map(|p| p.label.get(lang, fallback).to_string())
        .filter(|l| !l.is_empty())
        .unwrap_or_else(|| id.to_string())
}

/// Each line's answers as the viewer may see them, its name, area and purposes' labels.
async fn shape_items(
    viewer: &mut Viewer<'_>,
    items: &mut [SubmissionSummary],
    lang: Option<&str>,
) -> Result<()> {
    let shows_receipts = viewer.shows_receipts();
    let area = viewer.area_question().map(str::to_string);
    for item in items {
        if !shows_receipts {
            item.receipt.clear();
        }
        let seen = viewer.load(&item.form_id, &item.form_version).await?;
        let lang = forms::record::language(&seen.form, lang.unwrap_or_default()).to_string();
        let answers: Answers = serde_json::from_value(std::mem::take(&mut item.answers))?;
        let shown = seen.shaper.answers(&answers);
        item.name = seen.name(&shown, &item.saved_at, &item.received_at);
        if let Some(question) = &area
            && let (Some(node), Some(forms::model::Answer::Value(v))) =
                (seen.form.node(question), shown.get(question))
        {
            item.area = Some(forms::record::shown_value(&seen.form, node, v, &lang));
        }
        // Photos and files by name (`GET /submissions/{id}/attachments/{name}`): a list
        // of records does not carry every file.
        let shown = if seen.files {
            forms::attachment::named(&seen.form, &shown, &item.id)
        } else {
            shown
        };
        item.answers = serde_json::to_value(shown)?;
    }
    Ok(())
}

/// `GET /submissions/filters`: the enumerators and form versions of the project's records,
/// and the area question with its areas when the caller's view shows it.
pub async fn filters(state: &AppState, user: &User, lang: Option<&str>) -> Result<ReviewFilters> {
    let mut viewer = Viewer::new(state, user).await?;
    let (enumerators, sources) = state.db.review_sources(&user.project_id).await?;
    let mut forms = Vec::new();
    for (form_id, version) in sources.iter().rev() {
        let seen = viewer.load(form_id, version).await?;
        let shown = forms::record::language(&seen.form, lang.unwrap_or_default());
        forms.push(forms::wire::FormVersionName {
            form_id: form_id.clone(),
            version: version.clone(),
            title: seen
                .form
                .form
                .title
                .get(shown, &seen.form.form.default_language)
                .to_string(),
        });
    }
    let mut area = None;
    if let Some(question) = viewer.area_question().map(str::to_string)
        && !viewer.seen.is_empty()
        && viewer
            .seen
            .values()
            .all(|s| s.shaper.shape(&question) == Shape::Keep)
    {
        // The newest version that has the question says its label and choices; a
        // question typed by hand has the areas the policy lists.
        let newest = sources
            .iter()
            .rev()
            .filter_map(|k| viewer.seen.get(k))
            .find_map(|s| s.form.node(&question).map(|n| (s, n)));
        if let Some((seen, node)) = newest {
            let form = &seen.form;
            let shown = forms::record::language(form, lang.unwrap_or_default());
            let areas = match node.kind.choice_list() {
                Some(list) if node.kind.repeat_source().is_none() => form
                    .choices(list)
                    .iter()
                    .map(|c| forms::wire::NamedValue {
                        value: c.name.clone(),
                        label: forms::markup::plain(
                            c.label.get(shown, &form.form.default_language),
                        ),
                    })
                    .collect(),
                _ => viewer
                    .policy
                    .policy
                    .dashboard
                    .as_ref()
                    .and_then(|d| d.areas.clone())
                    .unwrap_or_default()
                    .into_iter()
                    .map(|a| forms::wire::NamedValue {
                        value: a.clone(),
                        label: a,
                    })
                    .collect(),
            };
            area = Some(forms::wire::AreaFilter {
                question: question.clone(),
                label: node
                    .label
                    .get(shown, &form.form.default_language)
                    .to_string(),
                areas,
            });
        }
    }
    Ok(ReviewFilters {
        enumerators,
        forms,
        area,
    })
}

/// `GET /submissions/{id}`: one record as the form shows it, as the caller's view allows.
pub async fn record(
    state: &AppState,
    user: &User,
    id: &str,
    lang: Option<&str>,
) -> Result<RecordView> {
    let stored = state
        .db
        .submission_record(&user.project_id, id)
        .await?
        .ok_or(Error::NotFound)?;
    let mut viewer = Viewer::new(state, user).await?;
    let shows_receipts = viewer.shows_receipts();
    let view = viewer.view;
    let pseudonyms = crate::shaping::Pseudonymiser::new(&viewer.secret);
    let viewer_secret = viewer.secret.clone();
    let seen = viewer.load(&stored.form_id, &stored.form_version).await?;
    let form = &seen.form;
    let lang = forms::record::language(form, lang.unwrap_or_default()).to_string();
    let default = form.form.default_language.clone();
    let answers: Answers = serde_json::from_str(&stored.answers)?;
    let shown = seen.shaper.answers(&answers);
    let mut rows = forms::record::rows(form, &shown, &lang, id);
    mark_pseudonyms(&seen.shaper, &mut rows);
    // A steward corrects answers in the desk: each line says how, and the answers as
    // their view shows them go with it (a correction sends them back).
    let steward = user.role == Role::Steward;
    if steward {
        forms::record::mark_editable(form, &mut rows, &shown, &lang);
    }
    let withheld = form
        .walk()
        .into_iter()
        .map(|(n, _)| n)
        .filter(|n| !matches!(n.kind, Kind::Group | Kind::Repeat | Kind::Note))
        .filter(|n| seen.shaper.shape(&n.name) == Shape::Drop)
        .map(|n| {
            let label = forms::markup::plain(n.label.get(&lang, &default));
            if label.trim().is_empty() {
                n.name.clone()
            } else {
                label
            }
        })
        .collect();
    let name = seen.name(&shown, &stored.saved_at, &stored.received_at);
    let consent: forms::consent::Consent = serde_json::from_str(&stored.consent)?;
    let template = state
        .consent_template(
            &user.project_id,
            &consent.template_id,
            consent.template_version,
        )
        .await?;
    let consent = consent_shown(
        &consent,
        template.as_deref(),
        &stored.purposes,
        &lang,
        &default,
        view,
        &pseudonyms,
    );
    // Earlier answers are shown as the current ones (stewards only: the edits endpoint's rule).
    let mut edits = Vec::new();
    if user.role == Role::Steward {
        let history = state.db.submission_edits(&user.project_id, id).await?;
        let mut versions = Vec::with_capacity(history.len() + 1);
        for (_, _, _, previous) in &history {
            let previous: Answers = serde_json::from_str(previous)?;
            let mut rows = forms::record::rows(form, &seen.shaper.answers(&previous), &lang, id);
            mark_pseudonyms(&seen.shaper, &mut rows);
            versions.push(rows);
        }
        versions.push(rows.clone());
        for (i, (at, by, comment, _)) in history.into_iter().enumerate() {
            edits.push(EditShown {
                edited_at: at,
                edited_by: by,
                comment,
                changes: forms::record::changes(&versions[i], &versions[i + 1]),
            });
        }
    }
    let comments = state
        .db
        .review_comments(&user.project_id, id)
        .await?
        .into_iter()
        .filter_map(|(at, by, review_state, comment)| {
            Some(forms::wire::ReviewComment {
                at,
                by,
                review_state: ReviewState::parse(&review_state)?,
                comment,
            })
        })
        .collect();
    let review_state = ReviewState::parse(&stored.review_state).ok_or_else(|| {
        anyhow::anyhow!("a stored review state `{}` is unknown", stored.review_state)
    })?;
    // Only to those who correct.
    let revision = if steward {
        revision(&viewer_secret, &stored.answers)
    } else {
        String::new()
    };
    let view = RecordView {
        id: id.to_string(),
        form_id: stored.form_id.clone(),
        form_version: stored.form_version.clone(),
        form_title: form.form.title.get(&lang, &default).to_string(),
        rtl: form.is_rtl(&lang),
        languages: form
            .form
            .languages
            .iter()
            .map(|l| LanguageName {
                code: l.code.clone(),
                name: l.name.clone(),
                rtl: l.rtl,
            })
            .collect(),
        lang,
        name,
        receipt: if shows_receipts {
            stored.receipt
        } else {
            String::new()
        },
        enumerator: stored.enumerator,
        received_at: stored.received_at,
        saved_at: stored.saved_at,
        review_state,
        refused: stored.refused,
        rows,
        withheld,
        consent,
        comments,
        edits,
        // Files by name, as the list gives them: a correction puts them back.
        answers: steward.then(|| {
            if seen.files {
                forms::attachment::named(form, &shown, id)
            } else {
                shown.clone()
            }
        }),
        revision,
        actions: review_state.actions(),
    };
    state
        .db
        .audit(&user.username, "view-submission", id)
        .await?;
    Ok(view)
}

/// A record's revision: a digest of its answers as stored (JSON), keyed with the
/// project's secret. A correction names the revision it was made on, and is refused once
/// the answers changed, by a colleague's correction or an erasure (a withdrawal, the
/// purge), either of which it would undo. Keyed, because the answers include what a view
/// hides: a plain hash would let someone who sees the rest confirm a guessed name.
pub fn revision(secret: &str, stored_answers: &str) -> String {
    use hmac::{KeyInit, Mac};
    let mut mac = <hmac::Hmac<sha2::Sha256> as KeyInit>::new_from_slice(secret.as_bytes())
        .expect("HMAC takes any key length");
    mac.update(b"sauti-revision\0");
    mac.update(stored_answers.as_bytes());
    mac.finalize().into_bytes()[..16]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Flag the lines whose value is a pseudonym.
fn mark_pseudonyms(shaper: &Shaper, rows: &mut [AnswerRow]) {
    for row in rows {
        row.pseudonym =
            row.kind == forms::wire::RowKind::Answer && shaper.shape(&row.name) == Shape::Pseudonym;
    }
}

/// The consent as a view shows it: the method and purposes always (the respondent's
/// decision is what review checks); the proof's names as the view shows identifiers (a
/// name, a pseudonym, or nothing); the drawn signature or mark and a proxy's reason
/// (which may name an illness) only to a view that keeps identifiers.
fn consent_shown(
    consent: &forms::consent::Consent,
    template: Option<&forms::consent::ConsentTemplate>,
    held: &[String],
    lang: &str,
    fallback: &str,
    view: View,
    pseudonyms: &crate::shaping::Pseudonymiser,
) -> ConsentShown {
    use forms::consent::{Decision, Method};
    let purposes = match template {
        Some(t) => t
            .purposes
            .iter()
            .map(|p| PurposeShown {
                id: p.id.clone(),
                label: purpose_label(t, &p.id, lang, fallback),
                accepted: consent.accepted(&p.id),
                active: consent.accepted(&p.id) && held.contains(&p.id),
            })
            .collect(),
        None => consent
            .purposes()
            .iter()
            .map(|p| PurposeShown {
                id: p.clone(),
                label: p.clone(),
                accepted: true,
                active: held.contains(p),
            })
            .collect(),
    };
    let keep = view.identifiers == Treatment::Keep;
    let name = |field: &str, value: &str| -> Option<ProofItem> {
        let value = match view.identifiers {
            Treatment::Keep => value.to_string(),
            Treatment::Pseudonymise => pseudonyms.pseudonym(value),
            Treatment::Drop => return None,
        };
        (!value.is_empty()).then(|| ProofItem {
            field: field.into(),
            value,
        })
    };
    let plain = |field: &str, value: &str| -> Option<ProofItem> {
        (!value.is_empty()).then(|| ProofItem {
            field: field.into(),
            value: value.to_string(),
        })
    };
    let (method, proof, signature) = match &consent.decision {
        Decision::Refused => (None, Vec::new(), None),
        Decision::Given { method, .. } => {
            let (proof, image): (Vec<Option<ProofItem>>, Option<&String>) = match method {
                Method::Signature { image } => (vec![], Some(image)),
                Method::Verbal { witness } => (vec![name("witness", witness)], None),
                Method::Mark { image, witness } => (vec![name("witness", witness)], Some(image)),
                Method::Guardian {
                    guardian,
                    relationship,
                    assent,
                    witness,
                } => (
                    vec![
                        name("guardian", guardian),
                        plain("relationship", relationship)
                            .filter(|_| view.identifiers != Treatment::Drop),
                        plain("assent", if *assent { "yes" } else { "no" }),
                        name("witness", witness),
                    ],
                    None,
                ),
                Method::Proxy {
                    proxy,
                    relationship,
                    reason,
                    witness,
                } => (
                    vec![
                        name("proxy", proxy),
                        plain("relationship", relationship)
                            .filter(|_| view.identifiers != Treatment::Drop),
                        plain("reason", reason)
                            .filter(|_| keep && view.sensitive == Treatment::Keep),
                        name("witness", witness),
                    ],
                    None,
                ),
            };
            (
                Some(method.name().to_string()),
                proof.into_iter().flatten().collect(),
                image
                    .filter(|_| keep)
                    .filter(|i| i.starts_with("data:image/png"))
                    .cloned(),
            )
        }
    };
    let explained_again = consent
        .explained_again
        .iter()
        .map(|point| {
            template
                .and_then(|t| t.comprehension.iter().find(|q| q.id == *point))
                .map(|q| q.question.get(lang, fallback).to_string())
                .unwrap_or_else(|| point.clone())
        })
        .collect();
    ConsentShown {
        refused: consent.is_refusal(),
        method,
        language: consent.language.clone(),
        recorded_at: consent.recorded_at.clone(),
        template_id: consent.template_id.clone(),
        template_version: consent.template_version,
        purposes,
        proof,
        signature,
        proof_withheld: !consent.is_refusal() && (!keep || view.sensitive != Treatment::Keep),
        explained_again,
        played_audio: consent.played_audio,
    }
}

#[cfg(test)]
mod tests {
    use super::naming_moment;

    #[test]
    fn a_name_is_made_at_the_phones_moment_or_else_the_day_received() {
        let received = "2026-12-06T18:03:22.369Z";
        assert_eq!(
            naming_moment("2026-11-25T01:30:00+03:00", received),
            "2026-11-25T01:30:00+03:00"
        );
        for not_a_moment in ["", "yesterday", "2026-13-40T99:00"] {
            assert_eq!(naming_moment(not_a_moment, received), "2026-12-06");
        }
    }
}
