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

/// A catalogue loaded at run time (`load`): the messages in `IDS` order, and the others
/// (the server-side pages') by id.
struct LoadedCatalog {
    code: &'static str,
    messages: Vec<Option<&'static [Piece]>>,
    others: Vec<(&'static str, &'static [Piece])>,
}
static LOADED: std::sync::Mutex<Vec<LoadedCatalog>> = std::sync::Mutex::new(Vec::new());

/// A message of the server-side pages (`DESK_IDS`), compiled in.
fn desk_message(language: usize, id: &str) -> Option<&'static [Piece]> {
    let i = DESK_IDS.binary_search(&id).ok()?;
    DESK_CATALOGS.get(language).map(|catalog| catalog[i])
}

/// On the phone the server-side pages' messages are linked in only by the bundle that
/// calls [`use_desk_messages`]; natively they are always there.
#[cfg(target_arch = "wasm32")]
type Lookup = fn(usize, &str) -> Option<&'static [Piece]>;
#[cfg(target_arch = "wasm32")]
static DESK: std::sync::OnceLock<Lookup> = std::sync::OnceLock::new();

/// Make the messages of the server-side pages (steward, reviewer, partner, admin)
/// available. The steward bundle calls it at start; the phone's bundle never does, so
/// those texts are not in its download.
pub fn use_desk_messages() {
    #[cfg(target_arch = "wasm32")]
    let _ = DESK.set(desk_message);
}

fn desk(language: usize, id: &str) -> Option<&'static [Piece]> {
    #[cfg(target_arch = "wasm32")]
    return DESK.get().and_then(|f| f(language, id));
    #[cfg(not(target_arch = "wasm32"))]
    desk_message(language, id)
}

fn lookup(lang: &str, id: &str) -> Option<&'static [Piece]> {
    let language = LANGUAGES.iter().position(|(c, ..)| *c == lang)?;
    let message = IDS.binary_search(&id).ok();
    if let Some(catalog) = CATALOGS.get(language) {
        return match message {
            Some(i) => Some(catalog[i]),
            None => desk(language, id),
        };
    }
    let loaded = LOADED.lock().ok()?;
    let catalog = loaded.iter().find(|c| c.code == lang)?;
    match message {
        Some(i) => catalog.messages[i],
        None => catalog
            .others
            .iter()
            .find(|(other, _)| *other == id)
            .map(|(_, pieces)| *pieces),
    }
}

/// Whether messages in `lang` can be shown now (compiled in, or loaded).
pub fn is_available(lang: &str) -> bool {
    let Some(language) = LANGUAGES.iter().position(|(c, ..)| *c == lang) else {
        return false;
    };
    language < CATALOGS.len()
        || LOADED
            .lock()
            .is_ok_and(|l| l.iter().any(|c| c.code == lang))
}

/// The pieces of one message's text: literal text and `{ $variable }` placeables.
fn pieces(text: &'static str) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}') else {
            break;
        };
        if open > 0 {
            out.push(Piece::Text(&rest[..open]));
        }
        let inside = rest[open + 1..open + close].trim();
        match inside.strip_prefix('$') {
            Some(var) => out.push(Piece::Var(var)),
            None => out.push(Piece::Text(inside.trim_matches('"'))),
        }
        rest = &rest[open + close + 1..];
    }
    if !rest.is_empty() {
        out.push(Piece::Text(rest));
    }
    out
}

/// Load a UI language from its `.ftl` file (one `id = text` per line, as `build.rs`
/// enforces), so phones download only the languages they use. Messages the file lacks
/// fall back to English. The text is kept for the life of the app.
pub fn load(lang: &str, source: &str) -> bool {
    let Some(&(code, ..)) = LANGUAGES.iter().find(|(c, ..)| *c == lang) else {
        return false;
    };
    let source: &'static str = Box::leak(source.to_string().into_boxed_str());
    let mut catalog = LoadedCatalog {
        code,
        messages: vec![None; IDS.len()],
        others: Vec::new(),
    };
    for line in source.lines() {
        let Some((id, text)) = line.split_once(" = ") else {
            continue;
        };
        let message: &'static [Piece] = Box::leak(pieces(text.trim()).into_boxed_slice());
        match IDS.binary_search(&id.trim()) {
            Ok(i) => catalog.messages[i] = Some(message),
            Err(_) if !id.starts_with('#') => catalog.others.push((id.trim(), message)),
            Err(_) => {}
        }
    }
    let Ok(mut loaded) = LOADED.lock() else {
        return false;
    };
    loaded.retain(|c| c.code != code);
    loaded.push(catalog);
    true
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
    IDS.iter().chain(DESK_IDS).copied()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::Problem;

    #[test]
    fn every_language_has_the_same_messages_with_the_same_variables() {
        assert!(message_ids().count() > 50);
        let vars = |lang: usize, id: &str| -> Vec<&str> {
            let pieces = match IDS.binary_search(&id) {
                Ok(i) => CATALOGS[lang][i],
                Err(_) => desk_message(lang, id).unwrap(),
            };
            let mut v: Vec<&str> = pieces
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
            assert_eq!(DESK_CATALOGS[i].len(), DESK_IDS.len(), "{code}");
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
            tr_args(
                "en",
                "interview-member",
                &[("label", "Children".into()), ("n", "3".into())]
            ),
            "Children – 3"
        );
        assert_eq!(tr("en", "interview-member"), "{$label} – {$n}");
    }

    #[test]
    fn the_server_side_pages_messages_are_a_table_of_their_own() {
        assert!(DESK_IDS.contains(&"steward-title") && !IDS.contains(&"steward-title"));
        assert!(IDS.contains(&"home-new") && !DESK_IDS.contains(&"home-new"));
        assert_eq!(tr("fr", "review-cancel"), "Annuler");
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

    #[test]
    fn the_runtime_loader_reads_each_file_as_the_build_compiled_it() {
        for (i, (code, ..)) in LANGUAGES.iter().enumerate().skip(1) {
            let path = format!("{}/../locales/{code}.ftl", env!("CARGO_MANIFEST_DIR"));
            let source = std::fs::read_to_string(path).unwrap();
            let name = format!("{code}-runtime");
            // Load under the real code, then compare every message with the compiled one.
            assert!(load(code, &source));
            let loaded = LOADED.lock().unwrap();
            let catalog = loaded.iter().find(|c| c.code == *code).unwrap();
            for (m, id) in IDS.iter().enumerate() {
                assert_eq!(catalog.messages[m], Some(CATALOGS[i][m]), "{name}: {id}");
            }
            for (m, id) in DESK_IDS.iter().enumerate() {
                let found = catalog
                    .others
                    .iter()
                    .find(|(o, _)| o == id)
                    .map(|(_, p)| *p);
                assert_eq!(found, Some(DESK_CATALOGS[i][m]), "{name}: {id}");
            }
        }
        assert!(!load("xx", "home-new = x"), "unknown languages are refused");
    }
}
