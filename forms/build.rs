//! Compiles the Fluent files in `locales/` into a static table at build time.
//!
//! Each file is read twice: by `fluent-syntax`, the reference Rust parser, so the files stay
//! plain Fluent, and by `src/i18n/ftl.rs`, the small reader the phone uses for a language it
//! downloads; both must read every message alike, or the build fails naming it. Compiling
//! (instead of shipping `fluent-bundle` and the sources) keeps about 50 KB of runtime and
//! text out of the phone's download. What the table supports: text, `{ $variable }`,
//! `{ NUMBER($variable) }` and selectors whose keys are CLDR plural categories the language
//! has (`src/i18n/cldr.rs`), numbers or words. Anything else (terms, other functions, nested
//! selectors, attributes) fails the build with the message's name, so a translator's change
//! can never break silently at run time; every language must have every message of English
//! with the same variables, and a header naming its translator and review status.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;
use std::path::Path;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, PatternElement, VariantKey};

#[allow(dead_code)]
#[path = "src/i18n/cldr.rs"]
mod cldr;
#[allow(dead_code)]
#[path = "src/i18n/ftl.rs"]
mod ftl;

use ftl::Part;

/// UI languages: code (the file's name), name in the language itself, right to left.
/// English first: the others fall back to it.
const LANGUAGES: &[(&str, &str, bool)] = &[
    ("en", "English", false),
    ("fr", "Français", false),
    ("ar", "العربية", true),
    ("es", "Español", false),
    ("pt", "Português", false),
    ("sw", "Kiswahili", false),
    ("ha", "Hausa", false),
    ("so", "Soomaali", false),
    ("am", "አማርኛ", false),
    ("fa-AF", "دری", true),
    ("ps", "پښتو", true),
    ("bn", "বাংলা", false),
    ("uk", "Українська", false),
];

/// Message ids of the server-side pages, kept out of the phone's bundle.
const DESK_PREFIXES: &[&str] = &[
    "steward-",
    "admin-",
    "review-",
    "exports-",
    "community-",
    "dashboard-",
];

/// A message as `fluent-syntax` reads it, in `ftl`'s terms, or why the table cannot hold it.
fn reference(
    pattern: &fluent_syntax::ast::Pattern<&str>,
    nested: bool,
) -> Result<Vec<Part<'static>>, String> {
    let leak = |s: &str| -> &'static str { Box::leak(s.to_string().into_boxed_str()) };
    let mut parts = Vec::new();
    for element in &pattern.elements {
        let part = match element {
            PatternElement::TextElement { value } => Part::Text(leak(value)),
            PatternElement::Placeable { expression } => match expression {
                Expression::Inline(inline) => inline_part(inline, leak)?,
                Expression::Select { selector, variants } if !nested => {
                    let var = match selector {
                        InlineExpression::VariableReference { id } => id.name,
                        InlineExpression::FunctionReference { id, arguments }
                            if id.name == "NUMBER" && arguments.named.is_empty() =>
                        {
                            match arguments.positional.as_slice() {
                                [InlineExpression::VariableReference { id }] => id.name,
                                _ => return Err("NUMBER() takes one $variable".into()),
                            }
                        }
                        _ => return Err("a selector reads a $variable or NUMBER($variable)".into()),
                    };
                    let mut list = Vec::new();
                    let mut default = 0;
                    for (i, v) in variants.iter().enumerate() {
                        let key = match &v.key {
                            VariantKey::Identifier { name } => *name,
                            VariantKey::NumberLiteral { value } => *value,
                        };
                        if v.default {
                            default = i;
                        }
                        list.push((leak(key), reference(&v.value, true)?));
                    }
                    Part::Select(leak(var), list, default)
                }
                Expression::Select { .. } => return Err("selectors do not nest".into()),
            },
        };
        parts.push(part);
    }
    Ok(parts)
}

fn inline_part(
    inline: &InlineExpression<&str>,
    leak: impl Fn(&str) -> &'static str,
) -> Result<Part<'static>, String> {
    Ok(match inline {
        InlineExpression::VariableReference { id } => Part::Var(leak(id.name)),
        InlineExpression::StringLiteral { value } if !value.contains('\\') => {
            Part::Text(leak(value))
        }
        InlineExpression::FunctionReference { id, arguments }
            if id.name == "NUMBER" && arguments.named.is_empty() =>
        {
            match arguments.positional.as_slice() {
                [InlineExpression::VariableReference { id }] => Part::Number(leak(id.name)),
                _ => return Err("NUMBER() takes one $variable".into()),
            }
        }
        _ => {
            return Err(
                "only text, { $variable }, { NUMBER($variable) } and selectors are supported"
                    .into(),
            );
        }
    })
}

/// Adjacent text pieces as one, so the two readers' splits compare equal.
fn merged(parts: &[Part<'static>]) -> Vec<Part<'static>> {
    let mut out: Vec<Part<'static>> = Vec::new();
    for part in parts {
        match (out.last_mut(), part) {
            (Some(Part::Text(a)), Part::Text(b)) => {
                *a = Box::leak(format!("{a}{b}").into_boxed_str());
            }
            (_, Part::Text("")) => {}
            (_, Part::Select(v, variants, d)) => out.push(Part::Select(
                v,
                variants.iter().map(|(k, p)| (*k, merged(p))).collect(),
                *d,
            )),
            (_, p) => out.push(p.clone()),
        }
    }
    out
}

/// Every variable a message names (in text, numbers and selectors).
fn variables<'a>(parts: &[Part<'a>], out: &mut BTreeSet<&'a str>) {
    for part in parts {
        match part {
            Part::Text(_) => {}
            Part::Var(v) | Part::Number(v) => {
                out.insert(v);
            }
            Part::Select(v, variants, _) => {
                out.insert(v);
                for (_, p) in variants {
                    variables(p, out);
                }
            }
        }
    }
}

/// The selectors' keys must be numbers, plural categories `lang` has, or (for a selector
/// on words) not category names at all.
fn check_keys(lang: &str, id: &str, parts: &[Part]) {
    let plural_names = ["zero", "one", "two", "few", "many", "other"];
    for part in parts {
        if let Part::Select(_, variants, _) = part {
            for (key, _) in variants {
                let is_number = key.parse::<f64>().is_ok();
                let category = plural_names.contains(key);
                let has = cldr::categories(lang).iter().any(|c| c.key() == *key);
                assert!(
                    is_number || !category || has,
                    "locales/{lang}.ftl: message `{id}` has a variant [{key}], a plural category \
                     {lang} does not have (CLDR: {:?})",
                    cldr::categories(lang)
                        .iter()
                        .map(|c| c.key())
                        .collect::<Vec<_>>()
                );
            }
        }
    }
}

/// The file's messages, read by both readers and checked alike.
fn compile(lang: &'static str, source: &'static str) -> BTreeMap<&'static str, Vec<Part<'static>>> {
    let resource = fluent_syntax::parser::parse(source).unwrap_or_else(|(_, errors)| {
        panic!("locales/{lang}.ftl does not parse: {errors:?}");
    });
    let mut messages = BTreeMap::new();
    for entry in &resource.body {
        match entry {
            Entry::Message(m) => {
                let id = m.id.name;
                let Some(pattern) = &m.value else {
                    panic!("locales/{lang}.ftl: message `{id}` has no value");
                };
                assert!(
                    m.attributes.is_empty(),
                    "locales/{lang}.ftl: message `{id}` has attributes"
                );
                let parts = reference(pattern, false).unwrap_or_else(|e| {
                    panic!("locales/{lang}.ftl: message `{id}`: {e} (see forms/build.rs)")
                });
                if messages.insert(id, parts).is_some() {
                    panic!("locales/{lang}.ftl: message `{id}` is defined twice");
                }
            }
            Entry::Term(t) => panic!(
                "locales/{lang}.ftl: terms (-{}) are not supported",
                t.id.name
            ),
            Entry::Junk { content } => {
                panic!("locales/{lang}.ftl: cannot read `{}`", content.trim())
            }
            _ => {}
        }
    }
    // What the phone reads must be what Fluent reads.
    let read = ftl::messages(source).unwrap_or_else(|(line, e)| {
        panic!("locales/{lang}.ftl line {line}: {e} (see forms/src/i18n/ftl.rs)")
    });
    assert_eq!(
        read.len(),
        messages.len(),
        "locales/{lang}.ftl: the phone's reader finds another number of messages"
    );
    let mut out = BTreeMap::new();
    for (id, parts) in read {
        let reference = messages.get(id).unwrap_or_else(|| {
            panic!("locales/{lang}.ftl: the phone's reader finds `{id}`, Fluent does not")
        });
        // `ftl` writes a variable a selector reads as a number; Fluent does too (the
        // argument is a number), so compare with that difference taken out.
        let plain = |parts: &[Part<'static>]| -> Vec<Part<'static>> {
            merged(parts)
                .into_iter()
                .map(|p| match p {
                    Part::Number(v) => Part::Var(v),
                    Part::Select(v, variants, d) => Part::Select(
                        v,
                        variants
                            .into_iter()
                            .map(|(k, p)| {
                                (
                                    k,
                                    p.into_iter()
                                        .map(|p| {
                                            if let Part::Number(v) = p {
                                                Part::Var(v)
                                            } else {
                                                p
                                            }
                                        })
                                        .collect(),
                                )
                            })
                            .collect(),
                        d,
                    ),
                    p => p,
                })
                .collect()
        };
        assert_eq!(
            plain(&parts),
            plain(reference),
            "locales/{lang}.ftl: message `{id}` reads differently on the phone than in Fluent \
             (write selectors with one variant per line, see forms/src/i18n/ftl.rs)"
        );
        check_keys(lang, id, &parts);
        out.insert(id, parts);
    }
    out
}

/// The header's `# Translator:` and `# Review:` lines.
fn header(lang: &str, source: &str) -> (String, String) {
    let field = |name: &str| {
        source
            .lines()
            .take_while(|l| l.starts_with('#'))
            .find_map(|l| l.strip_prefix(name).map(|v| v.trim().to_string()))
            .unwrap_or_else(|| {
                panic!("locales/{lang}.ftl: the header comment needs a `{name} …` line (who wrote it, who reviewed it)")
            })
    };
    let review = field("# Review:");
    assert!(
        ["source text", "reviewed by ", "not yet reviewed"]
            .iter()
            .any(|p| review.starts_with(p)),
        "locales/{lang}.ftl: `# Review:` starts with `reviewed by <who>, <date>`, `not yet reviewed` or `source text`"
    );
    (field("# Translator:"), review)
}

fn pieces(out: &mut String, parts: &[Part]) {
    out.push_str("&[");
    for p in parts {
        match p {
            Part::Text(t) => write!(out, "Piece::Text({t:?}), ").unwrap(),
            Part::Var(v) => write!(out, "Piece::Var({v:?}), ").unwrap(),
            Part::Number(v) => write!(out, "Piece::Number({v:?}), ").unwrap(),
            Part::Select(v, variants, default) => {
                write!(out, "Piece::Select(&Select {{ var: {v:?}, variants: &[").unwrap();
                for (key, p) in variants {
                    write!(out, "({key:?}, ").unwrap();
                    pieces(out, p);
                    out.push_str("), ");
                }
                write!(out, "], default: {default} }}), ").unwrap();
            }
        }
    }
    out.push(']');
}

/// Languages the build requires complete (every message, the same variables), as it always
/// has; a message missing elsewhere falls back to English with a warning, so adding a
/// message to en, fr and ar never stops anyone's build, and `forms::i18n`'s tests fail
/// until it is translated.
const COMPLETE_AT_BUILD: &[&str] = &["en", "fr", "ar"];

fn main() {
    // Read when the script runs, not when it was compiled: a build script binary compiled
    // for one checkout and reused by another (a shared target directory) would otherwise
    // read, and watch, the first checkout's locales.
    let manifest = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let root = Path::new(&manifest).join("../locales");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut catalogs = Vec::new();
    let mut headers = Vec::new();
    for (code, _, _) in LANGUAGES {
        let path = root.join(format!("{code}.ftl"));
        println!("cargo:rerun-if-changed={}", path.display());
        let source =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let source: &'static str = Box::leak(source.into_boxed_str());
        headers.push(header(code, source));
        catalogs.push((*code, compile(code, source)));
    }
    let english = catalogs[0].1.clone();
    for (code, messages) in &mut catalogs[1..] {
        let strict = COMPLETE_AT_BUILD.contains(code);
        let mut problems = Vec::new();
        for (id, parts) in &english {
            let Some(theirs) = messages.get(id) else {
                problems.push(format!("locales/{code}.ftl lacks `{id}` (en.ftl has it)"));
                messages.insert(id, parts.clone());
                continue;
            };
            let (mut a, mut b) = (BTreeSet::new(), BTreeSet::new());
            variables(parts, &mut a);
            variables(theirs, &mut b);
            if a != b {
                problems.push(format!(
                    "locales/{code}.ftl: `{id}` names {b:?}, en.ftl {a:?}"
                ));
            }
        }
        messages.retain(|id, _| {
            let known = english.contains_key(id);
            if !known {
                problems.push(format!("locales/{code}.ftl has `{id}`, which en.ftl lacks"));
            }
            known
        });
        if let Some(first) = problems.first() {
            assert!(!strict, "{}", problems.join("\n"));
            // One line per language: the build goes on, `forms::i18n`'s tests list them all.
            println!(
                "cargo:warning={first} and {} other problems: English is shown until \
                 translated (cargo test -p forms --lib i18n lists them)",
                problems.len() - 1
            );
        }
    }
    // Phones get English compiled in and load the others when chosen (`i18n::load`), so
    // each new UI language does not grow the first download. Native builds keep all.
    let compiled = if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") {
        1
    } else {
        catalogs.len()
    };
    println!("cargo:rerun-if-env-changed=CARGO_CFG_TARGET_ARCH");

    let mut out = String::from("// Generated by forms/build.rs from locales/*.ftl. Do not edit.\n");
    out.push_str("pub(crate) const LANGUAGES: &[(&str, &str, bool)] = &[\n");
    for (code, name, rtl) in LANGUAGES {
        writeln!(out, "    ({code:?}, {name:?}, {rtl}),").unwrap();
    }
    out.push_str("];\n\n/// Per language, whether a speaker reviewed it (or it is the source).\n");
    out.push_str("pub(crate) static REVIEWED: &[bool] = &[");
    for (_, review) in &headers {
        write!(out, "{}, ", !review.starts_with("not yet")).unwrap();
    }
    out.push_str("];\n\n/// Per language, its header's translator and review lines.\n");
    out.push_str("pub(crate) static TRANSLATIONS: &[(&str, &str)] = &[\n");
    for (translator, review) in &headers {
        writeln!(out, "    ({translator:?}, {review:?}),").unwrap();
    }
    // Messages of the server-side pages (steward, reviewer, partner, admin) go in a table of
    // their own, which only the steward bundle links in: the phone's download carries none.
    let desk = |id: &str| DESK_PREFIXES.iter().any(|p| id.starts_with(p));
    for (name, part) in [("", false), ("DESK_", true)] {
        out.push_str("];\n\n");
        writeln!(out, "/// Message ids, sorted; shared by every language.").unwrap();
        writeln!(out, "pub(crate) static {name}IDS: &[&str] = &[").unwrap();
        for id in english.keys().filter(|id| desk(id) == part) {
            writeln!(out, "    {id:?},").unwrap();
        }
        out.push_str("];\n\n/// Per language (in `LANGUAGES` order), the messages in id order.\n");
        writeln!(out, "pub(crate) static {name}CATALOGS: &[&[&[Piece]]] = &[").unwrap();
        for (_, messages) in &catalogs[..compiled] {
            out.push_str("    &[\n");
            for (_, parts) in messages.iter().filter(|(id, _)| desk(id) == part) {
                out.push_str("        ");
                pieces(&mut out, parts);
                out.push_str(",\n");
            }
            out.push_str("    ],\n");
        }
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap()).join("messages.rs");
    std::fs::write(dest, out).unwrap();
}
