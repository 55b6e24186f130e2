//! Consent templates, written by each project as a TOML file and installed by an admin.
//! A template is checked before it is stored ([`forms::consent::ConsentTemplate::problems`]),
//! and a version is immutable once any record was given under it: a changed text or
//! purpose must come as a higher version, which phones receive at their next sync.
//! Records keep the version and the hash of the exact text shown, so each one can always
//! be read against what the respondent heard.
//!
//! Records carry `template_id`/`template_version` as columns; the highest version goes to
//! phones in the bundle, older ones stay valid for records begun under them.

use forms::consent::ConsentTemplate;

use crate::AppState;
use crate::error::{Error, Result};

/// What installing a template did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Installed {
    /// A new version.
    Created,
    /// The same version, word for word: nothing to do.
    Unchanged,
    /// A version no record has used yet, corrected in place.
    Replaced,
}

/// Read a template from TOML and check it; every problem is listed.
pub fn parse(source: &str) -> Result<ConsentTemplate> {
    let template: ConsentTemplate = toml::from_str(source)
        .map_err(|e| Error::InvalidTemplate(vec![e.message().to_string()]))?;
    let problems = template.problems();
    if problems.is_empty() {
        Ok(template)
    } else {
        Err(Error::InvalidTemplate(problems))
    }
}

/// Install a template version for a project, under the versioning rules above.
pub async fn install(
    state: &AppState,
    project_id: &str,
    source: &str,
    actor: &str,
) -> Result<(ConsentTemplate, Installed)> {
    let mut template = parse(source)?;
    resolve_audio(state, project_id, &mut template).await?;
    install_checked(state, project_id, template, actor).await
}

/// Install a template already checked and with its recordings resolved.
async fn install_checked(
    state: &AppState,
    project_id: &str,
    template: ConsentTemplate,
    actor: &str,
) -> Result<(ConsentTemplate, Installed)> {
    let versions = state.db.template_versions(project_id).await?;
    let latest = versions
        .iter()
        .filter(|(id, ..)| *id == template.id)
        .map(|(_, v, ..)| *v)
        .max();
    let existing = state
        .db
        .consent_template(project_id, &template.id, template.version)
        .await?;
    let installed = match existing {
        Some(json) => {
            let stored: ConsentTemplate = serde_json::from_str(&json)?;
            if stored == template {
                Installed::Unchanged
            } else if state
                .db
                .template_in_use(project_id, &template.id, template.version)
                .await?
            {
                return Err(Error::TemplateInUse(template.version));
            } else {
                state
                    .db
                    .replace_consent_template(project_id, &template)
                    .await?;
                Installed::Replaced
            }
        }
        None => {
            if let Some(latest) = latest
                && i64::from(template.version) < latest
            {
                return Err(Error::InvalidTemplate(vec![format!(
                    "version: {} is older than the installed version {latest}",
                    template.version
                )]));
            }
            state
                .db
                .insert_consent_template(project_id, &template)
                .await?;
            Installed::Created
        }
    };
    state.forget_template(project_id, &template.id, template.version)?;
    if installed != Installed::Unchanged {
        state
            .db
            .audit(
                actor,
                "consent-template",
                &format!("{project_id}/{} v{}", template.id, template.version),
            )
            .await?;
    }
    Ok((template, installed))
}

/// The newest template of a project, as stored (recordings as addresses).
async fn current(state: &AppState, project_id: &str) -> Result<ConsentTemplate> {
    let json = state
        .db
        .current_template(project_id)
        .await?
        .ok_or(Error::NotFound)?;
    Ok(serde_json::from_str(&json)?)
}

/// What the recording page reads of a template: its languages and their recordings.
pub fn audio_of(template: &ConsentTemplate) -> forms::wire::ConsentAudio {
    forms::wire::ConsentAudio {
        template_id: template.id.clone(),
        version: template.version,
        languages: template.text.0.keys().cloned().collect(),
        audio: template.audio.0.clone(),
    }
}

/// The newest template's languages and recordings.
pub async fn audio(state: &AppState, project_id: &str) -> Result<forms::wire::ConsentAudio> {
    Ok(audio_of(&current(state, project_id).await?))
}

/// Keep a recording of the consent text made in the browser as the newest template's
/// recording in `lang`: stored as the project's file `consent-<lang>-recorded.<ext>`
/// (checked to be audio and at most [`crate::media::MAX_RECORDING_BYTES`]), and the
/// template installed again with its address. A version no record was given under is
/// corrected in place; one in use gets a new version, so what earlier respondents heard
/// stays with their records. Phones get it at their next sync.
pub async fn record_audio(
    state: &AppState,
    project_id: &str,
    lang: &str,
    content_type: &str,
    bytes: &[u8],
    actor: &str,
) -> Result<(ConsentTemplate, Installed)> {
    let mut template = current(state, project_id).await?;
    if !template.text.0.contains_key(lang) {
        return Err(Error::InvalidTemplate(vec![format!(
            "audio.{lang}: the template has no text in {lang:?} to read aloud"
        )]));
    }
    let ext = crate::media::audio_extension(content_type).ok_or_else(|| {
        Error::InvalidMedia(format!(
            "{content_type:?} is not a recording phones play (audio/webm, audio/ogg, audio/mp4, audio/mpeg, audio/wav)"
        ))
    })?;
    if bytes.len() > crate::media::MAX_RECORDING_BYTES {
        return Err(Error::InvalidMedia(format!(
            "the recording is {} bytes: at most {} are kept",
            bytes.len(),
            crate::media::MAX_RECORDING_BYTES
        )));
    }
    let name = format!("consent-{lang}-recorded.{ext}");
    let sha = crate::media::store(&state.db, project_id, actor, &name, content_type, bytes).await?;
    template
        .audio
        .0
        .insert(lang.to_string(), format!("/media/{sha}"));
    if state
        .db
        .template_in_use(project_id, &template.id, template.version)
        .await?
    {
        template.version += 1;
    }
    install_checked(state, project_id, template, actor).await
}

/// Replace each recording's file name by the address of its content, so the version
/// holds exactly what respondents hear; every name not uploaded yet is listed.
async fn resolve_audio(
    state: &AppState,
    project_id: &str,
    template: &mut ConsentTemplate,
) -> Result<()> {
    let mut missing = Vec::new();
    for (lang, name) in template.audio.0.iter_mut() {
        match state.db.media_hash(project_id, name).await? {
            Some(sha) => *name = format!("/media/{sha}"),
            None => missing.push(format!(
                "audio.{lang}: {name:?} has not been uploaded: PUT it to /api/v1/media/{name} first"
            )),
        }
    }
    if missing.is_empty() {
        Ok(())
    } else {
        Err(Error::InvalidTemplate(missing))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_demo_template_reads_from_toml() {
        let template = parse(include_str!("../consent/demo.toml")).expect("the demo template");
        assert_eq!(template, forms::demo::household_consent());
    }

    #[test]
    fn a_template_with_problems_lists_them_all() {
        let Err(Error::InvalidTemplate(problems)) = parse(
            r#"
id = "Bad Id"
version = 0
controller = ""
[text]
en = "We ask."
[[purposes]]
id = "needs"
label = { fr = "Besoins" }
"#,
        ) else {
            panic!("refused");
        };
        for expected in [
            "id: \"Bad Id\" must be lower-case letters, digits, - or _",
            "version: must be 1 or more",
            "controller: who is responsible for the data must be named",
            "purposes[1] (needs).label.en: missing",
            // What the Kantara consent receipt needs: each field named.
            "contact: name the person or office respondents can reach (e.g. \"Data protection officer\")",
            "address.street: the controller's postal address is missing",
            "address.country: the controller's country is missing",
            "email: \"\" is not an email address respondents can write to",
            "phone: a telephone number respondents can call is missing",
            "policy_url: \"\" is not the address (https://…) of the privacy policy",
            "jurisdiction: the law the consent is given under is missing",
            "purposes[1] (needs).termination.en: missing (when consent for this purpose ends)",
            "refusal.purpose.en: missing (what a refusal's receipt says)",
            "refusal.termination.en: missing (what a refusal's receipt says)",
        ] {
            assert!(
                problems.iter().any(|p| p == expected),
                "{expected:?} not in {problems:#?}"
            );
        }
        assert!(
            problems
                .iter()
                .any(|p| p.starts_with("purposes[1] (needs).category: \"\" is not a Kantara"))
        );
        assert!(
            problems
                .iter()
                .any(|p| p.starts_with("purposes[1] (needs).pii_categories: name the kinds"))
        );
        assert_eq!(problems.len(), 16, "{problems:#?}");
        let Err(Error::InvalidTemplate(problems)) = parse("id = 3") else {
            panic!("refused");
        };
        assert_eq!(problems.len(), 1, "{problems:?}");
    }
}
