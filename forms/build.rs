//! Compiles the Fluent files in `locales/` into a static table at build time.
//!
//! The files are parsed by `fluent-syntax`, the reference Rust parser, so they stay plain
//! Fluent. Compiling them (instead of shipping `fluent-bundle` and the sources) keeps about
//! 50 KB of runtime, plural tables and text out of the phone's download. What the compiled
//! table supports: text and `{ $variable }` placeables. A message that uses anything else
//! (selectors, terms, functions) fails the build with its name, so a translator's change
//! can never break silently at run time; every language must have every message.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::path::Path;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, PatternElement};

/// UI languages: code, name in the language itself, right to left.
const LANGUAGES: &[(&str, &str, bool)] = &[
    ("en", "English", false),
    ("fr", "Français", false),
    ("ar", "العربية", true),
];

/// Message ids of the server-side pages, kept out of the phone's bundle.
const DESK_PREFIXES: &[&str] = &["steward-", "admin-", "review-", "exports-", "community-"];

enum Piece {
    Text(String),
    Var(String),
}

fn compile(lang: &str, source: &str) -> BTreeMap<String, Vec<Piece>> {
    let resource = fluent_syntax::parser::parse(source).unwrap_or_else(|(_, errors)| {
        panic!("locales/{lang}.ftl does not parse: {errors:?}");
    });
    let mut messages = BTreeMap::new();
    for entry in resource.body {
        match entry {
            Entry::Message(m) => {
                let id = m.id.name.to_string();
                let Some(pattern) = m.value else {
                    panic!("locales/{lang}.ftl: message `{id}` has no value");
                };
                let mut pieces = Vec::new();
                for element in pattern.elements {
                    match element {
                        PatternElement::TextElement { value } => {
                            pieces.push(Piece::Text(value.to_string()))
                        }
                        PatternElement::Placeable {
                            expression:
                                Expression::Inline(InlineExpression::VariableReference { id: var }),
                        } => pieces.push(Piece::Var(var.name.to_string())),
                        PatternElement::Placeable {
                            expression:
                                Expression::Inline(InlineExpression::StringLiteral { value }),
                        } => pieces.push(Piece::Text(value.to_string())),
                        _ => panic!(
                            "locales/{lang}.ftl: message `{id}` uses a Fluent feature the compiled catalogue \
                             does not support (only text and {{ $variables }}); see forms/build.rs"
                        ),
                    }
                }
                if messages.insert(id.clone(), pieces).is_some() {
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
    messages
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales");
    let mut catalogs = Vec::new();
    for (code, _, _) in LANGUAGES {
        let path = root.join(format!("{code}.ftl"));
        println!("cargo:rerun-if-changed={}", path.display());
        let source =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        catalogs.push((*code, compile(code, &source)));
    }
    let english: Vec<&String> = catalogs[0].1.keys().collect();
    for (code, messages) in &catalogs[1..] {
        let theirs: Vec<&String> = messages.keys().collect();
        for id in &english {
            assert!(
                messages.contains_key(*id),
                "locales/{code}.ftl lacks `{id}` (en.ftl has it)"
            );
        }
        for id in &theirs {
            assert!(
                catalogs[0].1.contains_key(*id),
                "locales/{code}.ftl has `{id}`, which en.ftl lacks"
            );
        }
    }

    // The runtime loader (`i18n::load`) reads one message per line; keep the files so.
    for (code, _, _) in LANGUAGES {
        let source = std::fs::read_to_string(root.join(format!("{code}.ftl"))).unwrap();
        for (n, line) in source.lines().enumerate() {
            assert!(
                line.is_empty() || line.starts_with('#') || line.split_once(" = ").is_some(),
                "locales/{code}.ftl line {}: one message per line, `id = text` (multi-line \
                 messages cannot be loaded at run time)",
                n + 1
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
    // Messages of the server-side pages (steward, reviewer, partner, admin) go in a table of
    // their own, which only the steward bundle links in: the phone's download carries none.
    let desk = |id: &str| DESK_PREFIXES.iter().any(|p| id.starts_with(p));
    for (name, part) in [("", false), ("DESK_", true)] {
        out.push_str("];\n\n");
        writeln!(out, "/// Message ids, sorted; shared by every language.").unwrap();
        writeln!(out, "pub(crate) static {name}IDS: &[&str] = &[").unwrap();
        for id in english.iter().filter(|id| desk(id) == part) {
            writeln!(out, "    {id:?},").unwrap();
        }
        out.push_str("];\n\n/// Per language (in `LANGUAGES` order), the messages in id order.\n");
        writeln!(out, "pub(crate) static {name}CATALOGS: &[&[&[Piece]]] = &[").unwrap();
        for (_, messages) in &catalogs[..compiled] {
            out.push_str("    &[\n");
            for (_, pieces) in messages.iter().filter(|(id, _)| desk(id) == part) {
                out.push_str("        &[");
                for p in pieces {
                    match p {
                        Piece::Text(t) => write!(out, "Piece::Text({t:?}), ").unwrap(),
                        Piece::Var(v) => write!(out, "Piece::Var({v:?}), ").unwrap(),
                    }
                }
                out.push_str("],\n");
            }
            out.push_str("    ],\n");
        }
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap()).join("messages.rs");
    std::fs::write(dest, out).unwrap();
}
