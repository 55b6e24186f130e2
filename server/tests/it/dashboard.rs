//! The public dashboard (`GET /p/{project}/dashboard`): what it counts, what it hides,
//! and that two refreshes do not give a hidden figure away.

use forms::model::Answer;
use reqwest::{Client, StatusCode};
use serde_json::json;

use crate::common::*;

const DIGITS: &str = "4821";

/// A counted-looking record of `area` whose shelter damage is `damage`.
fn household(area: &str, damage: &str, purposes: &[&str]) -> forms::batch::Submission {
    let mut record = valid_submission(purposes);
    record
        .answers
        .insert("admin_area".into(), Answer::Value(area.into()));
    record
        .answers
        .insert("shelter_damage".into(), Answer::Value(damage.into()));
    record.consent.access = Some(DIGITS.into());
    record
}

async fn page(server: &Server, query: &str) -> (StatusCode, String) {
    let response = Client::new()
        .get(format!("http://{}/p/demo/dashboard{query}", server.addr))
        .send()
        .await
        .expect("the server answers");
    let status = response.status();
    (status, response.text().await.expect("a page"))
}

/// The cells of the records table's row whose first cell is `label`.
fn row(html: &str, label: &str) -> Vec<String> {
    let start = html
        .find(&format!("<tr><td>{label}</td>"))
        .unwrap_or_else(|| panic!("no row {label} in {html}"));
    let end = start + html[start..].find("</tr>").expect("a row ends");
    html[start..end]
        .split("<td>")
        .skip(2)
        .map(|c| c.trim_end_matches("</td>").to_string())
        .collect()
}

/// The records table's totals row: month totals, then the grand total.
fn totals(html: &str) -> Vec<String> {
    let start = html.find("<tr><th>").expect("a totals row") + 4;
    let end = start + html[start..].find("</tr>").expect("a row ends");
    html[start..end]
        .split("<th>")
        .skip(2)
        .map(|c| c.trim_end_matches("</th>").to_string())
        .collect()
}

const AREAS: [&str; 5] = ["Camp 1", "Camp 2", "Camp 3", "Camp 4", "Other areas"];

/// The area totals (`None`: hidden) and the grand total of a page.
fn area_totals(html: &str) -> (Vec<Option<u64>>, Option<u64>) {
    let areas = AREAS
        .iter()
        .map(|a| row(html, a).last().and_then(|v| v.parse().ok()))
        .collect();
    (areas, totals(html).last().and_then(|v| v.parse().ok()))
}

#[tokio::test]
async fn the_dashboard_counts_approved_records_for_its_purpose_and_hides_small_cells() {
    let server = Server::start().await;
    let phone = server.enroll().await;
    let steward = server.sign_in("steward").await;
    let mut approved = Vec::new();
    for i in 0..10 {
        approved.push(household(
            "Camp 1",
            if i < 5 { "partial" } else { "none" },
            &["needs_assessment"],
        ));
    }
    for _ in 0..6 {
        approved.push(household("Camp 2", "severe", &["needs_assessment"]));
    }
    for _ in 0..2 {
        approved.push(household("camp 3 ", "partial", &["needs_assessment"]));
    }
    // Approved, but the respondent did not agree to the dashboard's purpose.
    approved.push(household("Camp 1", "partial", &["referral"]));
    let waiting = household("Camp 1", "partial", &["needs_assessment"]);
    let mut all = approved.clone();
    all.push(waiting);
    phone.sync(&all).await;
    let ids: Vec<String> = approved.iter().map(|r| r.id.to_string()).collect();
    server.approve_all(&steward, &ids).await;

    let (status, first) = page(&server, "").await;
    assert_eq!(status, StatusCode::OK);
    assert!(first.starts_with("<!doctype html><html lang=\"en\" dir=\"ltr\">"));
    assert!(!first.contains("<script"), "no JavaScript");
    // Under 60 KB on first load (BENCHMARKS.md measures it gzipped from this copy).
    assert!(first.len() < 60 * 1024, "{} bytes", first.len());
    let _ = std::fs::write(std::env::temp_dir().join("sauti-dashboard.html"), &first);
    // Camp 1: ten records this month (not the waiting one, not the one without the
    // purpose), zeros before.
    let camp1 = row(&first, "Camp 1");
    assert_eq!(camp1.len(), 14, "earlier, twelve months, total: {camp1:?}");
    assert_eq!(&camp1[12..], ["10", "10"]);
    assert!(camp1[..12].iter().all(|c| c == "0"), "{camp1:?}");
    assert_eq!(&row(&first, "Camp 2")[12..], ["6", "6"]);
    // Camp 3's two records (typed "camp 3 ") are counted there, and hidden.
    assert_eq!(&row(&first, "Camp 3")[12..], ["\u{2014}", "\u{2014}"]);
    // Shelter damage: Camp 1 is 5 of 10; Camp 2 is 6 of 6 ("every household": hidden).
    assert!(first.contains("50% (5 of 10)"), "{first}");
    assert!(!first.contains("(6 of 6)"));
    // No published count below k = 5 but zeros.
    for cell in AREAS.iter().flat_map(|a| row(&first, a)) {
        if let Ok(n) = cell.parse::<u64>() {
            assert!(n == 0 || n >= 5, "{cell} is published");
        }
    }

    // In Arabic: right to left, the policy's title in Arabic.
    let (_, arabic) = page(&server, "?lang=ar").await;
    assert!(arabic.contains("<html lang=\"ar\" dir=\"rtl\">"));
    assert!(arabic.contains("قلتم، ففعلنا"));

    // A withdrawal of the purpose leaves the figures at the next refresh.
    let withdrawn = &approved[0];
    let response = Client::new()
        .post(server.url("/community/withdraw"))
        .json(&json!({
            "receipt": withdrawn.consent.receipt.to_string(),
            "access": DIGITS,
            "purposes": ["needs_assessment"],
        }))
        .send()
        .await
        .expect("the server answers");
    assert_eq!(response.status(), StatusCode::OK);
    let (_, second) = page(&server, "").await;
    assert_eq!(&row(&second, "Camp 1")[12..], ["9", "9"]);
    // Camp 1's damage is now 4 of 9: below k, hidden.
    assert!(!second.contains("(5 of 10)") && !second.contains("(4 of 9)"));
}

/// Two refreshes, one of Camp 3's two records withdrawn in between: the differencing
/// attack (grand total minus every published area total, on each page and between them)
/// never isolates Camp 3.
#[tokio::test]
async fn differencing_two_refreshes_does_not_recover_a_hidden_area() {
    let server = Server::start().await;
    let phone = server.enroll().await;
    let steward = server.sign_in("steward").await;
    let mut records = Vec::new();
    for (area, n) in [("Camp 1", 7), ("Camp 2", 9), ("Camp 3", 2)] {
        for _ in 0..n {
            records.push(household(area, "partial", &["needs_assessment"]));
        }
    }
    phone.sync(&records).await;
    let ids: Vec<String> = records.iter().map(|r| r.id.to_string()).collect();
    server.approve_all(&steward, &ids).await;
    let (_, first) = page(&server, "").await;
    let withdrawn = records.last().expect("a Camp 3 record");
    let response = Client::new()
        .post(server.url("/community/withdraw"))
        .json(&json!({
            "receipt": withdrawn.consent.receipt.to_string(),
            "access": DIGITS,
            "everything": true,
        }))
        .send()
        .await
        .expect("the server answers");
    assert_eq!(response.status(), StatusCode::OK);
    let (_, second) = page(&server, "").await;
    let (areas1, total1) = area_totals(&first);
    let (areas2, total2) = area_totals(&second);
    for (areas, total) in [(&areas1, total1), (&areas2, total2)] {
        // Camp 3 is hidden, and never alone: with the grand total published, the grand
        // total minus the published areas is shared by at least two hidden areas.
        assert_eq!(areas[2], None);
        if total.is_some() {
            assert!(
                areas.iter().filter(|a| a.is_none()).count() >= 2,
                "{areas:?}"
            );
        }
    }
    // What changed between the pages is hidden on both: the grand totals agree or are
    // hidden, so the difference does not even say a record left.
    assert!(total1 == total2 || total1.is_none() || total2.is_none());
    // The same areas are hidden on both pages, so nothing one page shows fills a gap of
    // the other; the attacker learns the withdrawn record was in a hidden area, not which.
    let hidden = |areas: &[Option<u64>]| -> Vec<usize> {
        (0..areas.len()).filter(|&i| areas[i].is_none()).collect()
    };
    assert_eq!(hidden(&areas1), hidden(&areas2));
    // And a published area that two pages show never moves without its month's cell.
    for (a, b) in areas1.iter().zip(&areas2) {
        if let (Some(a), Some(b)) = (a, b) {
            assert_eq!(a, b, "only a hidden area changed");
        }
    }
}

#[tokio::test]
async fn no_dashboard_section_no_public_page() {
    let server = Server::start().await;
    let admin = server.sign_in("admin").await;
    let (status, _) = page(&server, "").await;
    assert_eq!(status, StatusCode::OK, "the demo policy has a dashboard");
    // The demo policy without its [dashboard] section.
    let source = server::seed::DEMO_POLICY;
    let without = &source[..source.find("[dashboard]").expect("a dashboard section")];
    let response = admin
        .put(server.url("/policy"))
        .body(without.to_string())
        .send()
        .await
        .expect("the server answers");
    assert!(
        response.status().is_success(),
        "{:?}",
        response.text().await
    );
    let (status, body) = page(&server, "").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert!(body.contains("no [dashboard] section"), "{body}");
    // An unknown project: the same.
    let response = Client::new()
        .get(format!("http://{}/p/nowhere/dashboard", server.addr))
        .send()
        .await
        .expect("the server answers");
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
}
