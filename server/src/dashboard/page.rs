//! The dashboard as one HTML page: inline CSS, inline SVG bars, no script, no web font
//! (the Noto stack is the phone's own), readable at 360 px and printable as a poster.
//! A table wider than the screen scrolls inside its box, which takes the keyboard's focus
//! (`tabindex="0"`) so it can be scrolled without a pointer.

use std::fmt::Write;

use super::config::{Dashboard, Texts};
use super::figures::{Figures, Grid};

/// What the page shows, in the chosen language.
pub struct View<'a> {
    pub dashboard: &'a Dashboard,
    pub figures: &'a Figures,
    pub lang: &'a str,
    pub rtl: bool,
    /// Every language of the project: (code, name).
    pub languages: &'a [(String, String)],
    /// Row labels, in `lang`.
    pub areas: Vec<String>,
    /// Column labels (`YYYY-MM`, the first one "earlier").
    pub months: Vec<String>,
    /// The purpose's label, in `lang`.
    pub purpose: String,
    /// When the figures were computed (RFC 3339).
    pub computed_at: &'a str,
    /// Feedback received and answered, when the project takes feedback.
    pub feedback: Option<crate::feedback::figures::Figures>,
    /// Actions staff published (beside the policy's own list).
    pub published: Vec<super::actions::Published>,
}

/// One of the page's words, from `locales/*.ftl` (`dashboard-…`): in the page's language
/// when Sauti's interface speaks it, else English.
fn word(lang: &str, key: &str) -> String {
    forms::i18n::tr(lang, &format!("dashboard-{key}"))
}

/// A text in `lang`, else English, else any.
pub fn text<'a>(texts: &'a Texts, lang: &str) -> &'a str {
    texts
        .get(lang)
        .or_else(|| texts.get("en"))
        .or_else(|| texts.values().next())
        .map_or("", String::as_str)
}

pub(crate) fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

pub(crate) fn count(v: Option<u64>) -> String {
    v.map_or_else(|| "\u{2014}".to_string(), |n| n.to_string())
}

pub(crate) const CSS: &str = "\
*{box-sizing:border-box}\
body{margin:0;font:16px/1.45 system-ui,'Noto Sans','Noto Sans Arabic','Noto Naskh Arabic','Noto Sans Bengali','Noto Sans Ethiopic','Noto Sans Devanagari',sans-serif;color:#1b1b1b;background:#fff}\
main{max-width:46rem;margin:0 auto;padding:1rem}\
h1{font-size:1.5rem;line-height:1.2;margin:.2rem 0 .6rem}h2{font-size:1.2rem;margin:1.6rem 0 .5rem;border-bottom:3px solid #0b6e4f}\
h3{font-size:1rem;margin:1rem 0 .3rem}\
nav{font-size:.9rem}nav a{margin-inline-end:.8rem;color:#0b4f8a}\
.note{font-size:.85rem;color:#444}\
svg{width:100%;height:auto;display:block}\
svg text{font:12px system-ui,'Noto Sans','Noto Sans Arabic','Noto Sans Bengali','Noto Sans Ethiopic','Noto Sans Devanagari',sans-serif;fill:#1b1b1b}\
.wide{overflow-x:auto}\
table{border-collapse:collapse;font-size:.85rem}th,td{border:1px solid #bbb;padding:.2rem .4rem;text-align:end}\
th:first-child,td:first-child{text-align:start}\
ol{padding-inline-start:1.2rem}li{margin:.4rem 0}time{font-weight:600;margin-inline-end:.5rem}\
@media print{nav{display:none}body{font-size:13pt}main{max-width:none}h2{break-after:avoid}section{break-inside:avoid}.wide{overflow:visible}a{color:inherit;text-decoration:none}}";

/// Horizontal bars, one per line: (label, value shown, bar length 0..=1 or none).
fn bars(lines: &[(String, String, Option<f64>)], rtl: bool) -> String {
    const WIDTH: f64 = 320.0;
    const LABEL: f64 = 120.0;
    const ROW: f64 = 24.0;
    let height = ROW * lines.len() as f64 + 4.0;
    let mut svg = format!(
        "<svg viewBox=\"0 0 {WIDTH} {height}\" role=\"img\" aria-hidden=\"true\" direction=\"{}\">",
        if rtl { "rtl" } else { "ltr" }
    );
    // In right-to-left pages the chart is mirrored: labels on the right, bars growing left.
    let x = |at: f64, w: f64| if rtl { WIDTH - at - w } else { at };
    // `text-anchor` follows the text's direction: in a right-to-left chart `start` is the
    // right edge, so the same words place labels on the right and values on the left.
    let (start, end) = ("start", "end");
    for (i, (label, value, length)) in lines.iter().enumerate() {
        let y = ROW * i as f64 + 4.0;
        let label_x = x(0.0, 0.0);
        let mut short: String = label.chars().take(18).collect();
        if label.chars().count() > 18 {
            short.push('\u{2026}');
        }
        let _ = write!(
            svg,
            "<text x=\"{label_x}\" y=\"{}\" text-anchor=\"{start}\">{}</text>",
            y + 14.0,
            escape(&short)
        );
        let room = WIDTH - LABEL - 56.0;
        if let Some(length) = length {
            let w = (room * length.clamp(0.0, 1.0)).max(1.0);
            let _ = write!(
                svg,
                "<rect x=\"{:.1}\" y=\"{}\" width=\"{w:.1}\" height=\"16\" fill=\"#0b6e4f\"/>",
                x(LABEL, w),
                y + 2.0
            );
        }
        let value_x = x(WIDTH, 0.0);
        let _ = write!(
            svg,
            "<text x=\"{value_x}\" y=\"{}\" text-anchor=\"{end}\">{}</text>",
            y + 14.0,
            escape(value)
        );
    }
    svg.push_str("</svg>");
    svg
}

fn records_table(view: &View, grid: &Grid, lang: &str) -> String {
    let mut html = String::from("<div class=\"wide\" tabindex=\"0\"><table><thead><tr>");
    let _ = write!(html, "<th>{}</th>", word(lang, "area"));
    for (c, month) in view.months.iter().enumerate() {
        let label = if c == 0 {
            word(lang, "earlier")
        } else {
            month.clone()
        };
        let _ = write!(html, "<th>{}</th>", escape(&label));
    }
    let _ = write!(html, "<th>{}</th></tr></thead><tbody>", word(lang, "total"));
    for (r, area) in view.areas.iter().enumerate() {
        let _ = write!(html, "<tr><td>{}</td>", escape(area));
        for cell in &grid.cells[r] {
            let _ = write!(html, "<td>{}</td>", count(*cell));
        }
        let _ = write!(html, "<td>{}</td></tr>", count(grid.row_totals[r]));
    }
    let _ = write!(html, "<tr><th>{}</th>", word(lang, "total"));
    for cell in &grid.column_totals {
        let _ = write!(html, "<th>{}</th>", count(*cell));
    }
    let _ = write!(
        html,
        "<th>{}</th></tr></tbody></table></div>",
        count(grid.total)
    );
    html
}

/// The whole page.
pub fn render(view: &View) -> String {
    let lang = view.lang;
    let d = view.dashboard;
    let title = {
        let t = text(&d.title, lang);
        if t.is_empty() { "Dashboard" } else { t }
    };
    let mut html = format!(
        "<!doctype html><html lang=\"{}\" dir=\"{}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\
         <title>{}</title><style>{CSS}</style></head><body><main>",
        escape(lang),
        if view.rtl { "rtl" } else { "ltr" },
        escape(title)
    );
    html.push_str("<nav>");
    for (code, name) in view.languages {
        let _ = write!(
            html,
            "<a href=\"?lang={}\" lang=\"{}\">{}</a>",
            escape(code),
            escape(code),
            escape(name)
        );
    }
    let _ = write!(
        html,
        "</nav><h1>{}</h1><p class=\"note\">{} {}. {} <time dir=\"ltr\">{}</time></p>",
        escape(title),
        word(lang, "counted"),
        escape(&view.purpose),
        word(lang, "updated"),
        escape(
            view.computed_at
                .get(..16)
                .unwrap_or(view.computed_at)
                .replace('T', " ")
                .as_str()
        )
    );

    // What was collected.
    let grid = &view.figures.records;
    let largest = grid
        .row_totals
        .iter()
        .flatten()
        .copied()
        .max()
        .unwrap_or(0)
        .max(1) as f64;
    let lines: Vec<(String, String, Option<f64>)> = view
        .areas
        .iter()
        .zip(&grid.row_totals)
        .map(|(area, total)| {
            (
                area.clone(),
                count(*total),
                total.map(|t| t as f64 / largest),
            )
        })
        .chain(std::iter::once((
            word(lang, "total"),
            count(grid.total),
            None,
        )))
        .collect();
    let _ = write!(
        html,
        "<section><h2>{}</h2><h3>{}</h3>{}<h3>{}</h3>{}</section>",
        word(lang, "collected"),
        word(lang, "by-area"),
        bars(&lines, view.rtl),
        word(lang, "by-month"),
        records_table(view, grid, lang)
    );

    // The indicators.
    if !view.figures.indicators.is_empty() {
        let _ = write!(html, "<section><h2>{}</h2>", word(lang, "indicators"));
        for (indicator, figures) in d.indicators.iter().zip(&view.figures.indicators) {
            let g = &figures.grid;
            let line = |label: String, n: Option<u64>, of: Option<u64>, share: Option<f64>| {
                let shown = match (share, n, of) {
                    (Some(s), Some(n), Some(of)) => forms::i18n::tr_args(
                        lang,
                        "dashboard-share",
                        &[
                            ("share", format!("{:.0}%", s * 100.0)),
                            ("n", n.to_string()),
                            ("total", of.to_string()),
                        ],
                    ),
                    _ => "\u{2014}".to_string(),
                };
                (label, shown, share)
            };
            let mut lines: Vec<(String, String, Option<f64>)> = view
                .areas
                .iter()
                .enumerate()
                .map(|(a, area)| {
                    line(
                        area.clone(),
                        g.cells[a][0],
                        g.row_totals[a],
                        figures.share(Some(a)),
                    )
                })
                .collect();
            lines.push(line(
                word(lang, "all-areas"),
                g.column_totals[0],
                g.total,
                figures.share(None),
            ));
            let _ = write!(
                html,
                "<h3>{}</h3>{}",
                escape(text(&indicator.label, lang)),
                bars(&lines, view.rtl)
            );
        }
        html.push_str("</section>");
    }

    // What the project did: the policy's list and what staff published, newest first.
    let _ = write!(html, "<section><h2>{}</h2>", word(lang, "actions"));
    let mut actions: Vec<(&str, String)> = d
        .actions
        .iter()
        .map(|a| (a.date.as_str(), escape(text(&a.text, lang))))
        .chain(
            view.published
                .iter()
                .map(|a| (a.date.as_str(), published(a, lang, d.k))),
        )
        .collect();
    if actions.is_empty() {
        let _ = write!(html, "<p>{}</p>", word(lang, "no-actions"));
    } else {
        actions.sort_by(|a, b| b.0.cmp(a.0));
        html.push_str("<ol>");
        for (date, words) in actions {
            let _ = write!(
                html,
                "<li><time datetime=\"{0}\">{0}</time> {1}</li>",
                escape(date),
                words
            );
        }
        html.push_str("</ol>");
    }
    html.push_str("</section>");
    if let Some(feedback) = &view.feedback {
        feedback_section(&mut html, feedback, lang);
    }
    let _ = write!(
        html,
        "<p class=\"note\">{}</p></main></body></html>",
        forms::i18n::tr_args(lang, "dashboard-privacy", &[("k", d.k.to_string())])
    );
    html
}

/// A published action's words (escaped): title, text, what it is about and how many
/// pieces of feedback it answers (the number only from k on).
fn published(action: &super::actions::Published, lang: &str, k: u32) -> String {
    // Each in its own direction: an action written only in English on an Arabic page
    // must not run into its date.
    let mut out = format!("<strong dir=\"auto\">{}</strong>", escape(&action.title));
    if !action.text.is_empty() {
        let _ = write!(out, " <span dir=\"auto\">{}</span>", escape(&action.text));
    }
    let mut notes = Vec::new();
    if !action.about.is_empty() {
        notes.push(forms::i18n::tr_args(
            lang,
            "dashboard-action-about",
            &[("categories", escape(&action.about.join(", ")))],
        ));
    }
    match action.cases {
        Some(n) => notes.push(forms::i18n::tr_args(
            lang,
            "dashboard-action-answers",
            &[("n", n.to_string())],
        )),
        None if action.answers_some => notes.push(forms::i18n::tr_args(
            lang,
            "dashboard-action-answers-few",
            &[("k", k.to_string())],
        )),
        None => {}
    }
    if !notes.is_empty() {
        let _ = write!(out, "<br><span class=\"note\">{}</span>", notes.join(" · "));
    }
    out
}

/// Feedback received and answered, by category; the sensitive ones as one line.
fn feedback_section(html: &mut String, figures: &crate::feedback::figures::Figures, lang: &str) {
    let _ = write!(
        html,
        "<section><h2>{}</h2><div class=\"wide\" tabindex=\"0\"><table><thead><tr><th scope=\"col\">{}</th>\
         <th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead><tbody>",
        word(lang, "feedback"),
        word(lang, "feedback-kind"),
        word(lang, "feedback-received"),
        word(lang, "feedback-answered"),
        word(lang, "feedback-median"),
    );
    for line in &figures.lines {
        let median = line
            .median_days
            .map_or_else(|| "\u{2014}".to_string(), |d| format!("{d:.1}"));
        let _ = write!(
            html,
            "<tr><th scope=\"row\">{}</th><td>{}</td><td>{}</td><td>{}</td></tr>",
            escape(&line.label),
            count(line.received),
            count(line.answered),
            median
        );
    }
    let _ = write!(
        html,
        "<tr><th scope=\"row\">{}</th><td>{}</td><td></td><td></td></tr></tbody></table></div>\
         <p class=\"note\">{}</p></section>",
        word(lang, "feedback-confidential"),
        count(figures.sensitive),
        word(lang, "feedback-how"),
    );
}
