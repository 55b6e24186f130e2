//! The participatory audit over HTTP (see [`crate::monitor`]): `GET /api/v1/monitor` as
//! JSON for the monitor's own tools, and `GET /monitor`, the same report as a page.

use axum::Json;
use axum::extract::{Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use forms::monitor::MonitorReport;
use serde::Deserialize;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::AppState;
use crate::auth::Monitor;
use crate::error::{Error, Result};
use crate::monitor::{self, page};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(report))
}

/// The page (outside `/api/v1`: a browser opens it).
pub fn page_router() -> axum::Router<AppState> {
    axum::Router::new().route("/monitor", axum::routing::get(show))
}

#[derive(Deserialize, utoipa::IntoParams)]
struct Lang {
    /// The language of labels (the project's first otherwise).
    lang: Option<String>,
}

/// The participatory audit of the caller's project: who received which exports and how
/// many records, withdrawals and purges carried out, feedback handling times (counts
/// under the dashboard's k hidden, sensitive categories only together). Counts and dates
/// only. Role: monitor.
#[utoipa::path(get, path = "/monitor", tag = "monitor", security(("session" = [])),
    params(Lang),
    responses((status = 200, body = MonitorReport, description = "The report"),
        (status = 401, description = "Not signed in"),
        (status = 403, description = "Not the project's community monitor")))]
async fn report(
    State(state): State<AppState>,
    Monitor(user): Monitor,
    Query(lang): Query<Lang>,
) -> Result<Json<MonitorReport>> {
    let lang = lang.lang.unwrap_or_default();
    Ok(Json(monitor::report(&state, &user, &lang).await?))
}

/// The report as a page in one of the project's languages; a sign-in prompt for anyone
/// who is not the monitor of the project their session acts in.
async fn show(
    State(state): State<AppState>,
    caller: Result<Monitor>,
    Query(choose): Query<Lang>,
) -> Result<Response> {
    let html = |status: StatusCode, body: String| {
        (
            status,
            [
                (
                    header::CONTENT_TYPE,
                    HeaderValue::from_static("text/html; charset=utf-8"),
                ),
                (header::CACHE_CONTROL, HeaderValue::from_static("no-store")),
            ],
            body,
        )
            .into_response()
    };
    let asked = choose.lang.as_deref().unwrap_or("en");
    let user = match caller {
        Ok(Monitor(user)) => user,
        Err(e @ (Error::Unauthorized | Error::Forbidden)) => {
            let status = if matches!(e, Error::Unauthorized) {
                StatusCode::UNAUTHORIZED
            } else {
                StatusCode::FORBIDDEN
            };
            let languages = page::Languages {
                lang: asked,
                rtl: forms::i18n::is_rtl(asked),
                all: &[],
            };
            return Ok(html(status, page::sign_in(&languages)));
        }
        Err(e) => return Err(e),
    };
    let all = monitor::languages(&state, &user.project_id).await?;
    let chosen = choose
        .lang
        .as_deref()
        .and_then(|l| all.iter().find(|(code, ..)| code == l))
        .or_else(|| all.first());
    let lang = chosen.map_or("en", |(code, ..)| code.as_str());
    let rtl = chosen.is_some_and(|(.., rtl)| *rtl) || forms::i18n::is_rtl(lang);
    let names: Vec<(String, String)> = all.iter().map(|(c, n, _)| (c.clone(), n.clone())).collect();
    let report = monitor::report(&state, &user, lang).await?;
    Ok(html(
        StatusCode::OK,
        page::render(
            &report,
            &page::Languages {
                lang,
                rtl,
                all: &names,
            },
        ),
    ))
}
