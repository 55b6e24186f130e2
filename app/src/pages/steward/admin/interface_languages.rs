//! The interface's languages on the translation page (issue 24): for each `.ftl` file,
//! how many of English's messages it has ("n of m", read from the files the app itself
//! downloads, so it counts what phones get), who wrote it and whether a speaker reviewed
//! it (its header, compiled in by `forms::i18n`); the translations not yet reviewed are
//! listed apart, so a project knows which to have checked before it relies on them.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api;
use crate::i18n::{t, ui};

/// The message ids an `.ftl` file defines: lines that start a message (`id =`).
fn ids(source: &str) -> std::collections::BTreeSet<&str> {
    source
        .lines()
        .filter(|l| l.starts_with(|c: char| c.is_ascii_alphabetic()))
        .filter_map(|l| l.split_once('=').map(|(id, _)| id.trim()))
        .filter(|id| id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
        .collect()
}

/// One language's row: code, name, messages present, translator, review line, reviewed.
#[derive(Clone)]
struct Row {
    code: &'static str,
    name: &'static str,
    present: Option<usize>,
    translator: &'static str,
    review: &'static str,
    reviewed: bool,
}

#[component]
pub(crate) fn InterfaceLanguages() -> impl IntoView {
    let ui = ui();
    let total = RwSignal::new(None::<usize>);
    let rows = RwSignal::new(Vec::<Row>::new());
    spawn_local(async move {
        let english = api::get_text("/locales/en.ftl").await.unwrap_or_default();
        let en = ids(&english);
        total.set(Some(en.len()));
        let names = forms::i18n::ui_languages();
        let mut out = Vec::new();
        for (tr, (_, name, _)) in forms::i18n::translations().zip(names) {
            let present = match api::get_text(&format!("/locales/{}.ftl", tr.lang)).await {
                Ok(source) => Some(ids(&source).intersection(&en).count()),
                Err(_) => None,
            };
            out.push(Row {
                code: tr.lang,
                name,
                present,
                translator: tr.translator,
                review: tr.review,
                reviewed: tr.reviewed,
            });
        }
        rows.set(out);
    });
    view! {
        <section class="card" aria-labelledby="interface-languages-heading">
            <h2 id="interface-languages-heading">{t("admin-translate-interface")}</h2>
            <table id="interface-languages" class="translate-table">
                <thead><tr>
                    <th scope="col">{t("admin-translate-interface-language")}</th>
                    <th scope="col">{t("admin-translate-interface-complete")}</th>
                    <th scope="col">{t("admin-translate-interface-review")}</th>
                </tr></thead>
                <tbody>
                    {move || rows.get().into_iter().map(|r| {
                        let done = match (r.present, total.get()) {
                            (Some(n), Some(m)) => ui.t_with("admin-translate-done", &[("done", n.to_string()), ("total", m.to_string())]),
                            _ => "—".to_string(),
                        };
                        view! {
                            <tr data-lang=r.code data-reviewed=r.reviewed.to_string()>
                                <td lang=r.code dir="auto">{format!("{} ({})", r.name, r.code)}</td>
                                <td>{done}</td>
                                <td><span class=if r.reviewed { "badge reviewed" } else { "badge unreviewed" }>{r.review}</span>
                                    <br/><small class="muted">{r.translator}</small></td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
            <h3>{t("admin-translate-unreviewed")}</h3>
            <ul id="interface-unreviewed">
                {move || rows.get().into_iter().filter(|r| !r.reviewed).map(|r| view! {
                    <li data-lang=r.code>{format!("{} ({})", r.name, r.code)}</li>
                }).collect_view()}
            </ul>
        </section>
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn message_ids_are_read_from_the_start_of_lines() {
        let ids = super::ids(
            "# header\napp-title = Sauti\nwait = { $n ->\n    [one] one\n   *[other] many\n}\n\nlang-label = Language\n",
        );
        assert_eq!(
            ids.into_iter().collect::<Vec<_>>(),
            ["app-title", "lang-label", "wait"]
        );
    }
}
