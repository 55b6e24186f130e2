//! Calls to the server. Every failure becomes an `AppError` the UI can show; nothing here
//! touches storage, so a failed call never loses a record.
//!
//! Each call has an `AbortController`: given up after a time that grows with the bytes sent
//! (`AppError::TimedOut`), aborted when its future is dropped. A failure is `Offline` when
//! `navigator.onLine` is false, else `Network`.

use forms::batch::{Batch, BatchAck};
use forms::wire::{
    Bundle, Decision, Enrolled, Enrollment, ErrorBody, ExportProfiles, Me, Review, Reviewed,
    SignIn, Withdrawal,
};
use serde::Serialize;
use serde::de::{DeserializeOwned, IgnoredAny};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Headers, RequestInit, Response};

use crate::error::AppError;
use crate::session::DeviceCredentials;

/// What the server answered: the status, the body as text, and the `ETag` if any.
struct Reply {
    status: u16,
    text: String,
    tag: Option<String>,
}

/// One request with the browser's `fetch`; `held`: the `ETag` of what the phone already
/// has (`If-None-Match`). A network failure is `AppError::Network`.
async fn send(
    method: &str,
    url: &str,
    body: Option<String>,
    bearer: Option<&str>,
    held: Option<&str>,
) -> Result<Reply, AppError> {
    let network = |_: JsValue| AppError::Network;
    let headers = Headers::new().map_err(network)?;
    let init = RequestInit::new();
    init.set_method(method);
    if let Some(body) = &body {
        headers
            .set("Content-Type", "application/json")
            .map_err(network)?;
        init.set_body(&JsValue::from_str(body));
    }
    if let Some(token) = bearer {
        headers
            .set("Authorization", &format!("Bearer {token}"))
            .map_err(network)?;
    }
    if let Some(tag) = held {
        headers.set("If-None-Match", tag).map_err(network)?;
    }
    init.set_headers(&headers);
    let sent = body.as_ref().map_or(0, String::len);
    fetch(url, &init, timeout_ms(sent)).await
}

/// How long a request may take before it is given up: 15 s, and one more second for
/// each 16 KB it sends (a batch with photos on a slow link takes its time; a server that
/// accepted the connection and never answers is given up on all the same).
fn timeout_ms(sent: usize) -> u32 {
    15_000 + (sent / 16).min(600_000) as u32
}

/// Aborts its request when dropped: a request whose caller stopped waiting (a screen
/// left, a timeout) does not linger.
struct Cancel(web_sys::AbortController);

impl Drop for Cancel {
    fn drop(&mut self) {
        // After the body was read this does nothing.
        self.0.abort();
    }
}

/// The browser's `fetch`: the status, the body as text and the `ETag`. Given up after `timeout_ms`
/// (`AppError::TimedOut`); cancelled if the future is dropped. A failure says whether the
/// phone is offline (`AppError::Offline`) or the server cannot be reached
/// (`AppError::Network`).
async fn fetch(url: &str, init: &RequestInit, timeout_ms: u32) -> Result<Reply, AppError> {
    let window = web_sys::window().ok_or(AppError::Network)?;
    let controller = web_sys::AbortController::new().map_err(|_| AppError::Network)?;
    init.set_signal(Some(&controller.signal()));
    let cancel = Cancel(controller);
    let timed_out = std::rc::Rc::new(std::cell::Cell::new(false));
    let timer = {
        let (signal, timed_out) = (cancel.0.clone(), timed_out.clone());
        let give_up = Closure::once_into_js(move || {
            timed_out.set(true);
            signal.abort();
        });
        window
            .set_timeout_with_callback_and_timeout_and_arguments_0(
                give_up.unchecked_ref(),
                timeout_ms as i32,
            )
            .unwrap_or(0)
    };
    let failed = |_: JsValue| {
        if timed_out.get() {
            AppError::TimedOut
        } else if !window.navigator().on_line() {
            AppError::Offline
        } else {
            AppError::Network
        }
    };
    let result = async {
        let response: Response = JsFuture::from(window.fetch_with_str_and_init(url, init))
            .await
            .map_err(failed)?
            .dyn_into()
            .map_err(failed)?;
        let text = JsFuture::from(response.text().map_err(failed)?)
            .await
            .map_err(failed)?
            .as_string()
            .unwrap_or_default();
        Ok(Reply {
            status: response.status(),
            text,
            tag: response.headers().get("ETag").ok().flatten(),
        })
    }
    .await;
    window.clear_timeout_with_handle(timer);
    drop(cancel);
    result
}

/// One API call: JSON in, JSON out. An HTTP error carries the server's error code.
async fn call<T: DeserializeOwned>(
    method: &str,
    url: &str,
    body: Option<String>,
    bearer: Option<&str>,
) -> Result<T, AppError> {
    let Reply { status, text, .. } = send(method, url, body, bearer, None).await?;
    read_json(status, &text)
}

/// A JSON answer, or the server's error code.
fn read_json<T: DeserializeOwned>(status: u16, text: &str) -> Result<T, AppError> {
    if !(200..300).contains(&status) {
        let code = serde_json::from_str::<ErrorBody>(text)
            .map(|b| b.error)
            .unwrap_or_else(|_| "err-server".into());
        return Err(AppError::Server { status, code });
    }
    serde_json::from_str(text).map_err(|_| AppError::Server {
        status,
        code: "err-server".into(),
    })
}

/// A static file of the app as text (a UI language); from the service worker's cache
/// when offline.
pub async fn get_text(url: &str) -> Result<String, AppError> {
    match send("GET", url, None, None, None).await? {
        Reply {
            status: 200, text, ..
        } => Ok(text),
        Reply { status, .. } => Err(AppError::Server {
            status,
            code: "err-server".into(),
        }),
    }
}

fn to_json<T: Serialize>(value: &T) -> Option<String> {
    serde_json::to_string(value).ok()
}

/// Enroll this phone for an enumerator: its credentials, the bundle and the bundle's tag
/// (for `bundle`'s `held`).
pub async fn enroll(
    username: &str,
    password: &str,
) -> Result<(DeviceCredentials, Bundle, String), AppError> {
    let label = web_sys::window()
        .and_then(|w| w.navigator().user_agent().ok())
        .unwrap_or_default();
    let body = Enrollment {
        username: username.to_string(),
        password: password.to_string(),
        label,
        project: None,
    };
    let e: Enrolled = call("POST", "/api/v1/devices/enroll", to_json(&body), None).await?;
    Ok((
        DeviceCredentials {
            device_id: e.device_id,
            token: e.token,
            username: e.username,
            project_id: e.project_id,
        },
        e.bundle,
        e.bundle_tag,
    ))
}

/// Send a batch with the device token.
pub async fn send_batch(token: &str, batch: &Batch) -> Result<BatchAck, AppError> {
    call("POST", "/api/v1/batches", to_json(batch), Some(token)).await
}

/// The cache the service worker serves recordings from (see `sw.js`).
const MEDIA_CACHE: &str = "sauti-media";

/// Keep a recording on the phone for interviews without network: put into the service
/// worker's media cache from the page itself (so it works before the worker controls the
/// page), once; in the background, failures left for the next unlock or sync.
pub fn warm(url: &str) {
    let url = url.to_string();
    leptos::task::spawn_local(async move {
        let Some(caches) = web_sys::window().and_then(|w| w.caches().ok()) else {
            return;
        };
        let Ok(cache) = JsFuture::from(caches.open(MEDIA_CACHE)).await else {
            return;
        };
        let cache: web_sys::Cache = cache.unchecked_into();
        let kept = JsFuture::from(cache.match_with_str(&url)).await;
        if kept.is_ok_and(|k| k.is_undefined()) {
            let _ = JsFuture::from(cache.add_with_str(&url)).await;
        }
    });
}

/// The project's current form, consent template and settings, with its tag; `None`
/// when the server says the bundle tagged `held` is current (304: nothing downloaded).
pub async fn bundle(token: &str, held: Option<&str>) -> Result<Option<(Bundle, String)>, AppError> {
    let reply = send("GET", "/api/v1/bundle", None, Some(token), held).await?;
    if reply.status == 304 {
        return Ok(None);
    }
    let bundle = read_json(reply.status, &reply.text)?;
    Ok(Some((bundle, reply.tag.unwrap_or_default())))
}

pub async fn sign_in(username: &str, password: &str) -> Result<Me, AppError> {
    let body = SignIn {
        username: username.to_string(),
        password: password.to_string(),
    };
    call("POST", "/api/v1/auth/login", to_json(&body), None).await
}

pub async fn sign_out() -> Result<(), AppError> {
    call::<IgnoredAny>("POST", "/api/v1/auth/logout", None, None)
        .await
        .map(drop)
}

pub async fn me() -> Result<Me, AppError> {
    call("GET", "/api/v1/auth/me", None, None).await
}

// The admin's forms: upload a draft, list forms and versions, look at a version, attach
// the files it waits for, publish or delete it.

pub use forms::review::{FormWaiting, ImportedForm, MediaStored};
pub use forms::wire::{FormDeleted, FormList, FormPublished, FormVersionDetail};

/// What an upload became: a draft (or a published version), or a form that waits for
/// files (with its draft's id and version when the workbook could be read without them).
pub enum Uploaded {
    Imported(ImportedForm),
    Waiting(FormWaiting),
}

/// Send a file's bytes as the body; `Err(Ok(message))`: refused (422) with the server's
/// explanation, which names the sheet, row and column; `Err(Err(_))`: the call failed.
async fn send_file(
    method: &str,
    url: &str,
    file: &web_sys::File,
) -> Result<(u16, String), Result<String, AppError>> {
    let init = RequestInit::new();
    init.set_method(method);
    init.set_body(file);
    if !file.type_().is_empty() {
        let headers = Headers::new().map_err(|_| Err(AppError::Network))?;
        headers
            .set("Content-Type", &file.type_())
            .map_err(|_| Err(AppError::Network))?;
        init.set_headers(&headers);
    }
    let size = file.size() as usize;
    let Reply { status, text, .. } = fetch(url, &init, timeout_ms(size)).await.map_err(Err)?;
    if (200..300).contains(&status) {
        return Ok((status, text));
    }
    let body = serde_json::from_str::<ErrorBody>(&text);
    match body {
        Ok(r) if status == 422 => Err(Ok(r.message)),
        _ => Err(Err(AppError::Server {
            status,
            code: body
                .map(|b| b.error)
                .unwrap_or_else(|_| "err-server".into()),
        })),
    }
}

fn read<T: DeserializeOwned>(status: u16, text: &str) -> Result<T, Result<String, AppError>> {
    serde_json::from_str(text).map_err(|_| {
        Err(AppError::Server {
            status,
            code: "err-server".into(),
        })
    })
}

/// Upload an XLSForm (`.xlsx`, `.xls`) or a Sauti form definition (`.json`) as an admin:
/// kept as a draft.
pub async fn upload_form(file: &web_sys::File) -> Result<Uploaded, Result<String, AppError>> {
    let url = format!(
        "/api/v1/forms?file_name={}",
        js_sys::encode_uri_component(&file.name())
    );
    let (status, text) = send_file("POST", &url, file).await?;
    if status == 202 {
        return read(status, &text).map(Uploaded::Waiting);
    }
    read(status, &text).map(Uploaded::Imported)
}

/// Attach a file a form reads (a choice list, a picture) under its own name.
pub async fn upload_media(file: &web_sys::File) -> Result<MediaStored, Result<String, AppError>> {
    let url = format!(
        "/api/v1/media/{}",
        js_sys::encode_uri_component(&file.name())
    );
    let (status, text) = send_file("PUT", &url, file).await?;
    read(status, &text)
}

pub async fn forms() -> Result<FormList, AppError> {
    call("GET", "/api/v1/forms", None, None).await
}

fn version_url(form_id: &str, version: &str) -> String {
    format!(
        "/api/v1/forms/{}/versions/{}",
        js_sys::encode_uri_component(form_id),
        js_sys::encode_uri_component(version)
    )
}

pub async fn form_version(form_id: &str, version: &str) -> Result<FormVersionDetail, AppError> {
    call("GET", &version_url(form_id, version), None, None).await
}

pub async fn publish_form(form_id: &str, version: &str) -> Result<FormPublished, AppError> {
    let url = format!("{}/publish", version_url(form_id, version));
    call("POST", &url, None, None).await
}

pub async fn delete_draft(form_id: &str, version: &str) -> Result<FormDeleted, AppError> {
    call("DELETE", &version_url(form_id, version), None, None).await
}

pub use forms::review::SubmissionSummary;

/// Approve, reject, send back (`has_issues`, with a comment for the enumerator), or
/// reopen (undo).
pub async fn review(id: &str, decision: Decision, comment: &str) -> Result<Reviewed, AppError> {
    let url = format!("/api/v1/submissions/{id}/review");
    let body = Review {
        decision,
        comment: comment.to_string(),
    };
    call("POST", &url, to_json(&body), None).await
}

/// The community review page's calls (`lookup`, `withdraw`): no account, the receipt
/// code and second factor are in the body (a look-up reads only those).
pub async fn community(
    action: &str,
    body: &Withdrawal,
) -> Result<forms::community::Standing, AppError> {
    call(
        "POST",
        &format!("/api/v1/community/{action}"),
        to_json(body),
        None,
    )
    .await
}

pub mod feedback;
pub mod governance;
pub mod translations;

pub async fn export_profiles() -> Result<ExportProfiles, AppError> {
    call("GET", "/api/v1/exports", None, None).await
}

// Projects, roles per project, teams and accounts (issue 20): the admin's pages
// (`pages/steward/projects.rs`, `pages/steward/team.rs`) and the project switcher.
pub use projects_api::*;
mod projects_api {
    use forms::wire::{
        Account, AddedMember, CreatedAccount, DeviceInfo, DeviceRevoked, Me, NewMember, NewProject,
        PasswordChange, Project, ProjectDigits, ProjectRename, RoleChange, SessionsEnded,
        SwitchProject,
    };

    use super::{call, to_json};
    use crate::error::AppError;

    /// Act in another of one's projects.
    pub async fn switch_project(project_id: &str) -> Result<Me, AppError> {
        let body = SwitchProject {
            project_id: project_id.to_string(),
        };
        call("POST", "/api/v1/auth/project", to_json(&body), None).await
    }

    /// One's own new password (the current one checked by the server).
    pub async fn change_password(current: &str, new: &str) -> Result<Me, AppError> {
        let body = PasswordChange {
            current: current.to_string(),
            new: new.to_string(),
        };
        call("PUT", "/api/v1/auth/password", to_json(&body), None).await
    }

    pub async fn create_project(id: &str, name: &str) -> Result<Project, AppError> {
        let body = NewProject {
            id: id.to_string(),
            name: name.to_string(),
        };
        call("POST", "/api/v1/projects", to_json(&body), None).await
    }

    pub async fn rename_project(id: &str, name: &str) -> Result<Project, AppError> {
        let body = ProjectRename {
            name: name.to_string(),
        };
        call(
            "PUT",
            &format!("/api/v1/projects/{id}"),
            to_json(&body),
            None,
        )
        .await
    }

    /// The digits the project's interface writes numbers in (`Project::native_digits`).
    pub async fn set_project_digits(
        id: &str,
        native_digits: Option<bool>,
    ) -> Result<Project, AppError> {
        let body = ProjectDigits { native_digits };
        let path = format!("/api/v1/projects/{id}/digits");
        call("PUT", &path, to_json(&body), None).await
    }

    /// Archive a project, or (`false`) restore it.
    pub async fn archive_project(id: &str, archived: bool) -> Result<Project, AppError> {
        let action = if archived { "archive" } else { "restore" };
        call(
            "POST",
            &format!("/api/v1/projects/{id}/{action}"),
            None,
            None,
        )
        .await
    }

    pub async fn members(project: &str) -> Result<Vec<Account>, AppError> {
        call(
            "GET",
            &format!("/api/v1/projects/{project}/members"),
            None,
            None,
        )
        .await
    }

    pub async fn add_member(project: &str, member: &NewMember) -> Result<AddedMember, AppError> {
        let url = format!("/api/v1/projects/{project}/members");
        call("POST", &url, to_json(member), None).await
    }

    pub async fn change_role(
        project: &str,
        username: &str,
        role: &str,
    ) -> Result<Account, AppError> {
        let body = RoleChange {
            role: role.to_string(),
        };
        let url = format!("/api/v1/projects/{project}/members/{username}");
        call("PUT", &url, to_json(&body), None).await
    }

    pub async fn remove_member(project: &str, username: &str) -> Result<Account, AppError> {
        let url = format!("/api/v1/projects/{project}/members/{username}");
        call("DELETE", &url, None, None).await
    }

    /// A new generated password for an account of the session's project, shown once.
    pub async fn reset_password(username: &str) -> Result<CreatedAccount, AppError> {
        call(
            "POST",
            &format!("/api/v1/users/{username}/reset"),
            None,
            None,
        )
        .await
    }

    /// Disable an account of the session's project, or (`false`) enable it again.
    pub async fn set_disabled(username: &str, disabled: bool) -> Result<Account, AppError> {
        let action = if disabled { "disable" } else { "enable" };
        call(
            "POST",
            &format!("/api/v1/users/{username}/{action}"),
            None,
            None,
        )
        .await
    }

    pub async fn end_sessions(username: &str) -> Result<SessionsEnded, AppError> {
        let url = format!("/api/v1/users/{username}/sessions/end");
        call("POST", &url, None, None).await
    }

    /// The session's project's phones.
    pub async fn devices() -> Result<Vec<DeviceInfo>, AppError> {
        call("GET", "/api/v1/devices", None, None).await
    }

    pub async fn revoke_device(id: &str) -> Result<DeviceRevoked, AppError> {
        call("POST", &format!("/api/v1/devices/{id}/revoke"), None, None).await
    }

    /// The project's published forms and the forms each enumerator fills.
    pub async fn assignments() -> Result<forms::wire::Assignments, AppError> {
        call("GET", "/api/v1/assignments", None, None).await
    }

    /// The forms an enumerator fills from now on.
    pub async fn assign_forms(
        username: &str,
        forms: &[String],
    ) -> Result<forms::wire::Assignment, AppError> {
        let body = forms::wire::AssignForms {
            forms: forms.to_vec(),
        };
        let url = format!("/api/v1/assignments/{username}");
        call("PUT", &url, to_json(&body), None).await
    }
}

pub use review_api::*;
/// The steward's review desk (issue 20): the list page by page, its filters, one record,
/// and one decision for many records.
mod review_api {
    use forms::wire::{
        BulkReview, BulkReviewed, Decision, RecordView, ReviewFilters, ReviewQuery, SubmissionPage,
    };

    use super::{Reply, call, read_json, send, to_json};
    use crate::error::AppError;

    /// Why a correction was not saved: answers that break the form's rules (each with
    /// where and what), or anything else (a 409 when someone corrected it meanwhile).
    pub enum EditRefused {
        Fields(Vec<forms::validate::FieldError>),
        Other(AppError),
    }

    /// Save a steward's correction (`PUT /submissions/{id}/answers`).
    pub async fn edit_answers(
        id: &str,
        edit: &forms::wire::Edit,
    ) -> Result<forms::wire::Edited, EditRefused> {
        let url = format!(
            "/api/v1/submissions/{}/answers",
            js_sys::encode_uri_component(id)
        );
        let Reply { status, text, .. } = send("PUT", &url, to_json(edit), None, None)
            .await
            .map_err(EditRefused::Other)?;
        if status == 422
            && let Ok(body) = serde_json::from_str::<forms::wire::ErrorBody>(&text)
            && let Some(errors) = body.errors.filter(|e| !e.is_empty())
        {
            return Err(EditRefused::Fields(errors));
        }
        read_json(status, &text).map_err(EditRefused::Other)
    }

    /// One page of the review list.
    pub async fn review_page(query: &ReviewQuery) -> Result<SubmissionPage, AppError> {
        let url = format!("/api/v1/submissions?{}", query.to_query());
        call("GET", &url, None, None).await
    }

    /// What the list can be filtered by, labelled in `lang`.
    pub async fn review_filters(lang: &str) -> Result<ReviewFilters, AppError> {
        let url = format!(
            "/api/v1/submissions/filters?lang={}",
            js_sys::encode_uri_component(lang)
        );
        call("GET", &url, None, None).await
    }

    /// One record as the form shows it, in `lang`.
    pub async fn record(id: &str, lang: &str) -> Result<RecordView, AppError> {
        let url = format!(
            "/api/v1/submissions/{}?lang={}",
            js_sys::encode_uri_component(id),
            js_sys::encode_uri_component(lang)
        );
        call("GET", &url, None, None).await
    }

    /// One decision for many records (a bulk approval, or its undo).
    pub async fn review_many(
        ids: &[String],
        decision: Decision,
        comment: &str,
    ) -> Result<BulkReviewed, AppError> {
        let body = BulkReview {
            ids: ids.to_vec(),
            decision,
            comment: comment.to_string(),
        };
        call("POST", "/api/v1/submissions/review", to_json(&body), None).await
    }
}
