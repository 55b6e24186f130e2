//! Translation in the browser (issue 24): a form's texts side by side, saved per language,
//! published by a steward or admin, and moved through Excel.

use forms::translation::{
    FormTranslation, SaveTranslation, TranslatableForm, TranslationImported, TranslationPublished,
};

use super::{call, send_file, to_json};
use crate::error::AppError;

fn url(form_id: &str, lang: &str) -> String {
    format!(
        "/api/v1/translations/{}/{}",
        js_sys::encode_uri_component(form_id),
        js_sys::encode_uri_component(lang)
    )
}

/// The forms the signed-in translator may open.
pub async fn forms() -> Result<Vec<TranslatableForm>, AppError> {
    call("GET", "/api/v1/translations", None, None).await
}

/// One form from its source language to `lang`, with every language's standing.
pub async fn show(form_id: &str, lang: &str) -> Result<FormTranslation, AppError> {
    call("GET", &url(form_id, lang), None, None).await
}

/// Save a language's work; the page comes back as it now stands.
pub async fn save(
    form_id: &str,
    lang: &str,
    work: &SaveTranslation,
) -> Result<FormTranslation, AppError> {
    call("PUT", &url(form_id, lang), to_json(work), None).await
}

/// Publish a language's saved work as new form and consent template versions.
pub async fn publish(form_id: &str, lang: &str) -> Result<TranslationPublished, AppError> {
    let url = format!("{}/publish", url(form_id, lang));
    call("POST", &url, None, None).await
}

/// Where the workbook of every language's texts downloads from.
pub fn workbook_url(form_id: &str) -> String {
    format!(
        "/api/v1/translations/{}/xlsx",
        js_sys::encode_uri_component(form_id)
    )
}

/// Read one language's columns from a workbook; `Err(Ok(message))`: refused, saying why.
pub async fn import(
    form_id: &str,
    lang: &str,
    file: &web_sys::File,
) -> Result<TranslationImported, Result<String, AppError>> {
    let url = format!("{}/xlsx", url(form_id, lang));
    let (status, text) = send_file("POST", &url, file).await?;
    super::read(status, &text)
}
