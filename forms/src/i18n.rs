//! UI strings from the Fluent files in `locales/`, compiled into the binary at build time
//! (see `forms/build.rs`) so the app works offline and ships no Fluent runtime. Every message
//! exists in every language (the build checks it); a message missing at run time shows its
//! id rather than nothing, so a gap is visible and reportable.
//!
//! Messages hold text, `{ $variables }`, numbers written the language's way
//! (`{ NUMBER($n) }`, and a variable a selector reads), and selectors on CLDR plural
//! categories (`cldr`: Arabic has six, Bengali two, Burmese one).
//!
//! ```
//! use forms::i18n::tr_args;
//! let text = tr_args("fr", "interview-page", &[("n", "2".into()), ("total", "8".into())]);
//! assert_eq!(text, "Page 2 sur 8");
//! let wait = |lang, s: &str| tr_args(lang, "unlock-wait", &[("seconds", s.into())]);
//! assert_eq!(wait("en", "1"), "Too many wrong attempts. Try again in 1 second.");
//! assert_eq!(wait("en", "30"), "Too many wrong attempts. Try again in 30 seconds.");
//! ```
//!
//! A message missing from en, fr or ar fails the build; from another language it falls back
//! to English with one build warning, and the i18n tests fail until it is translated. Each
//! file's header names its translator and review status ([`translations`], `is_reviewed`).
//! Native builds compile every language in; wasm only English, the others are served from
//! `app/dist/locales/` and read with [`load`].

pub mod cldr;
pub mod ftl;

/// A piece of a compiled message: literal text, a `{ $variable }` to fill in, a number to
/// write the language's way, or a selector. Twelve bytes on wasm32, as when pieces were
/// only text and variables: the selector is behind a reference, since every piece of the
/// English catalogue compiled into the phone's download has the size of the largest.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Piece {
    Text(&'static str),
    Var(&'static str),
    Number(&'static str),
    Select(&'static Select),
}

/// A selector: its variable, the variants with their keys (plural categories, numbers or
/// words), and the default's index.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Select {
    var: &'static str,
    variants: &'static [(&'static str, &'static [Piece])],
    default: usize,
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

/// What goes between the items of a list in `lang`'s sentences: the Arabic comma in the
/// languages written in Arabic script (a Latin ", " lands at the start of a wrapped line
/// there), the Ethiopic comma in Amharic, ", " elsewhere.
pub fn list_separator(lang: &str) -> &'static str {
    match lang.split(['-', '_']).next().unwrap_or("") {
        "ar" | "fa" | "ps" | "ur" | "prs" => "، ",
        "am" | "ti" => "፣ ",
        _ => ", ",
    }
}

/// The UI language to use for a requested one (a browser's `fa-AF`, `pt-BR`, `prs`):
/// the same tag if known, else one of the same language, else English.
pub fn supported(lang: &str) -> &'static str {
    fn base(tag: &str) -> &str {
        tag.split(['-', '_']).next().unwrap_or("")
    }
    let same_tag = |code: &str| {
        code.len() == lang.len()
            && code
                .bytes()
                .zip(lang.bytes())
                .all(|(c, l)| c.eq_ignore_ascii_case(&l) || (c == b'-' && l == b'_'))
    };
    let wanted = match base(lang) {
        b if b.eq_ignore_ascii_case("prs") => "fa", // ISO 639-3 for Dari
        b => b,
    };
    LANGUAGES
        .iter()
        .find(|(c, ..)| same_tag(c))
        .or_else(|| {
            LANGUAGES
                .iter()
                .find(|(c, ..)| base(c).eq_ignore_ascii_case(wanted))
        })
        .map_or("en", |(c, ..)| c)
}

/// Who wrote a UI language's file and whether a speaker reviewed it, from its header
/// (`# Translator:` and `# Review:` lines, which the build requires).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Translation {
    pub lang: &'static str,
    pub translator: &'static str,
    pub review: &'static str,
    /// Reviewed by a speaker (or the source text, English).
    pub reviewed: bool,
}

/// Every UI language's translator and review status, in `ui_languages` order.
pub fn translations() -> impl Iterator<Item = Translation> {
    LANGUAGES
        .iter()
        .zip(TRANSLATIONS)
        .map(|((lang, ..), (translator, review))| Translation {
            lang,
            translator,
            review,
            reviewed: is_reviewed(lang),
        })
}

/// Whether `lang`'s messages were reviewed by a speaker; false for a machine draft or a
/// translation nobody checked yet, which the app says under its language picker.
pub fn is_reviewed(lang: &str) -> bool {
    LANGUAGES
        .iter()
        .position(|(c, ..)| *c == lang)
        .is_some_and(|i| REVIEWED[i])
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

/// A message as read by `ftl`, kept for the life of the app.
fn leak(parts: Vec<ftl::Part<'static>>) -> &'static [Piece] {
    let pieces: Vec<Piece> = parts
        .into_iter()
        .map(|part| match part {
            ftl::Part::Text(t) => Piece::Text(t),
            ftl::Part::Var(v) => Piece::Var(v),
            ftl::Part::Number(v) => Piece::Number(v),
            ftl::Part::Select(v, variants, default) => {
                let variants: Vec<(&'static str, &'static [Piece])> =
                    variants.into_iter().map(|(k, p)| (k, leak(p))).collect();
                Piece::Select(Box::leak(Box::new(Select {
                    var: v,
                    variants: Box::leak(variants.into_boxed_slice()),
                    default,
                })))
            }
        })
        .collect();
    Box::leak(pieces.into_boxed_slice())
}

/// Load a UI language from its `.ftl` file (read by `ftl`, as `build.rs` checks every
/// file can be), so phones download only the languages they use. Messages the file lacks
/// fall back to English; a file that cannot be read is refused whole. The text is kept for
/// the life of the app.
pub fn load(lang: &str, source: &str) -> bool {
    let Some(&(code, ..)) = LANGUAGES.iter().find(|(c, ..)| *c == lang) else {
        return false;
    };
    let source: &'static str = Box::leak(source.to_string().into_boxed_str());
    let Ok(messages) = ftl::messages(source) else {
        return false;
    };
    let mut catalog = LoadedCatalog {
        code,
        messages: vec![None; IDS.len()],
        others: Vec::new(),
    };
    for (id, parts) in messages {
        let message = leak(parts);
        match IDS.binary_search(&id) {
            Ok(i) => catalog.messages[i] = Some(message),
            Err(_) => catalog.others.push((id, message)),
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
/// as `{$name}`, as Fluent does (and a selector without its argument takes the default).
/// Arguments are text; one a message writes as a number, or selects a plural variant
/// with, is read as a number if it is one (`3`, `12.5`).
pub fn tr_args(lang: &str, id: &str, args: &[(&str, String)]) -> String {
    let lang = supported(lang);
    let (lang, pieces) = match lookup(lang, id) {
        Some(p) => (lang, p),
        None => match lookup("en", id) {
            Some(p) => ("en", p),
            None => return id.to_string(),
        },
    };
    let mut out = String::new();
    render(lang, pieces, args, &mut out);
    out
}

fn render(lang: &str, pieces: &[Piece], args: &[(&str, String)], out: &mut String) {
    let arg = |name: &str| {
        args.iter()
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v.as_str())
    };
    for piece in pieces {
        match *piece {
            Piece::Text(t) => out.push_str(t),
            Piece::Var(name) | Piece::Number(name) => match arg(name) {
                Some(v) if matches!(piece, Piece::Number(_)) => {
                    out.push_str(&cldr::format_number(lang, v))
                }
                Some(v) => out.push_str(v),
                None => {
                    out.push_str("{$");
                    out.push_str(name);
                    out.push('}');
                }
            },
            Piece::Select(&Select {
                var: name,
                variants,
                default,
            }) => {
                let chosen = arg(name).and_then(|v| {
                    let category = cldr::plural(lang, v).key();
                    variants
                        .iter()
                        .find(|(key, _)| *key == v || *key == category)
                });
                if let Some((_, pieces)) = chosen.or(variants.get(default)) {
                    render(lang, pieces, args, out);
                }
            }
        }
    }
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

    #[test]
    fn lists_are_joined_with_the_script_s_own_comma() {
        assert_eq!(list_separator("ar"), "، ");
        assert_eq!(list_separator("fa-AF"), "، ");
        assert_eq!(list_separator("ps"), "، ");
        assert_eq!(list_separator("am"), "፣ ");
        assert_eq!(list_separator("en"), ", ");
        assert_eq!(list_separator("bn"), ", ");
    }

    use super::*;
    use crate::validate::Problem;

    /// Every variable a message names, in text, numbers and selectors.
    fn variables<'a>(parts: &[ftl::Part<'a>], out: &mut std::collections::BTreeSet<&'a str>) {
        for part in parts {
            match part {
                ftl::Part::Text(_) => {}
                ftl::Part::Var(v) | ftl::Part::Number(v) => {
                    out.insert(*v);
                }
                ftl::Part::Select(v, variants, _) => {
                    out.insert(*v);
                    for (_, p) in variants {
                        variables(p, out);
                    }
                }
            }
        }
    }

    /// Every file in `locales/` (a file not yet listed as a UI language too) has every
    /// message of en.ftl, no other, with the same placeables, and a header saying who
    /// wrote it and whether a speaker reviewed it. A message added to en.ftl fails here
    /// until every language has it (the build lets it fall back to English meanwhile).
    #[test]
    fn every_file_has_every_message_of_english_with_its_placeables() {
        let dir = format!("{}/../locales", env!("CARGO_MANIFEST_DIR"));
        let read = |name: &str| std::fs::read_to_string(format!("{dir}/{name}")).unwrap();
        let english_source = read("en.ftl");
        let english: std::collections::BTreeMap<_, _> = ftl::messages(&english_source)
            .unwrap()
            .into_iter()
            .collect();
        assert!(english.len() > 250);
        let mut files: Vec<String> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .filter(|n| n.ends_with(".ftl"))
            .collect();
        files.sort();
        assert_eq!(
            files.len(),
            LANGUAGES.len(),
            "{files:?}: each file is a UI language"
        );
        let mut problems = Vec::new();
        for file in &files {
            let code = file.trim_end_matches(".ftl");
            assert!(
                LANGUAGES.iter().any(|(c, ..)| *c == code),
                "{file} is not a UI language"
            );
            let source = read(file);
            let header: Vec<&str> = source.lines().take_while(|l| l.starts_with('#')).collect();
            for field in ["# Translator: ", "# Review: "] {
                assert!(
                    header.iter().any(|l| l.starts_with(field)),
                    "{file}: no `{field}` line"
                );
            }
            let theirs: std::collections::BTreeMap<_, _> = match ftl::messages(&source) {
                Ok(m) => m.into_iter().collect(),
                Err((line, e)) => panic!("{file} line {line}: {e}"),
            };
            for (id, parts) in &english {
                let Some(translated) = theirs.get(id) else {
                    problems.push(format!("{file} lacks `{id}`"));
                    continue;
                };
                let (mut want, mut have) = Default::default();
                variables(parts, &mut want);
                variables(translated, &mut have);
                if want != have {
                    problems.push(format!("{file}: `{id}` names {have:?}, en.ftl {want:?}"));
                }
            }
            for id in theirs.keys().filter(|id| !english.contains_key(*id)) {
                problems.push(format!("{file} has `{id}`, which en.ftl lacks"));
            }
        }
        assert!(
            problems.is_empty(),
            "{} problems:\n{}",
            problems.len(),
            problems.join("\n")
        );
    }

    #[test]
    fn every_header_says_who_wrote_it_and_whether_a_speaker_reviewed_it() {
        let all: Vec<Translation> = translations().collect();
        assert_eq!(all.len(), LANGUAGES.len());
        assert!(all[0].reviewed && all[0].lang == "en");
        for t in &all[1..] {
            assert!(!t.translator.is_empty(), "{}", t.lang);
            assert_eq!(t.reviewed, !t.review.starts_with("not yet"), "{}", t.lang);
        }
        assert!(!is_reviewed("sw") && !is_reviewed("xx"));
    }

    #[test]
    fn counts_take_their_languages_plural_form() {
        let wait = |lang: &str, s: &str| tr_args(lang, "unlock-wait", &[("seconds", s.into())]);
        assert_eq!(
            wait("en", "1"),
            "Too many wrong attempts. Try again in 1 second."
        );
        assert_eq!(
            wait("en", "0"),
            "Too many wrong attempts. Try again in 0 seconds."
        );
        assert_eq!(
            wait("fr", "0"),
            "Trop d'essais incorrects. Réessayez dans 0 seconde."
        );
        assert_eq!(
            wait("fr", "2"),
            "Trop d'essais incorrects. Réessayez dans 2 secondes."
        );
        let ar = |s: &str| {
            wait("ar", s)
                .trim_start_matches("محاولات خاطئة كثيرة. حاول مرة أخرى بعد ")
                .to_string()
        };
        assert_eq!(ar("0"), "0 ثانية.");
        assert_eq!(ar("1"), "ثانية واحدة.");
        assert_eq!(ar("2"), "ثانيتين.");
        assert_eq!(ar("3"), "3 ثوانٍ.");
        assert_eq!(ar("11"), "11 ثانية.");
        assert_eq!(ar("100"), "100 ثانية.");
        // Ukrainian (Russian-style): one 1, 21; few 2-4, 22; many 0, 5-20, 11-14.
        let uk = |s: &str| {
            wait("uk", s)
                .trim_start_matches("Забагато неправильних спроб. Спробуйте знову через ")
                .to_string()
        };
        for (n, word) in [
            ("1", "секунду."),
            ("21", "секунду."),
            ("2", "секунди."),
            ("4", "секунди."),
            ("22", "секунди."),
            ("0", "секунд."),
            ("5", "секунд."),
            ("11", "секунд."),
            ("12", "секунд."),
            ("14", "секунд."),
            ("20", "секунд."),
            ("111", "секунд."),
        ] {
            assert_eq!(uk(n), format!("{n} {word}"), "uk {n}");
        }
        // Without its argument a selector shows its default variant.
        assert_eq!(
            tr("en", "unlock-wait"),
            "Too many wrong attempts. Try again in {$seconds} seconds."
        );
        // A count is written in the language's digits, and grouped.
        let keep = |lang: &str, d: &str| tr_args(lang, "home-keep", &[("days", d.into())]);
        assert_eq!(
            keep("en", "1000"),
            "Synced records stay on this phone for 1,000 days, then are removed."
        );
        assert!(keep("bn", "30").contains("৩০"), "{}", keep("bn", "30"));
        assert!(
            keep("fa-AF", "30").contains("۳۰"),
            "{}",
            keep("fa-AF", "30")
        );
        assert!(keep("ps", "30").contains("۳۰"), "{}", keep("ps", "30"));
    }

    #[test]
    fn selectors_read_at_run_time_match_numbers_words_and_categories() {
        let source: &'static str = "home-new = { $n ->\n    [0] none\n    [one] one { $n }\n    [many] lots\n   *[other] { NUMBER($n) } more\n}!\n";
        let (id, parts) = ftl::messages(source).unwrap().remove(0);
        assert_eq!(id, "home-new");
        let message = leak(parts);
        let show = |lang: &str, n: &str| {
            let mut out = String::new();
            render(lang, message, &[("n", n.into())], &mut out);
            out
        };
        assert_eq!(show("en", "0"), "none!");
        assert_eq!(show("en", "1"), "one 1!");
        assert_eq!(show("en", "5000"), "5,000 more!");
        assert_eq!(show("fr", "1000000"), "lots!");
        assert_eq!(show("bn", "12"), "১২ more!");
        assert!(
            ftl::messages("x = { $n ->\n  [one] a\n}").is_err(),
            "no default"
        );
        assert!(
            ftl::messages("x = { $n ->\n  *[one] a\n").is_err(),
            "not closed"
        );
        assert!(ftl::messages("x = { -term }").is_err());
        assert!(ftl::messages("x = a } b").is_err());
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
            Problem::NotAGeotrace,
            Problem::NotAGeoshape,
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
        assert!(is_rtl("fa-AF") && is_rtl("ps") && !is_rtl("bn"));
        assert_eq!(supported("fr-CA"), "fr");
        assert_eq!(supported("fa-AF"), "fa-AF");
        assert_eq!(supported("fa_af"), "fa-AF");
        assert_eq!(supported("prs"), "fa-AF");
        assert_eq!(supported("pt-BR"), "pt");
        assert_eq!(supported("sw-KE"), "sw");
        assert_eq!(supported("zu"), "en");
        assert_eq!(tr("zu", "home-new"), tr("en", "home-new"));
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
            // (A message the file lacks is the completeness test's to report.)
            for (m, id) in IDS.iter().enumerate() {
                if let Some(message) = catalog.messages[m] {
                    assert_eq!(message, CATALOGS[i][m], "{name}: {id}");
                }
            }
            for (m, id) in DESK_IDS.iter().enumerate() {
                let found = catalog
                    .others
                    .iter()
                    .find(|(o, _)| o == id)
                    .map(|(_, p)| *p);
                if let Some(found) = found {
                    assert_eq!(found, DESK_CATALOGS[i][m], "{name}: {id}");
                }
            }
        }
        assert!(!load("xx", "home-new = x"), "unknown languages are refused");
    }
}
