//! A project's forms: importing an XLSForm or a Sauti JSON
//! definition as a new version. Used by the admin API and by
//! `sauti form import`.
//!
//! A version is never overwritten; submissions keep theirs.

use forms::model::Form;

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

/// Import a form into a project as a new form version: an XLSForm (`.xlsx` / `.xls`), or
/// a Sauti form definition (`.json`, the shape phones receive; generated forms and
/// benchmarks use it). The previous versions stay: every submission keeps the version it
/// was filled with. `actor` is who imports (a username, or `cli`); the import is written to
/// the audit log.
pub async fn import_form(
    db: &Db,
    project_id: &str,
    actor: &str,
    bytes: &[u8],
    file_name: &str,
) -> Result<ImportedForm> {
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
    if form.version.is_empty() {
        form.version = version_now();
    }
    if db
        .form_definition(project_id, &form.id, &form.version)
        .await?
        .is_some()
    {
        return Err(Error::FormImport(format!(
            "form `{}` version `{}` already exists: raise the version in the settings sheet",
            form.id, form.version
        )));
    }
    db.insert_form(project_id, &form).await?;
    db.audit(
        actor,
        "form-imported",
        &format!("{} {}", form.id, form.version),
    )
    .await?;
    Ok(ImportedForm {
        form_id: form.id.clone(),
        version: form.version.clone(),
        title: form
            .title
            .get(&form.default_language, &form.default_language)
            .to_string(),
        questions,
        warnings,
    })
}

/// What became of an uploaded form.
#[derive(Debug)]
pub enum Uploaded {
    /// Imported as a new version, which phones get.
    Published(ImportedForm),
    /// Kept until the files it reads are uploaded; phones do not see it.
    Waiting(FormWaiting),
}

/// Upload a form: imported at once, or, when it reads files not attached yet (choice lists,
/// lookups), kept with the list of them and published by [`retry_waiting`] once the last
/// is uploaded, as ODK Central keeps a form's expected attachments. Uploading a file name
/// again replaces what waited under it.
pub async fn upload_form(
    db: &Db,
    project_id: &str,
    actor: &str,
    bytes: &[u8],
    file_name: &str,
) -> Result<Uploaded> {
    match import_form(db, project_id, actor, bytes, file_name).await {
        Ok(imported) => {
            db.forget_waiting_form(project_id, file_name).await?;
            Ok(Uploaded::Published(imported))
        }
        Err(Error::FilesMissing(missing)) => {
            db.put_waiting_form(project_id, file_name, bytes, &missing, actor)
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
                .map(|(w, _)| w)
                .find(|w| w.file_name == file_name)
                .ok_or_else(|| anyhow::anyhow!("the waiting form {file_name} was not kept"))?;
            Ok(Uploaded::Waiting(waiting))
        }
        Err(e) => Err(e),
    }
}

/// Import every waiting form of a project again (a data file was just uploaded): those now
/// complete are published and no longer wait; the others wait for what is still missing,
/// or, if their files are there but still do not make a form, say why.
pub async fn retry_waiting(
    db: &Db,
    project_id: &str,
    actor: &str,
) -> Result<(Vec<ImportedForm>, Vec<FormWaiting>, Vec<FormRefused>)> {
    let (mut published, mut waiting, mut refused) = (Vec::new(), Vec::new(), Vec::new());
    for (form, source) in db.waiting_forms(project_id).await? {
        match import_form(db, project_id, actor, &source, &form.file_name).await {
            Ok(imported) => {
                db.forget_waiting_form(project_id, &form.file_name).await?;
                published.push(imported);
            }
            Err(Error::FilesMissing(missing)) => {
                if missing != form.missing {
                    db.put_waiting_form(
                        project_id,
                        &form.file_name,
                        &source,
                        &missing,
                        &form.uploaded_by,
                    )
                    .await?;
                }
                waiting.push(FormWaiting { missing, ..form });
            }
            Err(Error::FormImport(message)) => refused.push(FormRefused {
                file_name: form.file_name,
                message,
            }),
            Err(e) => return Err(e),
        }
    }
    Ok((published, waiting, refused))
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
