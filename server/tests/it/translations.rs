//! Translation in the browser (issue 24) through the API: a translator saves Swahili and
//! marks it reviewed, cannot publish; a steward publishes; the phone's bundle then has the
//! form and the consent in Swahili, as new versions; Excel round trip; refusals.

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::common::*;

/// Every entry of a translation view, translated as "sw:" + its source text.
fn all_translated(view: &Value) -> Value {
    let texts: serde_json::Map<String, Value> = view["entries"]
        .as_array()
        .expect("entries")
        .iter()
        .map(|e| {
            let key = e["key"].as_str().unwrap().to_string();
            (key, json!(format!("sw: {}", e["source"].as_str().unwrap())))
        })
        .collect();
    Value::Object(texts)
}

fn standing<'a>(view: &'a Value, code: &str) -> &'a Value {
    view["languages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["code"] == code)
        .unwrap_or_else(|| panic!("no {code} in {view}"))
}

#[tokio::test]
async fn a_translator_saves_swahili_a_steward_publishes_and_phones_get_it() {
    let server = Server::start().await;
    let translator = server.sign_in("translator").await;
    let steward = server.sign_in("steward").await;
    let phone = server.enroll().await;

    let forms = server.get_json(&translator, "/translations").await;
    assert_eq!(forms[0]["form_id"], "household", "{forms}");
    let view = server
        .get_json(&translator, "/translations/household/sw")
        .await;
    assert_eq!(view["source"], "en");
    assert_eq!(view["can_publish"], false);
    let keys: Vec<&str> = view["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["key"].as_str().unwrap())
        .collect();
    for key in ["title", "consent/text"] {
        assert!(keys.contains(&key), "{key} in {keys:?}");
    }
    assert!(
        keys.iter().any(|k| k.starts_with("c/")) && keys.iter().any(|k| k.starts_with("purpose/"))
    );
    let total = keys.len();
    assert_eq!(standing(&view, "sw")["done"], 0);
    assert_eq!(
        standing(&view, "fr")["done"],
        standing(&view, "fr")["total"]
    );

    // Half the consent first: saved, but a steward cannot publish it (each text named).
    let mut texts = all_translated(&view);
    texts
        .as_object_mut()
        .unwrap()
        .retain(|k, _| !k.starts_with("purpose/"));
    let saved = translator
        .put(server.url("/translations/household/sw"))
        .json(&json!({ "name": "Kiswahili", "status": "draft", "texts": texts }))
        .send()
        .await
        .unwrap();
    assert_eq!(saved.status(), StatusCode::OK);
    let refused = steward
        .post(server.url("/translations/household/sw/publish"))
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body: Value = refused.json().await.unwrap();
    assert!(
        body["message"]
            .as_str()
            .unwrap()
            .contains(".label.sw: missing"),
        "{body}"
    );

    // Whole, and reviewed by the translator.
    let texts = all_translated(&view);
    let saved = translator
        .put(server.url("/translations/household/sw"))
        .json(&json!({ "name": "Kiswahili", "status": "reviewed", "texts": texts }))
        .send()
        .await
        .unwrap();
    assert_eq!(saved.status(), StatusCode::OK);
    let view = server
        .get_json(&translator, "/translations/household/sw")
        .await;
    let sw = standing(&view, "sw");
    assert_eq!(
        (sw["done"].as_u64(), sw["total"].as_u64()),
        (Some(total as u64), Some(total as u64))
    );
    assert_eq!(sw["status"], "reviewed");
    assert_eq!(sw["reviewed_by"], "translator");
    assert_eq!(sw["unpublished"], true);

    // The translator cannot publish; the phone has no Swahili yet.
    let refused = translator
        .post(server.url("/translations/household/sw/publish"))
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), StatusCode::FORBIDDEN);
    let bundle: Value = phone.bundle().await.json().await.unwrap();
    assert!(bundle["form"]["title"].get("sw").is_none());

    let published = steward
        .post(server.url("/translations/household/sw/publish"))
        .send()
        .await
        .unwrap();
    assert_eq!(published.status(), StatusCode::OK);
    let published: Value = published.json().await.unwrap();
    assert_eq!(published["template_version"], 2);
    let version = published["form_version"].as_str().unwrap().to_string();
    assert!(version.starts_with("2026-11-1.t"), "{version}");

    let bundle: Value = phone.bundle().await.json().await.unwrap();
    assert_eq!(bundle["form"]["version"], version.as_str());
    assert!(
        bundle["form"]["languages"]
            .as_array()
            .unwrap()
            .iter()
            .any(|l| l["code"] == "sw" && l["name"] == "Kiswahili")
    );
    assert_eq!(
        bundle["form"]["title"]["sw"],
        format!("sw: {}", bundle["form"]["title"]["en"].as_str().unwrap())
    );
    assert_eq!(bundle["consent"]["version"], 2);
    assert!(
        bundle["consent"]["text"]["sw"]
            .as_str()
            .unwrap()
            .starts_with("sw: We are collecting")
    );
    let view = server
        .get_json(&translator, "/translations/household/sw")
        .await;
    assert_eq!(standing(&view, "sw")["unpublished"], false);
    assert_eq!(view["version"], version.as_str());
}

#[tokio::test]
async fn translations_go_to_excel_and_back() {
    let server = Server::start().await;
    let translator = server.sign_in("translator").await;
    let response = translator
        .get(server.url("/translations/household/xlsx"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert!(
        response.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .contains("household-translations.xlsx")
    );
    let bytes = response.bytes().await.unwrap();
    // Excel's way: read the workbook, fill a Hausa column, write it again.
    let mut book = workbook(&bytes);
    let survey = sheet_text(&mut book, "survey");
    let header = &survey[0];
    assert!(
        header.contains(&"label::English (en)".to_string()),
        "{header:?}"
    );
    assert!(
        header.contains(&"label::Français (fr)".to_string()),
        "{header:?}"
    );
    let name_at = header.iter().position(|h| h == "name").unwrap();
    let first_name = survey[1][name_at].clone();
    let consent = sheet_text(&mut book, "consent");
    assert!(consent.iter().any(|r| r[0] == "consent/text"));

    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("survey").unwrap();
    ws.write_string(0, 0, "name").unwrap();
    ws.write_string(0, 1, "label::Hausa (ha)").unwrap();
    ws.write_string(1, 0, &first_name).unwrap();
    ws.write_string(1, 1, "Sunan mai amsa").unwrap();
    ws.write_string(2, 0, "no_such_question").unwrap();
    ws.write_string(2, 1, "Babu").unwrap();
    let ws = wb.add_worksheet();
    ws.set_name("consent").unwrap();
    ws.write_string(0, 0, "key").unwrap();
    ws.write_string(0, 1, "text::Hausa (ha)").unwrap();
    ws.write_string(1, 0, "consent/text").unwrap();
    ws.write_string(1, 1, "Muna tattara bayanai").unwrap();
    let upload = wb.save_to_buffer().unwrap();
    let imported = translator
        .post(server.url("/translations/household/ha/xlsx"))
        .body(upload)
        .send()
        .await
        .unwrap();
    assert_eq!(imported.status(), StatusCode::OK);
    let imported: Value = imported.json().await.unwrap();
    assert_eq!(
        (imported["imported"].as_u64(), imported["skipped"].as_u64()),
        (Some(2), Some(1))
    );
    let view = server
        .get_json(&translator, "/translations/household/ha")
        .await;
    let target = |key: &str| {
        view["entries"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["key"] == key)
            .map(|e| e["target"].clone())
    };
    assert_eq!(
        target(&format!("q/{first_name}/label")),
        Some(json!("Sunan mai amsa"))
    );
    assert_eq!(target("consent/text"), Some(json!("Muna tattara bayanai")));
    assert_eq!(standing(&view, "ha")["done"], 2);
    assert_eq!(standing(&view, "ha")["status"], "draft");

    // Exported again, the Hausa work is there, beside the other languages.
    let bytes = translator
        .get(server.url("/translations/household/xlsx"))
        .send()
        .await
        .unwrap()
        .bytes()
        .await
        .unwrap();
    let consent = sheet_text(&mut workbook(&bytes), "consent");
    assert!(
        consent
            .iter()
            .any(|r| r.iter().any(|c| c == "Muna tattara bayanai"))
    );

    // A workbook without a Hausa column is refused, saying how to name one.
    let refused = translator
        .post(server.url("/translations/household/so/xlsx"))
        .body(bytes.to_vec())
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn saving_refuses_what_the_form_does_not_have_and_roles_without_translation() {
    let server = Server::start().await;
    let translator = server.sign_in("translator").await;
    let put = |lang: &str, body: Value| {
        translator
            .put(server.url(&format!("/translations/household/{lang}")))
            .json(&body)
            .send()
    };
    let unknown = put("sw", json!({ "name": "Kiswahili", "status": "draft", "texts": { "q/nothing/label": "x", "title": "Kaya" } })).await.unwrap();
    assert_eq!(unknown.status(), StatusCode::BAD_REQUEST);
    let body: Value = unknown.json().await.unwrap();
    assert!(
        body["message"]
            .as_str()
            .unwrap()
            .contains("q/nothing/label"),
        "{body}"
    );
    let source = put(
        "en",
        json!({ "name": "English", "status": "draft", "texts": {} }),
    )
    .await
    .unwrap();
    assert_eq!(source.status(), StatusCode::BAD_REQUEST);
    let bad_code = put(
        "s%20w",
        json!({ "name": "x", "status": "draft", "texts": {} }),
    )
    .await
    .unwrap();
    assert_eq!(bad_code.status(), StatusCode::BAD_REQUEST);
    // Nothing saved in Somali: nothing to publish.
    let steward = server.sign_in("steward").await;
    let none = steward
        .post(server.url("/translations/household/so/publish"))
        .send()
        .await
        .unwrap();
    assert_eq!(none.status(), StatusCode::NOT_FOUND);
    for role in ["reviewer", "partner"] {
        let other = server.sign_in(role).await;
        let refused = other
            .get(server.url("/translations/household/sw"))
            .send()
            .await
            .unwrap();
        assert_eq!(refused.status(), StatusCode::FORBIDDEN, "{role}");
    }
    // A translator sees no records.
    let records = translator
        .get(server.url("/submissions"))
        .send()
        .await
        .unwrap();
    assert_eq!(records.status(), StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn an_admin_makes_a_member_translator_who_reaches_translations_only() {
    let server = Server::start().await;
    let admin = server.sign_in("admin").await;
    let added = admin
        .post(server.url("/projects/demo/members"))
        .json(&json!({ "username": "amina.k", "role": "translator" }))
        .send()
        .await
        .unwrap();
    assert_eq!(added.status(), StatusCode::OK);
    let added: Value = added.json().await.unwrap();
    let amina = reqwest::Client::builder()
        .cookie_store(true)
        .build()
        .unwrap();
    let login = server
        .login(&amina, "amina.k", added["password"].as_str().unwrap())
        .await;
    assert_eq!(login.status(), StatusCode::OK);
    let me = server.get_json(&amina, "/auth/me").await;
    assert_eq!(me["role"], "translator");
    let forms = amina.get(server.url("/translations")).send().await.unwrap();
    assert_eq!(forms.status(), StatusCode::OK);
    // Nothing else of the project: no forms list, no policy, no team.
    for path in ["/forms", "/policy", "/projects/demo/members"] {
        let refused = amina.get(server.url(path)).send().await.unwrap();
        assert_eq!(refused.status(), StatusCode::FORBIDDEN, "{path}");
    }
}
