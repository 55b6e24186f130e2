//! The public dashboard ("You said, we did"): what was collected, the indicators the
//! policy names and the actions the project published, as one server-rendered page per
//! project and language (`GET /p/{project}/dashboard?lang=ar`), protected by [`figures`].
//!
//! Fails closed: a project whose policy has no `[dashboard]` has no page (404). Only
//! approved records whose consent covers the dashboard's purpose are counted (the
//! exports' own query, [`crate::db::Db::exportable`]). The figures are kept per project
//! and computed again when the policy changes, when the number of counted records changes
//! (an approval, a withdrawal) or after [`REFRESH`], whichever comes first; browsers and
//! proxies may keep a page for [`REFRESH`] too.

pub mod actions;
pub mod config;
pub mod figures;
pub mod page;

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::Router;
use axum::extract::{Extension, Path, Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use forms::model::{Answer, Answers, Kind};
use futures_util::StreamExt;

use crate::AppState;
use crate::error::Result;
use config::Dashboard;
use figures::{Figures, Row, Rules};

/// The longest a page's figures are kept.
pub const REFRESH: Duration = Duration::from_secs(60);
/// Months shown one by one (the current and the eleven before); older records are
/// counted under "earlier". The columns depend on the calendar only, never on the data:
/// a month appearing with its first record would tell when that record came.
const MONTHS: usize = 12;

/// Computed figures, by project.
#[derive(Default)]
pub struct Cache(Mutex<HashMap<String, Arc<Computed>>>);

/// One computation of a project's figures.
pub struct Computed {
    /// (policy version, counted records) it was computed at.
    key: (i64, u64),
    at: Instant,
    computed_at: String,
    figures: Figures,
    /// Row keys: the area values (the last row: other areas, for typed areas).
    areas: Vec<String>,
    /// Column keys: "earlier", then `YYYY-MM`.
    months: Vec<String>,
}

/// The dashboard's route, with its own cache (one per server).
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/p/{project}/dashboard", axum::routing::get(show))
        .layer(Extension(Arc::new(Cache::default())))
}

#[derive(serde::Deserialize)]
struct Choose {
    lang: Option<String>,
}

/// A short HTML page saying why there is nothing to show.
fn missing(message: &str) -> Response {
    let body = format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\
         <title>No dashboard</title></head><body><main><h1>No dashboard</h1><p>{message}</p>\
         </main></body></html>"
    );
    (
        StatusCode::NOT_FOUND,
        [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
        body,
    )
        .into_response()
}

async fn show(
    State(state): State<AppState>,
    Extension(cache): Extension<Arc<Cache>>,
    Path(project): Path<String>,
    Query(choose): Query<Choose>,
) -> Result<Response> {
    let not_public = "This project has no public dashboard: its data-governance policy has \
                      no [dashboard] section.";
    if !state.db.project_ids().await?.contains(&project) {
        return Ok(missing(not_public));
    }
    let policy = state.policy(&project).await?;
    let Some(dashboard) = policy.policy.dashboard.clone() else {
        return Ok(missing(not_public));
    };
    let Some((definition, template)) = state.db.current_bundle(&project).await? else {
        return Ok(missing("This project has no form yet."));
    };
    let current: forms::model::Form = serde_json::from_str(&definition)?;
    let form = state
        .compiled_form(&project, &current.id, &current.version)
        .await?;
    // The purpose's retention bounds the dashboard as it bounds exports.
    let since = policy
        .policy
        .held_since(&dashboard.purpose, time::OffsetDateTime::now_utc());
    let counted = state
        .db
        .count_exportable(&project, &form.form.id, &dashboard.purpose, &since)
        .await?;
    let key = (policy.version, counted);
    let cached = cache
        .0
        .lock()
        .map_err(|_| anyhow::anyhow!("the dashboard cache was poisoned"))?
        .get(&project)
        .filter(|c| c.key == key && c.at.elapsed() < REFRESH)
        .cloned();
    let computed = match cached {
        Some(c) => c,
        None => {
            let computed =
                Arc::new(compute(&state, &project, &form, &dashboard, &since, key).await?);
            cache
                .0
                .lock()
                .map_err(|_| anyhow::anyhow!("the dashboard cache was poisoned"))?
                .insert(project.clone(), computed.clone());
            computed
        }
    };

    let languages: Vec<(String, String)> = form
        .form
        .languages
        .iter()
        .map(|l| (l.code.clone(), l.name.clone()))
        .collect();
    let chosen = choose
        .lang
        .as_deref()
        .and_then(|l| form.form.languages.iter().find(|x| x.code == l))
        .or_else(|| form.form.languages.first());
    let lang = chosen.map_or("en", |l| l.code.as_str());
    let rtl = chosen.is_some_and(|l| l.rtl) || matches!(lang, "ar" | "fa" | "ps" | "ur" | "he");
    let template: forms::consent::ConsentTemplate = serde_json::from_str(&template)?;
    let purpose = template
        .purposes
        .iter()
        .find(|p| p.id == dashboard.purpose)
        .map_or(dashboard.purpose.clone(), |p| {
            p.label.get(lang, "en").to_string()
        });
    let areas = area_labels(&form, &dashboard, &computed.areas, lang);
    let feedback = match &policy.policy.feedback {
        Some(f) => Some(
            crate::feedback::figures::of_project(&state.db, &project, f, dashboard.k, lang).await?,
        ),
        None => None,
    };
    let published = actions::published(&state, &project, lang, dashboard.k).await?;
    let html = page::render(&page::View {
        feedback,
        published,
        dashboard: &dashboard,
        figures: &computed.figures,
        lang,
        rtl,
        languages: &languages,
        areas,
        months: computed.months.clone(),
        purpose,
        computed_at: &computed.computed_at,
    });
    let max_age = format!("public, max-age={}", REFRESH.as_secs());
    Ok((
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/html; charset=utf-8"),
            ),
            (
                header::CACHE_CONTROL,
                HeaderValue::from_str(&max_age).map_err(anyhow::Error::from)?,
            ),
        ],
        html,
    )
        .into_response())
}

/// The rows' labels in `lang`: a select's choice labels, or the areas as the policy
/// lists them, and "other areas".
fn area_labels(
    form: &forms::model::CompiledForm,
    dashboard: &Dashboard,
    keys: &[String],
    lang: &str,
) -> Vec<String> {
    let list = form.node(&dashboard.area).and_then(|n| match &n.kind {
        Kind::SelectOne { list } => Some(list.clone()),
        _ => None,
    });
    keys.iter()
        .map(|key| match &list {
            Some(list) => form
                .choices(list)
                .iter()
                .find(|c| &c.name == key)
                .map_or(key.clone(), |c| {
                    forms::markup::plain(c.label.get(lang, "en"))
                }),
            None if key.is_empty() => forms::i18n::tr(lang, "dashboard-other-areas"),
            None => key.clone(),
        })
        .collect()
}

/// A top-level answer as text (blank when missing).
fn answer<'a>(answers: &'a Answers, name: &str) -> &'a str {
    match answers.get(name) {
        Some(Answer::Value(v)) => v.trim(),
        _ => "",
    }
}

/// Count the project's approved records for the dashboard's purpose and protect them.
async fn compute(
    state: &AppState,
    project: &str,
    form: &forms::model::CompiledForm,
    dashboard: &Dashboard,
    since: &str,
    key: (i64, u64),
) -> Result<Computed> {
    let computed_at = crate::db::now_rfc3339();
    // Rows: a select's choices, or the listed areas and a last row for any other answer.
    let areas: Vec<String> = match form.node(&dashboard.area).map(|n| &n.kind) {
        Some(Kind::SelectOne { list }) => {
            form.choices(list).iter().map(|c| c.name.clone()).collect()
        }
        _ => dashboard
            .areas
            .iter()
            .flatten()
            .cloned()
            .chain(std::iter::once(String::new()))
            .collect(),
    };
    let typed = dashboard.areas.is_some();
    // Columns: "earlier", then the last twelve months, oldest first.
    let this_month = &computed_at[..7];
    let (year, month) = (
        this_month[..4].parse::<i32>().unwrap_or(1970),
        this_month[5..7].parse::<i32>().unwrap_or(1),
    );
    let mut months = vec!["earlier".to_string()];
    for back in (0..MONTHS as i32).rev() {
        let m = year * 12 + (month - 1) - back;
        months.push(format!(
            "{:04}-{:02}",
            m.div_euclid(12),
            m.rem_euclid(12) + 1
        ));
    }
    let mut rows = Vec::new();
    let mut records = state
        .db
        .exportable(project, &form.form.id, &dashboard.purpose, since);
    // Answers collected for other purposes only (the form's `purpose` column) are not the
    // dashboard's purpose's to count, as they are not its exports' to carry.
    let other_purposes =
        forms::purpose::unheld_fields(&form.form, std::slice::from_ref(&dashboard.purpose));
    while let Some(record) = records.next().await {
        let record = record?;
        let mut answers: Answers = serde_json::from_str(&record.answers_json)?;
        forms::purpose::drop_answers(&mut answers, &other_purposes);
        let given = answer(&answers, &dashboard.area);
        let area = if typed {
            match areas[..areas.len() - 1]
                .iter()
                .position(|a| a.trim().eq_ignore_ascii_case(given))
            {
                Some(a) => a,
                None if given.is_empty() => continue,
                None => areas.len() - 1,
            }
        } else {
            match areas.iter().position(|a| a == given) {
                Some(a) => a,
                None => continue,
            }
        };
        let received = record.received_at.get(..7).unwrap_or("");
        let month = months.iter().position(|m| m == received).unwrap_or(0);
        let answers = dashboard
            .indicators
            .iter()
            .map(|i| {
                let value = answer(&answers, &i.question);
                (!value.is_empty()).then(|| {
                    value
                        .split_whitespace()
                        .any(|v| i.counts.iter().any(|c| c == v))
                })
            })
            .collect();
        rows.push(Row {
            area,
            month,
            answers,
        });
    }
    let figures = figures::publish(
        areas.len(),
        months.len(),
        dashboard.indicators.len(),
        &rows,
        Rules {
            k: u64::from(dashboard.k),
            rounding: dashboard.rounding.map(u64::from),
        },
    );
    Ok(Computed {
        key,
        at: Instant::now(),
        computed_at,
        figures,
        areas,
        months,
    })
}
