//! UI strings from the Fluent files in `locales/`, compiled into the binary at build time
//! (see `forms/build.rs`) so the app works offline and ships no Fluent runtime. Every message
//! exists in every language (the build checks it); a message missing at run time shows its
//! id rather than nothing, so a gap is visible and reportable.
//!
//! ```
//! use forms::i18n::tr_args;
//! let text = tr_args("fr", "interview-page", &[("n", "2".into()), ("total", "8".into())]);
//! assert_eq!(text, "Page 2 sur 8");
//! ```

/// A piece of a compiled message: literal text, or a `{ $variable }` to fill in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Piece {
    Text(&'static str),
    Var(&'static str),
}

include!(concat!(env!("OUT_DIR"), "/messages.rs"));

/// The UI languages: code, name in the language itself, right to left.
pub fn ui_languages() -> &'static [(&'static str, &'static str, bool)] {
    LANGUAGES
}

/// Whether a UI language is written right to left.
pub fn is_rtl(lang: &str) -> bool {
    LANGUAGES.iter().any(|(c, _, rtl)| *c == lang && *rtl)
}

/// The UI language to use for a requested one: itself if known, else English.
pub fn supported(lang: &str) -> &'static str {
    let base = lang.split(['-', '_']).next().unwrap_or("en");
    LANGUAGES
        .iter()
        .find(|(c, ..)| *c == base)
        .map_or("en", |(c, ..)| c)
}

fn lookup(lang: &str, id: &str) -> Option<&'static [Piece]> {
    let language = LANGUAGES.iter().position(|(c, ..)| *c == lang)?;
    let message = IDS.binary_search(&id).ok()?;
    Some(CATALOGS[language][message])
}

/// A message with named arguments (`{ $count }`), in `lang`, falling back to English.
/// An argument the message does not name is ignored; one it names but is not given shows
/// as `{$name}`, as Fluent does.
pub fn tr_args(lang: &str, id: &str, args: &[(&str, String)]) -> String {
    let Some(pieces) = lookup(supported(lang), id).or_else(|| lookup("en", id)) else {
        return id.to_string();
    };
    let mut out = String::new();
    for piece in pieces {
        match piece {
            Piece::Text(t) => out.push_str(t),
            Piece::Var(name) => match args.iter().find(|(k, _)| k == name) {
                Some((_, v)) => out.push_str(v),
                None => {
                    out.push_str("{$");
                    out.push_str(name);
                    out.push('}');
                }
            },
        }
    }
    out
}

/// A message without arguments.
pub fn tr(lang: &str, id: &str) -> String {
    tr_args(lang, id, &[])
}

/// Every message id (English), for checks that each code the program emits has a text.
pub fn message_ids() -> impl Iterator<Item = &'static str> {
    IDS.iter().copied()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::Problem;

    #[test]
    fn every_language_has_the_same_messages_with_the_same_variables() {
        assert!(message_ids().count() > 50);
        let vars = |lang: usize, id: &str| -> Vec<&str> {
            let i = IDS.binary_search(&id).unwrap();
            let mut v: Vec<&str> = CATALOGS[lang][i]
                .iter()
                .filter_map(|p| match p {
                    Piece::Var(n) => Some(*n),
                    Piece::Text(_) => None,
                })
                .collect();
            v.sort();
            v
        };
        for (i, (code, ..)) in LANGUAGES.iter().enumerate() {
            assert_eq!(CATALOGS[i].len(), IDS.len(), "{code}");
            for id in message_ids() {
                assert_eq!(vars(i, id), vars(0, id), "{code}: {id}");
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
            Problem::NotATime,
            Problem::NotAGeopoint,
            Problem::UnknownChoice,
            Problem::UnknownField,
            Problem::NotRelevant,
            Problem::CalculationMismatch,
            Problem::WrongShape,
        ];
        let ids: Vec<&str> = message_ids().collect();
        for p in problems {
            assert!(ids.contains(&p.message_id()), "{}", p.message_id());
        }
        for e in [
            crate::Error::WrongPassphrase,
            crate::Error::Tampered { id: "x".into() },
            crate::Error::Malformed { id: "x".into() },
            crate::Error::WeakParameters(String::new()),
            crate::Error::Random,
        ] {
            assert!(ids.contains(&e.code()), "{}", e.code());
        }
    }

    #[test]
    fn arguments_fill_placeables_and_missing_ones_show() {
        assert_eq!(
            tr_args("en", "interview-member", &[("n", "3".into())]),
            "Person 3"
        );
        assert_eq!(tr("en", "interview-member"), "Person {$n}");
    }

    #[test]
    fn arabic_is_right_to_left_and_unknown_languages_fall_back() {
        assert!(is_rtl("ar") && !is_rtl("fr"));
        assert_eq!(supported("fr-CA"), "fr");
        assert_eq!(supported("sw"), "en");
        assert_eq!(tr("sw", "home-new"), tr("en", "home-new"));
        assert_ne!(tr("ar", "home-new"), tr("en", "home-new"));
        assert_eq!(tr("en", "no-such-message"), "no-such-message");
    }
}
