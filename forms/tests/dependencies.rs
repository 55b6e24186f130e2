//! `forms` is compiled into the phone and into the server: it must never pull in the
//! server's frameworks (axum, sqlx, tokio) nor the client's (leptos), whatever its features
//! and whichever of the two targets. Asked of `cargo tree` (cargo is on PATH wherever the
//! tests run).

use std::process::Command;

/// Crates `forms` must not depend on, with their families (`sqlx-core`, `leptos_dom`).
const FORBIDDEN: &[&str] = &["axum", "sqlx", "leptos", "tokio"];

/// The forbidden crates in the output of `cargo tree --prefix none` (one `name vX.Y.Z …`
/// per line).
fn forbidden_in(tree: &str) -> Vec<&str> {
    let mut found: Vec<&str> = tree
        .lines()
        .filter_map(|line| line.split_whitespace().next())
        .filter(|name| {
            FORBIDDEN.iter().any(|f| {
                name.strip_prefix(f)
                    .is_some_and(|rest| rest.is_empty() || rest.starts_with(['-', '_']))
            })
        })
        .collect();
    found.sort_unstable();
    found.dedup();
    found
}

#[test]
fn the_check_sees_a_framework_and_its_family() {
    let tree = "forms v0.1.0 (/work/forms)\nserde v1.0.0\ntokio v1.40.0\nsqlx-core v0.8.0\n\
                leptos_dom v0.8.0\naxum v0.8.0 (*)\ntokio-util v0.7.0\ntokionese v1.0.0\n";
    assert_eq!(
        forbidden_in(tree),
        ["axum", "leptos_dom", "sqlx-core", "tokio", "tokio-util"]
    );
    assert!(forbidden_in("forms v0.1.0\nserde v1.0.0\n").is_empty());
}

#[test]
fn forms_pulls_in_no_server_or_client_framework() {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let output = Command::new(cargo)
        .args([
            "tree",
            "-p",
            "forms",
            "-e",
            "normal,build",
            "--prefix",
            "none",
        ])
        .args(["--all-features", "--target", "host-tuple"])
        .args(["--target", "wasm32-unknown-unknown"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo runs");
    let tree = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "cargo tree failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    // What the tree must hold, so that an empty or unexpected output cannot pass: forms
    // itself, a dependency of every target, and the browser's bindings of the wasm one.
    for expected in ["forms", "serde", "js-sys"] {
        assert!(
            tree.lines()
                .any(|l| l.split_whitespace().next() == Some(expected)),
            "{expected} is missing from the tree:\n{tree}"
        );
    }
    assert_eq!(forbidden_in(&tree), Vec::<&str>::new(), "{tree}");
}
