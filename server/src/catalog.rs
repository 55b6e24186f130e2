//! A project's forms: an XLSForm or a Sauti JSON definition uploaded as a new version,
//! kept as a draft (with its warnings and the files it still needs) until an admin
//! publishes it. Used by the admin API and by `sauti form import`.
//!
//! A published version is never overwritten or deleted; records keep theirs. A draft is
//! never served to phones, never takes records and never reaches an export.

use forms::model::Form;
use forms::wire::VersionState;

use crate::db::Db;
use crate::error::{Error, Result};

pub use forms::review::{FormRefused, FormWaiting, ImportedForm, MediaStored};

/// A version when the settings sheet gives none: the import time, `YYYYMMDDHHMMSS`.
fn version_now() -> String {
    let now = time::OffsetDateTime::now_utc();
    format!(
        "{:04}{:02}{:02}{:02}{:02}{:02}",
        now.year(),
        u8::from(now.month()),
        now.day(),
        now.hour(),
        now.minute(),
        now.second()
    )
}

/// A form read from an upload: its definition (version set), the import's warnings and
/// the number of questions phones count.
struct Read {
    form: Form,
    warnings: Vec<String>,
    questions: usize,
}

/// Stand-ins for the files a workbook reads that are not attached yet, so that a draft can
/// be read (id, version, questions, preview) before they come: one choice saying so.
fn placeholders(missing: &[String]) -> std::collections::BTreeMap<String, Vec<u8>> {
    missing
        .iter()
        .map(|name| {
            let lower = name.to_ascii_lowercase();
            let bytes: &[u8] = if lower.ends_with(".xml") {
                b"<root><item><name>missing</name><label>(file not attached yet)</label></item></root>"
            } else if lower.ends_with(".geojson") {
                br#"{"type":"FeatureCollection","features":[{"type":"Feature","id":"missing","properties":{"id":"missing","title":"(file not attached yet)"},"geometry":{"type":"Point","coordinates":[0,0]}}]}"#
            } else {
                b"name,label\nmissing,(file not attached yet)\n"
            };
            (name.clone(), bytes.to_vec())
        })
        .collect()
}

/// Whether an import error read with stand-ins for the `missing` files may come from the
/// stand-ins (it names one of them, or the name expressions read it by): the real file may
/// mend it, so the form waits for it; any other error is the workbook's own.
fn about_files(message: &str, missing: &[String]) -> bool {
    missing.iter().any(|file| {
        let stem = file
            .rsplit_once('.')
            .map_or(file.as_str(), |(stem, _)| stem);
        message.contains(file.as_str()) || message.contains(stem)
    })
}

/// Read an upload: an XLSForm (`.xlsx` / `.xls`), or a Sauti form definition (`.json`, the
/// shape phones receive; generated forms and benchmarks use it), with the project's data
/// files and `extra` (stand-ins) beside them; checked, pictures resolved, versioned.
async fn read_form(
    db: &Db,
    project_id: &str,
    bytes: &[u8],
    file_name: &str,
    extra: std::collections::BTreeMap<String, Vec<u8>>,
    version: Option<&str>,
) -> Result<Read> {
    let imported = if file_name.to_ascii_lowercase().ends_with(".json") {
        let form: Form = serde_json::from_slice(bytes)
            .map_err(|e| Error::FormImport(format!("this is not a Sauti form definition: {e}")))?;
        forms::xlsform::Imported {
            form,
            warnings: Vec::new(),
        }
    } else {
        // CSV, XML and GeoJSON files uploaded for the project: choice lists the form may read.
        let mut files: std::collections::BTreeMap<String, Vec<u8>> = db
            .media_files(project_id, ".csv")
            .await?
            .into_iter()
            .collect();
        files.extend(db.media_files(project_id, ".xml").await?);
        files.extend(db.media_files(project_id, ".geojson").await?);
        files.extend(extra);
        // A big workbook takes seconds to read: on a blocking thread, so the server keeps
        // answering phones meanwhile.
        let (bytes, file_name) = (bytes.to_vec(), file_name.to_string());
        tokio::task::spawn_blocking(move || {
            forms::xlsform::import_with_files(&bytes, &file_name, &files).map_err(|e| match e {
                forms::Error::FilesMissing(missing) => Error::FilesMissing(missing),
                e => Error::FormImport(e.to_string()),
            })
        })
        .await??
    };
    let mut form: Form = imported.form;
    let mut warnings = imported.warnings;
    warnings.extend(resolve_media(db, project_id, &mut form).await?);
    let questions = {
        let form = form.clone();
        tokio::task::spawn_blocking(move || {
            form.compile()
                .map(|compiled| compiled.walk().len())
                .map_err(|e| Error::FormImport(e.to_string()))
        })
        .await??
    };
    check_purposes(db, project_id, &form).await?;
    warnings.extend(untranslated_consent(db, project_id, &form).await?);
    if form.version.is_empty() {
        // A workbook read again keeps the version it was given the first time.
        form.version = version.map_or_else(version_now, str::to_string);
    }
    Ok(Read {
        form,
        warnings,
        questions,
    })
}

/// What became of an uploaded form.
#[derive(Debug)]
pub enum Uploaded {
    /// Stored as a new version: a draft, or published when asked to be.
    Imported(ImportedForm),
    /// Reads files not attached yet: kept as a draft that cannot be published before
    /// they come (`form_id` set), or, when it cannot be read at all without them, kept
    /// aside until they do.
    Waiting(FormWaiting),
}

/// Upload a form as a new version of one of the project's forms (by its id), or a new
/// form. The previous versions stay: every record keeps the version it was filled with.
/// A version is a draft that phones never get until it is published
/// ([`publish`]); `publish` publishes it at once when it is complete (scripted
/// deployments, `sauti form import`). A form that reads files not attached yet (choice
/// lists, lookups) waits for them, as ODK Central keeps a form's expected attachments,
/// and is read again by [`retry_waiting`] each time one is uploaded. `actor` is who
/// uploads (a username, or `cli`); every step is audited.
pub async fn upload_form(
    db: &Db,
    project_id: &str,
    actor: &str,
    bytes: &[u8],
    file_name: &str,
    publish_now: bool,
) -> Result<Uploaded> {
    // An archived project is kept for export, not collection: no new form to collect with.
    crate::projects::ensure_open(db, project_id).await?;
    let (read, missing) =
        match read_form(db, project_id, bytes, file_name, Default::default(), None).await {
            Ok(read) => (read, Vec::new()),
            Err(Error::FilesMissing(missing)) => {
                match read_form(
                    db,
                    project_id,
                    bytes,
                    file_name,
                    placeholders(&missing),
                    None,
                )
                .await
                {
                    Ok(read) => (read, missing),
                    // Wrong whatever files come (a name no question has, a broken
                    // expression): said now, not after the files are attached.
                    Err(Error::FormImport(message)) if !about_files(&message, &missing) => {
                        return Err(Error::FormImport(message));
                    }
                    // Not readable without them: kept aside until they come.
                    Err(_) => {
                        db.put_waiting_form(
                            project_id,
                            file_name,
                            bytes,
                            &missing,
                            actor,
                            publish_now,
                        )
                        .await?;
                        db.audit(
                            actor,
                            "form-waiting",
                            &format!("{file_name} {}", missing.join(" ")),
                        )
                        .await?;
                        let waiting = db
                            .waiting_forms(project_id)
                            .await?
                            .into_iter()
                            .map(|(w, _, _)| w)
                            .find(|w| w.file_name == file_name)
                            .ok_or_else(|| {
                                anyhow::anyhow!("the waiting form {file_name} was not kept")
                            })?;
                        return Ok(Uploaded::Waiting(waiting));
                    }
                }
            }
            Err(e) => return Err(e),
        };
    let form = &read.form;
    if db
        .published_definition(project_id, &form.id, &form.version)
        .await?
        .is_some()
    {
        return Err(Error::FormImport(format!(
            "form `{}` version `{}` already exists: raise the version in the settings sheet",
            form.id, form.version
        )));
    }
    // A form has one draft at a time (as in ODK Central): a new upload replaces it.
    for row in db.form_versions(project_id).await? {
        if row.form_id == form.id && row.state == "draft" {
            db.delete_draft(project_id, &row.form_id, &row.version)
                .await?;
            db.audit(
                actor,
                "form-draft-replaced",
                &format!("{} {}", row.form_id, row.version),
            )
            .await?;
        }
    }
    db.forget_waiting_form(project_id, file_name).await?;
    let new = crate::db::NewVersion {
        created_by: actor,
        file_name,
        warnings: &read.warnings,
        missing: &missing,
        source: (!missing.is_empty()).then_some(bytes),
        publish_when_complete: publish_now,
    };
    db.insert_form_version(project_id, form, &new).await?;
    db.audit(
        actor,
        "form-drafted",
        &format!("{} {}", form.id, form.version),
    )
    .await?;
    if !missing.is_empty() {
        db.audit(
            actor,
            "form-waiting",
            &format!("{} {} {}", form.id, form.version, missing.join(" ")),
        )
        .await?;
        return Ok(Uploaded::Waiting(FormWaiting {
            file_name: file_name.to_string(),
            missing,
            uploaded_at: crate::db::now_rfc3339(),
            uploaded_by: actor.to_string(),
            form_id: form.id.clone(),
            version: form.version.clone(),
        }));
    }
    let state = if publish_now {
        publish(db, project_id, &form.id, &form.version, actor).await?;
        VersionState::Published
    } else {
        VersionState::Draft
    };
    Ok(Uploaded::Imported(imported(read, state)))
}

fn imported(read: Read, state: VersionState) -> ImportedForm {
    let form = read.form;
    ImportedForm {
        title: form
            .title
            .get(&form.default_language, &form.default_language)
            .to_string(),
        form_id: form.id,
        version: form.version,
        questions: read.questions,
        warnings: read.warnings,
        state,
        unclassified: Vec::new(),
    }
}

/// Publish a draft: phones get it from their next sync (the form's version published
/// before stays, with its records, which keep exporting). Refused while files are missing.
pub async fn publish(
    db: &Db,
    project_id: &str,
    form_id: &str,
    version: &str,
    actor: &str,
) -> Result<Option<String>> {
    crate::projects::ensure_open(db, project_id).await?;
    let row = db
        .form_version(project_id, form_id, version)
        .await?
        .ok_or(Error::NotFound)?;
    if row.state != "draft" {
        // Already published (409): a published version never changes.
        return Err(Error::Conflict);
    }
    let missing: Vec<String> = serde_json::from_str(&row.missing)?;
    if !missing.is_empty() {
        return Err(Error::FilesMissing(missing));
    }
    let replaces = db
        .published_versions(project_id, form_id)
        .await?
        .pop()
        .map(|(v, _)| v);
    if !db.publish_form(project_id, form_id, version, actor).await? {
        // Published or deleted meanwhile by another admin.
        return Err(Error::Conflict);
    }
    db.audit(actor, "form-published", &format!("{form_id} {version}"))
        .await?;
    Ok(replaces)
}

/// What uploading a data file did to the forms waiting for files.
#[derive(Debug, Default)]
pub struct Retried {
    /// Completed and published (they were uploaded to be).
    pub published: Vec<ImportedForm>,
    /// Completed drafts, ready to publish.
    pub drafts: Vec<ImportedForm>,
    pub waiting: Vec<FormWaiting>,
    pub refused: Vec<FormRefused>,
}

/// Read every waiting form of a project again (a data file was just uploaded): those now
/// complete become drafts ready to publish (or are published, if uploaded to be); the
/// others wait for what is still missing, or, if their files are there but still do not
/// make a form, say why.
pub async fn retry_waiting(db: &Db, project_id: &str, actor: &str) -> Result<Retried> {
    let mut out = Retried::default();
    for draft in db.waiting_drafts(project_id).await? {
        let before: Vec<String> = serde_json::from_str(&draft.missing)?;
        let (read, missing) = match read_form(
            db,
            project_id,
            &draft.source,
            &draft.file_name,
            Default::default(),
            Some(&draft.version),
        )
        .await
        {
            Ok(read) => (read, Vec::new()),
            Err(Error::FilesMissing(missing)) => {
                match read_form(
                    db,
                    project_id,
                    &draft.source,
                    &draft.file_name,
                    placeholders(&missing),
                    Some(&draft.version),
                )
                .await
                {
                    Ok(read) => (read, missing),
                    Err(Error::FormImport(message)) => {
                        out.refused.push(FormRefused {
                            file_name: draft.file_name,
                            message,
                        });
                        continue;
                    }
                    Err(e) => return Err(e),
                }
            }
            Err(Error::FormImport(message)) => {
                out.refused.push(FormRefused {
                    file_name: draft.file_name,
                    message,
                });
                continue;
            }
            Err(e) => return Err(e),
        };
        if read.form.id != draft.form_id || read.form.version != draft.version {
            // The workbook was kept as it was uploaded: it cannot name another version.
            return Err(anyhow::anyhow!("a waiting draft read as another version").into());
        }
        if missing != before {
            db.update_draft(project_id, &read.form, &read.warnings, &missing)
                .await?;
        }
        if !missing.is_empty() {
            out.waiting.push(FormWaiting {
                file_name: draft.file_name,
                missing,
                uploaded_at: draft.created_at,
                uploaded_by: draft.created_by,
                form_id: draft.form_id,
                version: draft.version,
            });
            continue;
        }
        db.audit(
            actor,
            "form-complete",
            &format!("{} {}", draft.form_id, draft.version),
        )
        .await?;
        if draft.publish_when_complete != 0 {
            publish(db, project_id, &draft.form_id, &draft.version, actor).await?;
            out.published.push(imported(read, VersionState::Published));
        } else {
            out.drafts.push(imported(read, VersionState::Draft));
        }
    }
    for (form, source, publish_now) in db.waiting_forms(project_id).await? {
        match upload_form(db, project_id, actor, &source, &form.file_name, publish_now).await {
            Ok(Uploaded::Imported(imported)) => match imported.state {
                VersionState::Published => out.published.push(imported),
                _ => out.drafts.push(imported),
            },
            Ok(Uploaded::Waiting(waiting)) => out.waiting.push(waiting),
            Err(Error::FormImport(message)) => out.refused.push(FormRefused {
                file_name: form.file_name,
                message,
            }),
            Err(e) => return Err(e),
        }
    }
    Ok(out)
}

/// Replace each picture's and recording's file name by the address of its content
/// (`/media/<sha256>`), which phones fetch and keep. A file not uploaded yet, or not a
/// picture, recording or video, leaves the question without it, with a warning saying what
/// to do; an address already in the form (a Sauti form uploaded again) must be one of this
/// project's public files.
async fn resolve_media(db: &Db, project_id: &str, form: &mut Form) -> Result<Vec<String>> {
    let mut named = Vec::new();
    forms::media::for_each_mut(form, |kind, value| {
        named.push((kind.to_string(), value.clone()))
    });
    let mut resolved: std::collections::BTreeMap<String, String> = Default::default();
    let mut warnings = std::collections::BTreeSet::new();
    for (kind, value) in named {
        if resolved.contains_key(&value) {
            continue;
        }
        let address = if let Some(sha) = value.strip_prefix("/media/") {
            let public = forms::media::is_served(&value)
                && db
                    .media_type(project_id, sha)
                    .await?
                    .is_some_and(|t| crate::media::is_public(&t));
            if !public {
                warnings.insert(format!(
                    "the {kind} `{value}` is not a picture, recording or video of this project, so it is not shown"
                ));
            }
            public.then(|| value.clone())
        } else if !crate::media::name_ok(&value) {
            warnings.insert(format!(
                "the {kind} `{value}` cannot be uploaded under that name: rename the file (letters, digits, '.', '-' and '_') and the cell, then import the form again"
            ));
            None
        } else {
            match db.media_entry(project_id, &value).await? {
                Some((sha, content_type)) if crate::media::is_public(&content_type) => {
                    Some(format!("/media/{sha}"))
                }
                Some((_, content_type)) => {
                    warnings.insert(format!(
                        "the {kind} `{value}` was uploaded as {content_type}, not as a picture, recording or video, so it is not shown"
                    ));
                    None
                }
                None => {
                    warnings.insert(format!(
                        "the {kind} `{value}` has not been uploaded, so it is not shown: PUT it to /api/v1/media/{value} and import the form again"
                    ));
                    None
                }
            }
        };
        // A file that cannot be shown is left out, so the phone never asks for it.
        resolved.insert(value, address.unwrap_or_default());
    }
    forms::media::for_each_mut(form, |_, value| {
        if let Some(address) = resolved.get(value.as_str()) {
            *value = address.clone();
        }
    });
    Ok(warnings.into_iter().collect())
}

/// A question tagged with a purpose (`purpose` column) must name one of the project's
/// consent template: otherwise no respondent could ever accept it and it would never be
/// asked, which is surely a typo.
/// A warning naming the form's languages the project's consent text is not written in:
/// a respondent who speaks one of them would be read consent in another (a Dari and
/// Pashto form beside an Arabic, English and French text offered English alone).
async fn untranslated_consent(db: &Db, project_id: &str, form: &Form) -> Result<Option<String>> {
    let Some(template) = db.current_template(project_id).await? else {
        return Ok(None);
    };
    let template: forms::consent::ConsentTemplate = serde_json::from_str(&template)?;
    let missing = template.untranslated_for(form);
    if missing.is_empty() {
        return Ok(None);
    }
    let named: Vec<String> = missing
        .iter()
        .map(|(code, name)| format!("{name} ({code})"))
        .collect();
    Ok(Some(format!(
        "the consent text (template `{}`) is not translated into {}: a respondent who speaks \
         only that language cannot be read consent in it; add the translation to the \
         consent template before the form goes to the field",
        template.id,
        named.join(", ")
    )))
}

async fn check_purposes(db: &Db, project_id: &str, form: &Form) -> Result<()> {
    let tagged = form.tagged_purposes();
    if tagged.is_empty() {
        return Ok(());
    }
    // The template alone: a new project's first form has no form beside it yet.
    let Some(template) = db.current_template(project_id).await? else {
        return Err(Error::FormImport(
            "questions are tagged with consent purposes, but the project has no consent \
             template yet: install one first"
                .into(),
        ));
    };
    let template: forms::consent::ConsentTemplate = serde_json::from_str(&template)?;
    let known: Vec<&str> = template.purposes.iter().map(|p| p.id.as_str()).collect();
    let unknown: Vec<&str> = tagged.into_iter().filter(|t| !known.contains(t)).collect();
    if unknown.is_empty() {
        return Ok(());
    }
    Err(Error::FormImport(format!(
        "the purpose column names {}, which the consent template `{}` does not define \
         (it defines: {})",
        unknown.join(", "),
        template.id,
        known.join(", ")
    )))
}
