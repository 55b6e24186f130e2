//! The monitor's report as one HTML page: the dashboard's stylesheet, tables that scroll
//! sideways inside their box at 360 px, no script, printable. Words from
//! `locales/*.ftl` (`dashboard-monitor-…`, roles `admin-role-…`).

use std::fmt::Write;

use forms::monitor::{HandlingLine, MonitorReport};

use crate::dashboard::page::{CSS, count, escape};

/// The page's languages and the chosen one.
pub struct Languages<'a> {
    pub lang: &'a str,
    pub rtl: bool,
    /// Every language of the project: (code, name).
    pub all: &'a [(String, String)],
}

fn word(lang: &str, key: &str) -> String {
    forms::i18n::tr(lang, &format!("dashboard-monitor-{key}"))
}

fn days(v: Option<f64>) -> String {
    v.map_or_else(|| "\u{2014}".to_string(), |d| format!("{d:.1}"))
}

/// A table with a head row; `rows` already escaped cells.
fn table(html: &mut String, head: &[String], rows: &[Vec<String>]) {
    html.push_str("<div class=\"wide\" tabindex=\"0\"><table><thead><tr>");
    for h in head {
        let _ = write!(html, "<th scope=\"col\">{h}</th>");
    }
    html.push_str("</tr></thead><tbody>");
    for row in rows {
        html.push_str("<tr>");
        for (i, cell) in row.iter().enumerate() {
            if i == 0 {
                let _ = write!(html, "<th scope=\"row\">{cell}</th>");
            } else {
                let _ = write!(html, "<td>{cell}</td>");
            }
        }
        html.push_str("</tr>");
    }
    html.push_str("</tbody></table></div>");
}

fn section(html: &mut String, title: String, empty: String, head: &[String], rows: &[Vec<String>]) {
    let _ = write!(html, "<section><h2>{title}</h2>");
    if rows.is_empty() {
        let _ = write!(html, "<p>{empty}</p>");
    } else {
        table(html, head, rows);
    }
    html.push_str("</section>");
}

fn handling_row(line: &HandlingLine) -> Vec<String> {
    vec![
        escape(&line.label),
        count(line.received),
        count(line.acknowledged),
        count(line.answered),
        count(line.overdue),
        days(line.median_days_to_acknowledge),
        days(line.median_days_to_answer),
    ]
}

/// The head of a page in `lang`, with the project's language links.
fn head(html: &mut String, languages: &Languages, title: &str) {
    let _ = write!(
        html,
        "<!doctype html><html lang=\"{}\" dir=\"{}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\
         <meta name=\"robots\" content=\"noindex\">\
         <title>{}</title><style>{CSS}</style></head><body><main><nav>",
        escape(languages.lang),
        if languages.rtl { "rtl" } else { "ltr" },
        escape(title)
    );
    for (code, name) in languages.all {
        let _ = write!(
            html,
            "<a href=\"?lang={0}\" lang=\"{0}\">{1}</a>",
            escape(code),
            escape(name)
        );
    }
    html.push_str("<a href=\"/steward\">Sauti</a></nav>");
}

/// The whole report.
pub fn render(report: &MonitorReport, languages: &Languages) -> String {
    let lang = languages.lang;
    let title = forms::i18n::tr_args(
        lang,
        "dashboard-monitor-title",
        &[("project", report.project_name.clone())],
    );
    let mut html = String::new();
    head(&mut html, languages, &title);
    let _ = write!(
        html,
        "<h1>{}</h1><p class=\"note\">{} {} <time dir=\"ltr\">{}</time></p><p>",
        escape(&title),
        forms::i18n::tr_args(
            lang,
            "dashboard-monitor-intro",
            &[("k", report.k.to_string())]
        ),
        forms::i18n::tr(lang, "dashboard-updated"),
        escape(
            &report
                .generated_at
                .get(..16)
                .unwrap_or(&report.generated_at)
                .replace('T', " ")
        ),
    );
    if let Some(dashboard) = &report.dashboard {
        let _ = write!(
            html,
            "<a href=\"{}?lang={}\">{}</a> · ",
            escape(dashboard),
            escape(lang),
            word(lang, "dashboard")
        );
    }
    let _ = write!(
        html,
        "{}</p>",
        forms::i18n::tr_args(
            lang,
            "dashboard-monitor-actions",
            &[("n", report.actions.to_string())]
        )
    );

    let exports: Vec<Vec<String>> = report
        .exports
        .iter()
        .map(|e| {
            let role = if e.recipient_role == "operator" {
                word(lang, "operator")
            } else {
                forms::i18n::tr(lang, &format!("admin-role-{}", e.recipient_role))
            };
            let to = match &e.organisation {
                Some(o) => format!("{role}: {}", escape(o)),
                None => role,
            };
            vec![
                format!("<time dir=\"ltr\">{}</time>", escape(&e.date)),
                to,
                format!("{} ({})", escape(&e.profile), escape(&e.format)),
                e.records.to_string(),
                e.withheld.to_string(),
            ]
        })
        .collect();
    section(
        &mut html,
        word(lang, "exports"),
        word(lang, "no-exports"),
        &[
            word(lang, "date"),
            word(lang, "export-to"),
            word(lang, "export-profile"),
            word(lang, "records"),
            word(lang, "export-withheld"),
        ],
        &exports,
    );

    let withdrawals: Vec<Vec<String>> = report
        .withdrawals
        .iter()
        .map(|w| {
            vec![
                format!("<time dir=\"ltr\">{}</time>", escape(&w.month)),
                w.purpose.to_string(),
                w.everything.to_string(),
            ]
        })
        .collect();
    section(
        &mut html,
        word(lang, "withdrawals"),
        word(lang, "no-withdrawals"),
        &[
            word(lang, "month"),
            word(lang, "withdrawn-purpose"),
            word(lang, "withdrawn-everything"),
        ],
        &withdrawals,
    );

    let purges: Vec<Vec<String>> = report
        .purges
        .iter()
        .map(|p| {
            let reason = match p.reason.as_str() {
                "retention" | "withdrawn" => word(lang, &format!("reason-{}", p.reason)),
                other => escape(other),
            };
            vec![
                format!("<time dir=\"ltr\">{}</time>", escape(&p.date)),
                reason,
                p.records.to_string(),
            ]
        })
        .collect();
    section(
        &mut html,
        word(lang, "purges"),
        word(lang, "no-purges"),
        &[
            word(lang, "date"),
            word(lang, "reason"),
            word(lang, "records"),
        ],
        &purges,
    );

    let feedback: Vec<Vec<String>> = report
        .feedback
        .iter()
        .chain(report.sensitive.as_ref())
        .map(handling_row)
        .collect();
    section(
        &mut html,
        word(lang, "feedback"),
        word(lang, "no-feedback"),
        &[
            forms::i18n::tr(lang, "dashboard-feedback-kind"),
            forms::i18n::tr(lang, "dashboard-feedback-received"),
            word(lang, "acknowledged"),
            forms::i18n::tr(lang, "dashboard-feedback-answered"),
            word(lang, "overdue"),
            word(lang, "days-acknowledge"),
            forms::i18n::tr(lang, "dashboard-feedback-median"),
        ],
        &feedback,
    );
    html.push_str("</main></body></html>");
    html
}

/// The page for a visitor who is not the project's monitor: sign in first.
pub fn sign_in(languages: &Languages) -> String {
    let lang = languages.lang;
    let mut html = String::new();
    let title = word(lang, "sign-in");
    head(&mut html, languages, &title);
    let _ = write!(
        html,
        "<h1>{}</h1><p>{}</p><p><a href=\"/steward\">{}</a></p></main></body></html>",
        escape(&title),
        word(lang, "signed-out"),
        escape(&title)
    );
    html
}
