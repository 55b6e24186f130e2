//! The automatic half of accessibility: axe-core's WCAG 2.0–2.2 A and AA rules, run inside
//! the page on each screen a browser test visits (the harness's screen-changing steps and
//! every screenshot call it), so a screen that breaks a rule fails the test that drew it.
//!
//! axe-core is Deque's engine (MPL-2.0), installed by `scripts/setup.sh --browser` from
//! npm under `~/.cache/sauti-tools/axe-core` with its licence beside it (`SAUTI_AXE` names
//! another copy of `axe.min.js`). It is not in the repository: the tests read it where
//! setup put it, and say how to get it when it is missing.
//!
//! What axe cannot judge (is the focus ring visible enough, does focus move to the new
//! screen, does text carry its language) the tests check themselves; see
//! `tests/tests/browser/accessibility.rs`.

use std::path::PathBuf;
use std::sync::OnceLock;

use anyhow::{Context, Result, bail};
use serde_json::{Value, json};

use crate::Harness;

/// The axe-core tags of the success criteria checked: WCAG 2.0, 2.1 and 2.2, levels A
/// and AA (not axe's "best practice" rules, which are advice, not criteria).
const TAGS: [&str; 6] = [
    "wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa",
];

/// `axe.min.js`, read once per test binary.
fn source() -> Result<&'static str> {
    static SOURCE: OnceLock<Result<String, String>> = OnceLock::new();
    let read = SOURCE.get_or_init(|| {
        let path = std::env::var_os("SAUTI_AXE")
            .map(PathBuf::from)
            .unwrap_or_else(|| {
                let tools = std::env::var_os("SAUTI_TOOLS")
                    .map(PathBuf::from)
                    .unwrap_or_else(|| {
                        PathBuf::from(std::env::var_os("HOME").unwrap_or_default())
                            .join(".cache/sauti-tools")
                    });
                tools.join("axe-core/node_modules/axe-core/axe.min.js")
            });
        std::fs::read_to_string(&path).map_err(|e| {
            format!(
                "axe-core not found at {} ({e}): run scripts/setup.sh --browser",
                path.display()
            )
        })
    });
    read.as_deref().map_err(|e| anyhow::anyhow!("{e}"))
}

/// One rule broken on a screen, as a test failure reads it.
fn describe(violation: &Value) -> String {
    let nodes = violation["nodes"].as_array().cloned().unwrap_or_default();
    let mut out = format!(
        "{} ({}): {}",
        violation["id"].as_str().unwrap_or("?"),
        violation["impact"].as_str().unwrap_or("?"),
        violation["help"].as_str().unwrap_or("?"),
    );
    for node in nodes.iter().take(5) {
        out.push_str(&format!(
            "\n    at {} — {}",
            node["target"],
            node["failureSummary"]
                .as_str()
                .unwrap_or_default()
                .replace('\n', " ")
        ));
    }
    if nodes.len() > 5 {
        out.push_str(&format!("\n    … and {} more", nodes.len() - 5));
    }
    out
}

impl Harness {
    /// Run axe-core's WCAG A/AA rules on the page as it is now; any violation fails with
    /// the rule, the elements and what is wrong, naming `screen`.
    pub async fn accessible(&self, screen: &str) -> Result<()> {
        let source = source()?;
        // Injected once per page: a reload or a new page loads it again.
        let present = self
            .browser
            .execute("return typeof window.axe === 'object';", vec![])
            .await?;
        if present != Value::Bool(true) {
            self.browser
                .execute(&format!("{source}\n;window.axe = axe;"), vec![])
                .await
                .context("injecting axe-core")?;
        }
        let result = self
            .browser
            .execute_async(
                "const [tags, done] = arguments;
                 axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
                    .then(r => done(r.violations), e => done({ error: String(e) }));",
                vec![json!(TAGS)],
            )
            .await
            .with_context(|| format!("running axe-core on {screen}"))?;
        if let Some(error) = result.get("error") {
            bail!("axe-core failed on {screen}: {error}");
        }
        let violations = result.as_array().cloned().unwrap_or_default();
        if !violations.is_empty() {
            let all: Vec<String> = violations.iter().map(describe).collect();
            bail!(
                "{} WCAG violation(s) on {screen}:\n  {}",
                all.len(),
                all.join("\n  ")
            );
        }
        Ok(())
    }
}
