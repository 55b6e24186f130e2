//! HTTP: one module per resource, each with its own router, merged here with the
//! static client and the security headers every response carries.
//!
//! Every response carries security headers (CSP, `nosniff`, `no-referrer`), the API
//! `Cache-Control: no-store` and, for JSON and CSV, gzip or brotli as asked
//! (`compress.rs`); over HTTPS, HSTS and the `__Host-` session cookie. The client is
//! served from `app/dist` with pre-compressed `.br`/`.gz` files. Each handler carries
//! its `#[utoipa::path]` and is registered with `routes!`, so `/api/v1/openapi.json` is
//! built from the routes themselves.

mod actions;
mod assignments;
mod auth;
mod batches;
mod community;
mod compress;
mod devices;
mod exports;
mod feedback;
mod forms;
mod json;
mod media;
mod monitor;
mod openapi;
mod origin;
mod policy;
mod projects;
mod submissions;
mod templates;
mod translations;
mod users;

use std::path::Path;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::{HeaderName, HeaderValue, header};
use tower_http::services::{ServeDir, ServeFile};
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::trace::TraceLayer;

use crate::AppState;

/// The largest request body: a full batch with drawn signatures.
const BODY_LIMIT: usize = 16 * 1024 * 1024;

/// Content Security Policy: own origin only; wasm needs `wasm-unsafe-eval`; signatures
/// are shown from `data:` images.
const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; \
    style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; media-src 'self' data: blob:; connect-src 'self'; \
    frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

/// The API's description. Paths and operations come from the handlers themselves
/// (`#[utoipa::path]`, collected with `routes!`), so the document cannot drift from the
/// routes; `tests/api.rs` calls every documented operation against a real server.
#[derive(utoipa::OpenApi)]
#[openapi(
    info(
        title = "Sauti API",
        description = "Survey and consent collection: phones sync batches; stewards, reviewers, \
            partners and admins work under the project's data-governance policy; translators \
            translate forms and consent texts, which stewards and admins publish. Every \
            operation names the roles it serves; errors are `{error, message}` with a stable \
            code."
    ),
    servers((url = "/api/v1")),
    modifiers(&Security)
)]
struct ApiDoc;

/// The two ways callers prove who they are.
struct Security;

impl utoipa::Modify for Security {
    fn modify(&self, api: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::security::{
            ApiKey, ApiKeyValue, HttpAuthScheme, HttpBuilder, SecurityScheme,
        };
        let components = api.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "session",
            SecurityScheme::ApiKey(ApiKey::Cookie(ApiKeyValue::with_description(
                crate::auth::SESSION_COOKIE,
                "Set by POST /auth/login (stewards, reviewers, partners, admins)",
            ))),
        );
        components.add_security_scheme(
            "device",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .description(Some("An enrolled phone's token (POST /devices/enroll)"))
                    .build(),
            ),
        );
    }
}

/// The API routes and their OpenAPI document.
pub fn api() -> (Router<AppState>, utoipa::openapi::OpenApi) {
    use utoipa::OpenApi;
    let (router, mut doc) = utoipa_axum::router::OpenApiRouter::with_openapi(ApiDoc::openapi())
        .merge(auth::router())
        .merge(devices::router())
        .merge(batches::router())
        .merge(forms::router())
        .merge(submissions::router())
        .merge(policy::router())
        .merge(exports::router())
        .merge(users::router())
        .merge(assignments::router())
        .merge(projects::router())
        .merge(community::router())
        .merge(feedback::router())
        .merge(actions::router())
        .merge(monitor::router())
        .merge(templates::router())
        .merge(translations::router())
        .merge(media::router())
        .split_for_parts();
    // After the merge: the handlers' operations are only there now.
    utoipa::Modify::modify(&openapi::Complete, &mut doc);
    (router, doc)
}

/// The whole application: API under `/api/v1`, the client everywhere else.
pub fn router(state: AppState, app_dir: Option<&Path>) -> Router {
    let (api, doc) = api();
    let doc = std::sync::Arc::new(openapi::served(&doc));
    let api = api
        .route(
            "/openapi.json",
            axum::routing::get(move || {
                let doc = doc.clone();
                async move { axum::Json(doc.as_ref().clone()) }
            }),
        )
        .fallback(|| async { crate::error::Error::NotFound })
        // Every error the API answers is `{error, message}`, extractors' own too.
        .layer(axum::middleware::map_response(json::errors_as_json))
        // Answers, names and exports: never kept by a browser or a proxy.
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CACHE_CONTROL,
            HeaderValue::from_static("no-store"),
        ))
        // JSON and CSV compressed on the wire, as the static files are (`compress.rs`).
        .layer(compress::layer());
    // Recordings phones play, by content hash: outside `/api` so the service worker keeps
    // them for interviews without network.
    let mut app = Router::new()
        .nest("/api/v1", api)
        .route("/media/{sha}", axum::routing::get(media::serve))
        // The public dashboard: no account, server-rendered (`crate::dashboard`).
        .merge(crate::dashboard::router())
        // The community monitor's report (`crate::monitor`): a page behind the session.
        .merge(monitor::page_router());
    if let Some(dir) = app_dir {
        // `/steward…` loads the stewards' bundle; every other client route (`/`,
        // `/collect…`) the enumerators'. Files are served pre-compressed when the build
        // left .br or .gz beside them.
        let page = |name: &str| {
            ServeFile::new(dir.join(name))
                .precompressed_br()
                .precompressed_gzip()
        };
        // A file that is not there is "not found", never the app's page: a phone asking
        // for a chunk of another build must not get HTML in its place.
        let files = ServeDir::new(dir).precompressed_br().precompressed_gzip();
        app = app
            .route_service("/", page("index.html"))
            .route_service("/collect", page("index.html"))
            .route_service("/collect/{*rest}", page("index.html"))
            .route_service("/steward", page("steward.html"))
            .route_service("/steward/{*rest}", page("steward.html"))
            // The community review page runs in the stewards' bundle (never on phones).
            .route_service("/community", page("community.html"))
            .fallback_service(files);
    }
    let header = |name: HeaderName, value: &'static str| {
        SetResponseHeaderLayer::if_not_present(name, HeaderValue::from_static(value))
    };
    // Over HTTPS, browsers are told to never come back over plain HTTP.
    let hsts = state.secure_cookies.then_some("max-age=31536000");
    app.layer(axum::middleware::from_fn(origin::same_origin_only))
        .layer(tower::util::option_layer(
            hsts.map(|v| header(header::STRICT_TRANSPORT_SECURITY, v)),
        ))
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .layer(header(header::CONTENT_SECURITY_POLICY, CSP))
        .layer(header(header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .layer(header(header::REFERRER_POLICY, "no-referrer"))
        .layer(header(header::CACHE_CONTROL, "no-cache"))
        .layer(TraceLayer::new_for_http())
        .with_state(state)
}
