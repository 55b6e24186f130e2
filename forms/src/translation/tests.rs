use super::*;
use crate::demo::{household_consent, household_form};

#[test]
fn a_forms_texts_have_stable_keys_and_saved_work_comes_back() {
    let mut form = household_form();
    let saved = BTreeMap::new();
    let before = entries(form_texts(&mut form), "en", "sw", &saved);
    assert_eq!(before[0].key, "title");
    assert!(before.iter().all(|e| e.target.is_empty()), "{before:#?}");
    assert!(
        before
            .iter()
            .any(|e| e.key.starts_with("q/") && e.key.ends_with("/label"))
    );
    assert!(
        before
            .iter()
            .any(|e| e.key.starts_with("c/") && e.key.ends_with("/label"))
    );
    // Every key is unique, so a saved text lands in one place only.
    let keys: std::collections::BTreeSet<_> = before.iter().map(|e| &e.key).collect();
    assert_eq!(keys.len(), before.len());

    let saved: BTreeMap<String, String> = before
        .iter()
        .map(|e| (e.key.clone(), format!("sw: {}", e.source)))
        .collect();
    assert_eq!(apply(form_texts(&mut form), "sw", &saved), before.len());
    let after = entries(form_texts(&mut form), "en", "sw", &BTreeMap::new());
    assert!(
        after
            .iter()
            .all(|e| e.target == format!("sw: {}", e.source))
    );
    // Another language is untouched.
    let fr = entries(
        form_texts(&mut household_form()),
        "en",
        "fr",
        &BTreeMap::new(),
    );
    assert_eq!(
        fr,
        entries(form_texts(&mut form), "en", "fr", &BTreeMap::new())
    );
}

#[test]
fn an_empty_text_removes_the_language_and_unknown_keys_are_ignored() {
    let mut form = household_form();
    let key = "title".to_string();
    let saved = BTreeMap::from([
        (key.clone(), "Kaya".to_string()),
        ("q/gone/label".into(), "x".into()),
    ]);
    assert_eq!(apply(form_texts(&mut form), "sw", &saved), 1);
    assert_eq!(form.title.0.get("sw").map(String::as_str), Some("Kaya"));
    apply(
        form_texts(&mut form),
        "sw",
        &BTreeMap::from([(key, " ".to_string())]),
    );
    assert!(!form.title.0.contains_key("sw"));
}

#[test]
fn a_consent_template_translated_whole_passes_its_own_checks() {
    let mut template = household_consent();
    let todo = entries(template_texts(&mut template), "en", "sw", &BTreeMap::new());
    assert!(todo.iter().any(|e| e.key == "consent/text"));
    assert!(
        todo.iter()
            .any(|e| e.key.starts_with("purpose/") && e.key.ends_with("/label"))
    );
    let saved: BTreeMap<String, String> = todo
        .iter()
        .map(|e| (e.key.clone(), format!("sw {}", e.key)))
        .collect();
    apply(template_texts(&mut template), "sw", &saved);
    assert_eq!(template.problems(), Vec::<String>::new());
    // Half a translation is refused by the same checks, naming what is missing.
    let mut half = household_consent();
    let only_text = BTreeMap::from([("consent/text".to_string(), "Tunakusanya".to_string())]);
    apply(template_texts(&mut half), "sw", &only_text);
    assert!(
        half.problems()
            .iter()
            .any(|p| p.contains(".label.sw: missing")),
        "{:?}",
        half.problems()
    );
}

#[test]
fn language_codes_are_tags() {
    assert!(is_language_code("sw"));
    assert!(is_language_code("fa-AF"));
    for bad in ["", "1x", "sw/../x", "s w", &"a".repeat(36)] {
        assert!(!is_language_code(bad), "{bad}");
    }
}
