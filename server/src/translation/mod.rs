//! Translation in the browser (issue 24): a translator (or a steward or admin) translates
//! a form's texts and the project's consent template side by side, saves the work per
//! language and marks it reviewed; a steward or admin publishes it. Translators never
//! publish: what respondents hear changes only by someone answerable for the data
//! (`docs`: the role table in ARCHITECTURE.md).
//!
//! Publishing goes through the paths every other change takes, so the rules hold without
//! a second copy: the form becomes a new version through [`crate::catalog::upload_form`]
//! (a draft, then published, so phones get it at their next sync and never before), and
//! the consent template a new version (older records keep the version they were given
//! under), checked by [`forms::consent::ConsentTemplate::problems`] first: a half-translated
//! consent is refused, naming each missing text, before anything is published.
//!
//! What is translated is the latest version of the form; when that is a draft still
//! waiting, publishing is refused (an upload would replace the admin's draft).

use std::collections::BTreeMap;

use forms::consent::ConsentTemplate;
use forms::model::{Form, Language};
use forms::translation::{
    self as tr, FormTranslation, LanguageStanding, ReviewStatus, SaveTranslation,
    TranslationPublished,
};

use crate::AppState;
use crate::db::TranslationRow;
use crate::error::{Error, Result};

pub mod xlsx;

/// The longest text a translator may save for one entry (a consent text is a paragraph).
pub const MAX_TEXT: usize = 10_000;
/// The longest language name.
const MAX_NAME: usize = 100;

/// The latest version of a form (draft or published) and whether it is a draft.
async fn latest(state: &AppState, project_id: &str, form_id: &str) -> Result<(Form, bool)> {
    let row = state
        .db
        .form_versions(project_id)
        .await?
        .into_iter()
        .rfind(|r| r.form_id == form_id)
        .ok_or(Error::NotFound)?;
    Ok((serde_json::from_str(&row.definition)?, row.state == "draft"))
}

/// The project's newest consent template, if it has one.
async fn template(state: &AppState, project_id: &str) -> Result<Option<ConsentTemplate>> {
    state
        .db
        .current_template(project_id)
        .await?
        .map(|json| serde_json::from_str(&json).map_err(Error::from))
        .transpose()
}

/// The project's forms, each with its latest version's title and version.
pub async fn forms(
    state: &AppState,
    project_id: &str,
) -> Result<Vec<forms::translation::TranslatableForm>> {
    let mut out: Vec<forms::translation::TranslatableForm> = Vec::new();
    for row in state.db.form_versions(project_id).await? {
        let form: Form = serde_json::from_str(&row.definition)?;
        let item = forms::translation::TranslatableForm {
            title: form
                .title
                .get(&form.default_language, &form.default_language)
                .to_string(),
            form_id: row.form_id,
            version: row.version,
        };
        match out.iter_mut().find(|f| f.form_id == item.form_id) {
            Some(f) => *f = item,
            None => out.push(item),
        }
    }
    Ok(out)
}

/// The form's and the template's entries from `source` to `target`, with `saved` over them.
fn all_entries(
    form: &Form,
    template: Option<&ConsentTemplate>,
    source: &str,
    target: &str,
    saved: &BTreeMap<String, String>,
) -> Vec<tr::Entry> {
    let mut form = form.clone();
    let mut out = tr::entries(tr::form_texts(&mut form), source, target, saved);
    if let Some(t) = template {
        let mut t = t.clone();
        out.extend(tr::entries(
            tr::template_texts(&mut t),
            source,
            target,
            saved,
        ));
    }
    out
}

/// The languages other than the source: the form's own, then those only saved work has,
/// each with its name (the saved one wins).
fn other_languages(form: &Form, rows: &[TranslationRow]) -> Vec<(String, String)> {
    let mut codes: Vec<(String, String)> = form
        .languages
        .iter()
        .filter(|l| l.code != form.default_language)
        .map(|l| (l.code.clone(), l.name.clone()))
        .collect();
    for r in rows {
        match codes.iter_mut().find(|(c, _)| *c == r.lang) {
            Some((_, name)) => name.clone_from(&r.name),
            None => codes.push((r.lang.clone(), r.name.clone())),
        }
    }
    codes
}

/// The translation page's view of one form in `target`.
pub async fn load(
    state: &AppState,
    project_id: &str,
    form_id: &str,
    target: &str,
    can_publish: bool,
) -> Result<FormTranslation> {
    check_code(target)?;
    let (form, _) = latest(state, project_id, form_id).await?;
    let template = template(state, project_id).await?;
    let source = form.default_language.clone();
    let rows = state.db.translations(project_id, form_id).await?;
    let saved_of = |lang: &str| {
        rows.iter()
            .find(|r| r.lang == lang)
            .map(|r| r.texts.clone())
            .unwrap_or_default()
    };
    let mut codes = other_languages(&form, &rows);
    if !codes.iter().any(|(c, _)| c == target) {
        codes.push((target.to_string(), target.to_string()));
    }
    let languages = codes
        .into_iter()
        .map(|(code, name)| {
            let entries = all_entries(&form, template.as_ref(), &source, &code, &saved_of(&code));
            let row = rows.iter().find(|r| r.lang == code);
            LanguageStanding {
                done: entries
                    .iter()
                    .filter(|e| !e.target.trim().is_empty())
                    .count(),
                total: entries.len(),
                name,
                code,
                status: row.map(|r| r.status),
                saved_by: row.map(|r| r.saved_by.clone()),
                reviewed_by: row.and_then(|r| r.reviewed_by.clone()),
                unpublished: row.is_some_and(|r| !r.published),
            }
        })
        .collect();
    Ok(FormTranslation {
        form_id: form.id.clone(),
        version: form.version.clone(),
        entries: all_entries(&form, template.as_ref(), &source, target, &saved_of(target)),
        source,
        target: target.to_string(),
        languages,
        can_publish,
    })
}

fn check_code(code: &str) -> Result<()> {
    if tr::is_language_code(code) {
        Ok(())
    } else {
        Err(Error::BadRequest(format!(
            "{code:?} is not a language code (letters, digits and '-', like sw or fa-AF)"
        )))
    }
}

/// Keep a translator's work on one language: every key must be a text of the form or
/// the consent template (all unknown ones are named), and the source language cannot be
/// overwritten here. Marking it reviewed records who reviewed it.
pub async fn save(
    state: &AppState,
    project_id: &str,
    form_id: &str,
    lang: &str,
    save: SaveTranslation,
    actor: &str,
) -> Result<()> {
    check_code(lang)?;
    let (form, _) = latest(state, project_id, form_id).await?;
    if lang == form.default_language {
        return Err(Error::BadRequest(format!(
            "{lang} is the form's source language: change it in the form itself"
        )));
    }
    let name = save.name.trim();
    if name.is_empty() || name.chars().count() > MAX_NAME {
        return Err(Error::BadRequest(format!(
            "the language's name must be 1 to {MAX_NAME} characters"
        )));
    }
    let template = template(state, project_id).await?;
    let known = all_entries(
        &form,
        template.as_ref(),
        &form.default_language,
        lang,
        &BTreeMap::new(),
    );
    let mut problems: Vec<String> = save
        .texts
        .keys()
        .filter(|k| !known.iter().any(|e| &e.key == *k))
        .map(|k| format!("{k}: the form and the consent template have no such text"))
        .collect();
    problems.extend(
        save.texts
            .iter()
            .filter(|(_, v)| v.chars().count() > MAX_TEXT)
            .map(|(k, _)| format!("{k}: longer than {MAX_TEXT} characters")),
    );
    if !problems.is_empty() {
        return Err(Error::BadRequest(problems.join("; ")));
    }
    let texts = save
        .texts
        .into_iter()
        .map(|(k, v)| (k, v.trim().to_string()))
        .collect();
    let row = TranslationRow {
        lang: lang.to_string(),
        name: name.to_string(),
        texts,
        status: save.status,
        saved_by: actor.to_string(),
        reviewed_by: (save.status == ReviewStatus::Reviewed).then(|| actor.to_string()),
        published: false,
    };
    state.db.save_translation(project_id, form_id, &row).await?;
    state
        .db
        .audit(
            actor,
            "translation-saved",
            &format!("{project_id}/{form_id} {lang} {}", save.status.as_str()),
        )
        .await?;
    Ok(())
}

/// Publish a language's saved work: the consent template's texts are checked first (a
/// new version only if they changed), then the form becomes a new version, drafted and
/// published through the catalogue, then the template version is installed.
pub async fn publish(
    state: &AppState,
    project_id: &str,
    form_id: &str,
    lang: &str,
    actor: &str,
) -> Result<TranslationPublished> {
    check_code(lang)?;
    let row = state
        .db
        .translations(project_id, form_id)
        .await?
        .into_iter()
        .find(|r| r.lang == lang)
        .ok_or(Error::NotFound)?;
    let (mut form, draft) = latest(state, project_id, form_id).await?;
    if draft {
        return Err(Error::FormImport(format!(
            "form `{form_id}` has a draft waiting (version {}): publish or delete it first, then publish the translation",
            form.version
        )));
    }
    // The consent template, checked before anything changes.
    let new_template = match template(state, project_id).await? {
        Some(current) => {
            let mut t = current.clone();
            tr::apply(tr::template_texts(&mut t), lang, &row.texts);
            if t == current {
                None
            } else {
                t.version += 1;
                let problems = t.problems();
                if !problems.is_empty() {
                    return Err(Error::InvalidTemplate(problems));
                }
                Some(t)
            }
        }
        None => None,
    };
    tr::apply(tr::form_texts(&mut form), lang, &row.texts);
    match form.languages.iter_mut().find(|l| l.code == lang) {
        Some(l) => l.name = row.name.clone(),
        None => form.languages.push(Language {
            code: lang.to_string(),
            name: row.name.clone(),
            rtl: forms::i18n::is_rtl(lang),
        }),
    }
    form.version = new_version(&form.version, time::OffsetDateTime::now_utc());
    let bytes = serde_json::to_vec(&form)?;
    let uploaded = crate::catalog::upload_form(
        &state.db,
        project_id,
        actor,
        &bytes,
        &format!("{form_id}-{lang}.json"),
        true,
    )
    .await?;
    let crate::catalog::Uploaded::Imported(imported) = uploaded else {
        return Err(Error::FormImport(format!(
            "form `{form_id}` waits for files: attach them first"
        )));
    };
    let template_version = match new_template {
        Some(t) => {
            state.db.insert_consent_template(project_id, &t).await?;
            state.forget_template(project_id, &t.id, t.version)?;
            state
                .db
                .audit(
                    actor,
                    "consent-template",
                    &format!("{project_id}/{} v{}", t.id, t.version),
                )
                .await?;
            Some(t.version)
        }
        None => None,
    };
    state
        .db
        .translation_published(project_id, form_id, lang)
        .await?;
    state
        .db
        .audit(
            actor,
            "translation-published",
            &format!("{project_id}/{form_id} {lang} {}", imported.version),
        )
        .await?;
    Ok(TranslationPublished {
        form_version: imported.version,
        template_version,
    })
}

/// The form's and the template's texts in every language, for [`xlsx::write`]: the
/// source first, then each language the form has or work was saved in.
pub async fn export(state: &AppState, project_id: &str, form_id: &str) -> Result<Vec<u8>> {
    let (form, _) = latest(state, project_id, form_id).await?;
    let template = template(state, project_id).await?;
    let rows = state.db.translations(project_id, form_id).await?;
    let source = form.default_language.clone();
    let source_name = form
        .languages
        .iter()
        .find(|l| l.code == source)
        .map_or_else(|| source.clone(), |l| l.name.clone());
    let mut languages = vec![(source.clone(), source_name)];
    languages.extend(other_languages(&form, &rows));
    let mut texts = xlsx::Texts::new();
    for (i, (code, name)) in languages.iter().enumerate() {
        let saved = rows
            .iter()
            .find(|r| r.lang == *code)
            .map(|r| r.texts.clone())
            .unwrap_or_default();
        let by_key = all_entries(&form, template.as_ref(), &source, code, &saved)
            .into_iter()
            // The source language's column holds the source texts themselves.
            .map(|e| {
                if i == 0 {
                    (e.key, e.source)
                } else {
                    (e.key, e.target)
                }
            })
            .filter(|(_, text)| !text.is_empty())
            .collect();
        texts.insert(code.clone(), (name.clone(), by_key));
    }
    xlsx::write(&languages, &texts)
}

/// Read one language's columns from a workbook and save them over that language's saved
/// work, as a draft: cells left empty mean "not translated yet" and change nothing, and
/// rows naming texts the form no longer has are skipped (counted in the answer).
pub async fn import(
    state: &AppState,
    project_id: &str,
    form_id: &str,
    lang: &str,
    bytes: &[u8],
    actor: &str,
) -> Result<forms::translation::TranslationImported> {
    // The form first: another project's form is not found before the workbook is read.
    let view = load(state, project_id, form_id, lang, false).await?;
    let read = xlsx::read(bytes, lang)?;
    let current = view.languages.iter().find(|l| l.code == lang);
    let rows = state.db.translations(project_id, form_id).await?;
    let mut texts = rows
        .into_iter()
        .find(|r| r.lang == lang)
        .map(|r| r.texts)
        .unwrap_or_default();
    let (mut imported, mut skipped) = (0, 0);
    for (key, text) in read {
        if text.is_empty() {
            continue;
        }
        if view.entries.iter().any(|e| e.key == key) {
            texts.insert(key, text);
            imported += 1;
        } else {
            skipped += 1;
        }
    }
    let name = current.map_or_else(|| lang.to_string(), |l| l.name.clone());
    let status = ReviewStatus::Draft;
    save(
        state,
        project_id,
        form_id,
        lang,
        SaveTranslation {
            name,
            status,
            texts,
        },
        actor,
    )
    .await?;
    Ok(forms::translation::TranslationImported { imported, skipped })
}

/// The version a published translation gets: the translated one's (without an earlier
/// translation's mark), then `.t` and the time, so a version is never reused and the
/// version the translation came from stays readable.
fn new_version(version: &str, now: time::OffsetDateTime) -> String {
    let base = version.split(".t").next().unwrap_or(version);
    format!(
        "{base}.t{:04}{:02}{:02}{:02}{:02}{:02}",
        now.year(),
        u8::from(now.month()),
        now.day(),
        now.hour(),
        now.minute(),
        now.second()
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_translated_version_keeps_its_origin_once() {
        let at = time::macros::datetime!(2026-12-06 05:07:09 UTC);
        assert_eq!(super::new_version("2024011", at), "2024011.t20261206050709");
        assert_eq!(
            super::new_version("2024011.t20261206050709", at),
            "2024011.t20261206050709"
        );
    }
}
