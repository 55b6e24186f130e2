//! UI strings from the Fluent files in `locales/`, compiled into the binary so the app
//! works offline. Every message exists in every language (a test checks it); a missing
//! message shows its id rather than nothing, so a gap is visible and reportable.

use std::sync::OnceLock;

pub use fluent_bundle::FluentValue;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};

/// The UI languages, with their Fluent sources.
pub const UI_LANGUAGES: &[(&str, &str, bool, &str)] = &[
    ("en", "English", false, include_str!("../../locales/en.ftl")),
    (
        "fr",
        "Français",
        false,
        include_str!("../../locales/fr.ftl"),
    ),
    ("ar", "العربية", true, include_str!("../../locales/ar.ftl")),
];

struct Catalog {
    bundles: Vec<(&'static str, FluentBundle<FluentResource>)>,
}

fn catalog() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG.get_or_init(|| Catalog {
        bundles: UI_LANGUAGES
            .iter()
            .map(|(code, _, _, source)| {
                let resource = FluentResource::try_new(source.to_string())
                    .unwrap_or_else(|(res, _errors)| res);
                let lang = code.parse().expect("UI language codes are valid");
                let mut bundle = FluentBundle::new_concurrent(vec![lang]);
                // Placeables are plain values (counts, names); isolation marks would leak
                // into copied receipt codes and test assertions.
                bundle.set_use_isolating(false);
                bundle
                    .add_resource(resource)
                    .expect("message ids are unique");
                (*code, bundle)
            })
            .collect(),
    })
}

/// Whether a UI language is written right to left.
pub fn is_rtl(lang: &str) -> bool {
    UI_LANGUAGES.iter().any(|(c, _, rtl, _)| *c == lang && *rtl)
}

/// The UI language to use for a requested one: itself if known, else English.
pub fn supported(lang: &str) -> &'static str {
    let base = lang.split(['-', '_']).next().unwrap_or("en");
    UI_LANGUAGES
        .iter()
        .find(|(c, ..)| *c == base)
        .map_or("en", |(c, ..)| c)
}

/// A message with named arguments (`{ $count }`), in `lang`, falling back to English.
pub fn tr_args(lang: &str, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    let cat = catalog();
    let bundle_for = |code: &str| cat.bundles.iter().find(|(c, _)| *c == code).map(|(_, b)| b);
    for code in [supported(lang), "en"] {
        let Some(bundle) = bundle_for(code) else {
            continue;
        };
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
            continue;
        };
        let mut fluent_args = FluentArgs::new();
        for (k, v) in args {
            fluent_args.set(*k, v.clone());
        }
        let mut errors = Vec::new();
        return bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors)
            .into_owned();
    }
    id.to_string()
}

/// A message without arguments.
pub fn tr(lang: &str, id: &str) -> String {
    tr_args(lang, id, &[])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::Problem;

    fn ids(source: &str) -> Vec<String> {
        source
            .lines()
            .filter(|l| !l.starts_with([' ', '#', '\t']) && l.contains(" ="))
            .map(|l| l.split(" =").next().unwrap_or_default().trim().to_string())
            .collect()
    }

    #[test]
    fn every_language_has_every_message() {
        let english = ids(UI_LANGUAGES[0].3);
        assert!(english.len() > 50, "{} messages", english.len());
        for (code, _, _, source) in UI_LANGUAGES {
            let resource = FluentResource::try_new(source.to_string());
            assert!(resource.is_ok(), "{code}.ftl has syntax errors");
            let theirs = ids(source);
            for id in &english {
                assert!(theirs.contains(id), "{code}.ftl lacks {id}");
            }
            for id in &theirs {
                assert!(
                    english.contains(id),
                    "{code}.ftl has {id}, which en.ftl lacks"
                );
            }
        }
    }

    #[test]
    fn every_error_code_has_a_message() {
        let problems = [
            Problem::Required,
            Problem::Constraint,
            Problem::NotAnInteger,
            Problem::NotANumber,
            Problem::NotADate,
            Problem::UnknownChoice,
            Problem::UnknownField,
            Problem::NotRelevant,
            Problem::CalculationMismatch,
            Problem::WrongShape,
        ];
        let english = ids(UI_LANGUAGES[0].3);
        for p in problems {
            assert!(
                english.iter().any(|id| id == p.message_id()),
                "{}",
                p.message_id()
            );
        }
        for e in [
            crate::Error::WrongPassphrase,
            crate::Error::Tampered { id: "x".into() },
            crate::Error::Malformed { id: "x".into() },
            crate::Error::WeakParameters(String::new()),
            crate::Error::Random,
        ] {
            assert!(english.iter().any(|id| id == e.code()), "{}", e.code());
        }
    }

    #[test]
    fn arabic_is_right_to_left_and_unknown_languages_fall_back() {
        assert!(is_rtl("ar") && !is_rtl("fr"));
        assert_eq!(supported("fr-CA"), "fr");
        assert_eq!(supported("sw"), "en");
        assert_ne!(tr("ar", "app-title"), tr("en", "unlock-title"));
        assert_eq!(tr("en", "no-such-message"), "no-such-message");
    }
}
