//! The steward's review desk (issue 20): the list's filters, search and keyset paging,
//! counts per state, the record view in two languages, what a reviewer's view hides there,
//! undo (reopen), and another project's record refused.

use forms::consent::NEEDS_ASSESSMENT;
use forms::model::Answer;
use reqwest::{Client, StatusCode};
use serde_json::{Value, json};

use crate::common::*;

const REFERRAL: &str = "referral";

/// A valid household whose respondent has `name` and lives in `area`.
fn household(name: &str, area: &str) -> forms::batch::Submission {
    let mut record = valid_submission(&[NEEDS_ASSESSMENT, REFERRAL]);
    record
        .answers
        .insert("respondent_name".into(), Answer::Value(name.into()));
    record
        .answers
        .insert("admin_area".into(), Answer::Value(area.into()));
    record
}

/// Every page of the list under `query`, `limit` at a time: the ids in order, and the
/// last page's body.
async fn every_page(
    server: &Server,
    client: &Client,
    query: &str,
    limit: u32,
) -> (Vec<String>, Value) {
    let mut ids = Vec::new();
    let mut after: Option<String> = None;
    loop {
        let mut url = format!("/submissions?limit={limit}&{query}");
        if let Some(a) = &after {
            url.push_str(&format!("&after={}", encode(a)));
        }
        let page = server.get_json(client, &url).await;
        let items = page["items"].as_array().expect("items");
        assert!(items.len() <= limit as usize, "{page}");
        ids.extend(items.iter().map(|i| i["id"].as_str().unwrap().to_string()));
        match page["next"].as_str() {
            Some(next) => {
                assert_eq!(items.len(), limit as usize, "only a full page has a next");
                after = Some(next.to_string());
            }
            None => return (ids, page),
        }
    }
}

async fn page(server: &Server, client: &Client, query: &str) -> Value {
    server
        .get_json(client, &format!("/submissions?{query}"))
        .await
}

fn ids_of(page: &Value) -> Vec<String> {
    page["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|i| i["id"].as_str().unwrap().to_string())
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_list_filters_searches_and_pages_without_duplicates_or_gaps() {
    let server = Server::start().await;
    let phone = server.enroll().await;
    let juma = server.enroll_another_enumerator("juma").await;
    // Records of one batch share their received time: the id orders them.
    let first: Vec<_> = (0..13)
        .map(|i| {
            household(
                &format!("Zawadi{i:02}x"),
                if i % 2 == 0 { "Camp 1" } else { "Camp 2" },
            )
        })
        .collect();
    phone.sync(&first).await;
    let second: Vec<_> = (0..8)
        .map(|i| household(&format!("Baraka{i:02}y"), "Camp 3"))
        .collect();
    juma.sync(&second).await;
    let steward = server.sign_in("steward").await;

    // Every page, five at a time: each record once, newest first, none missing.
    let (all, last) = every_page(&server, &steward, "", 5).await;
    assert_eq!(all.len(), 21);
    let unique: std::collections::BTreeSet<&String> = all.iter().collect();
    assert_eq!(unique.len(), 21, "no record twice");
    let listed = server.submissions(&steward).await;
    let order: Vec<(String, String)> = listed
        .iter()
        .map(|s| {
            (
                s["received_at"].as_str().unwrap().into(),
                s["id"].as_str().unwrap().into(),
            )
        })
        .collect();
    assert!(
        order.windows(2).all(|w| w[0] > w[1]),
        "newest first: {order:?}"
    );
    assert_eq!(last["total"], 21);
    assert_eq!(last["counts"]["received"], 21);

    // A record arriving while someone pages never shifts the pages still to come.
    let url = "/submissions?limit=6";
    let one = server.get_json(&steward, url).await;
    phone.sync(&[household("Neema99z", "Camp 4")]).await;
    let mut seen = ids_of(&one);
    let mut after = one["next"].as_str().map(str::to_string);
    while let Some(a) = after {
        let next = server
            .get_json(&steward, &format!("{url}&after={}", encode(&a)))
            .await;
        seen.extend(ids_of(&next));
        after = next["next"].as_str().map(str::to_string);
    }
    assert_eq!(seen, all, "the same 21, in the same order, none twice");

    // Decisions: approved and rejected records leave "to review"; counts follow.
    server.approve_all(&steward, &all[..4]).await;
    server.review(&steward, &all[4], "reject").await;
    let sent_back = steward
        .post(server.url(&format!("/submissions/{}/review", all[5])))
        .json(&json!({ "decision": "has_issues", "comment": "check the age" }))
        .send()
        .await
        .unwrap();
    assert_eq!(sent_back.status(), StatusCode::OK);
    let (to_review, last) = every_page(&server, &steward, "state=to_review", 4).await;
    assert_eq!(
        to_review.len(),
        16,
        "22 less 4 approved, 1 rejected, 1 sent back"
    );
    assert!(to_review.iter().all(|id| !all[..6].contains(id)));
    assert_eq!(last["total"], 16);
    let counts = &last["counts"];
    assert_eq!(
        (
            counts["received"].as_u64(),
            counts["approved"].as_u64(),
            counts["rejected"].as_u64(),
            counts["has_issues"].as_u64()
        ),
        (Some(16), Some(4), Some(1), Some(1)),
        "{counts}"
    );
    let (decided, _) = every_page(&server, &steward, "state=approved,rejected", 2).await;
    assert_eq!(decided, all[..5].to_vec(), "two states merged newest first");

    // Filters.
    let juma_ids = ids_of(&page(&server, &steward, "enumerator=juma&limit=50").await);
    assert_eq!(juma_ids.len(), 8);
    let camp3 = page(&server, &steward, "area=Camp%203&limit=50").await;
    assert_eq!(ids_of(&camp3), juma_ids, "Camp 3 is juma's");
    assert_eq!(camp3["items"][0]["area"], "Camp 3");
    assert_eq!(
        page(&server, &steward, "area=Camp").await["total"],
        0,
        "an area is matched whole"
    );
    let day = listed[0]["received_at"].as_str().unwrap()[..10].to_string();
    let next_day = {
        let (y, m, d) = forms::dates::parse_date(&day).unwrap();
        forms::dates::iso_date(forms::dates::days_from_civil(y, m, d) + 1)
    };
    assert_eq!(
        page(&server, &steward, &format!("from={day}&to={day}")).await["total"],
        22
    );
    assert_eq!(
        page(&server, &steward, &format!("from={next_day}")).await["total"],
        0
    );
    assert_eq!(
        page(&server, &steward, &format!("to={}", "2020-01-01")).await["total"],
        0
    );
    let version = forms::demo::household_form().version;
    assert_eq!(
        page(
            &server,
            &steward,
            &format!("form=household&version={}", encode(&version))
        )
        .await["total"],
        22
    );
    assert_eq!(
        page(&server, &steward, "form=household&version=nope").await["total"],
        0
    );
    assert_eq!(
        page(&server, &steward, "enumerator=juma&state=to_review").await["total"],
        2,
        "juma's batch came last: the six decided are theirs"
    );

    // Search: a name, part of an enumerator's username, the start of a receipt code.
    let found = page(&server, &steward, "q=zawadi07X").await;
    assert_eq!(found["total"], 1, "{found}");
    assert!(
        found["items"][0]["name"]
            .as_str()
            .unwrap()
            .starts_with("Zawadi07x")
    );
    assert_eq!(page(&server, &steward, "q=jum").await["total"], 8);
    let receipt = listed[3]["receipt"].as_str().unwrap();
    let typed = receipt.replace('-', "")[..7].to_lowercase();
    let by_code = page(&server, &steward, &format!("q={typed}")).await;
    assert!(
        ids_of(&by_code).contains(&listed[3]["id"].as_str().unwrap().to_string()),
        "{by_code}"
    );
    // A search pages like the list, and counts what it found per state.
    let (zawadi, last) = every_page(&server, &steward, "q=zawadi", 3).await;
    assert_eq!(zawadi.len(), 13);
    assert_eq!(
        last["counts"]["approved"].as_u64().unwrap()
            + last["counts"]["received"].as_u64().unwrap()
            + last["counts"]["rejected"].as_u64().unwrap()
            + last["counts"]["has_issues"].as_u64().unwrap(),
        13
    );

    // What cannot be read is refused, never guessed.
    for bad in [
        "after=nonsense",
        "state=done",
        "from=yesterday",
        "to=2026-13-45",
    ] {
        let response = steward
            .get(server.url(&format!("/submissions?{bad}")))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::BAD_REQUEST, "{bad}");
        assert_eq!(error_code(response).await, "err-bad-request", "{bad}");
    }

    // A reviewer finds pseudonyms, not names, and cannot search by receipt code (half
    // the community page's key).
    let reviewer = server.sign_in("reviewer").await;
    assert_eq!(
        page(&server, &reviewer, "q=zawadi07x").await["total"],
        0,
        "the name it hides"
    );
    assert_eq!(
        page(&server, &reviewer, &format!("q={typed}")).await["total"],
        0
    );
    let theirs = page(&server, &reviewer, "limit=50").await;
    assert!(!theirs.to_string().contains("Zawadi"), "{theirs}");
    let pseudonym = theirs["items"][0]["name"]
        .as_str()
        .unwrap()
        .split(' ')
        .next()
        .unwrap()
        .to_string();
    assert!(pseudonym.starts_with("p-"), "{pseudonym}");
    let by_pseudonym = page(&server, &reviewer, &format!("q={pseudonym}")).await;
    assert_eq!(
        ids_of(&by_pseudonym),
        vec![theirs["items"][0]["id"].as_str().unwrap().to_string()]
    );
    assert!(theirs["items"][0]["receipt"].as_str().unwrap().is_empty());

    // The filters a desk offers.
    let filters = server
        .get_json(&steward, "/submissions/filters?lang=fr")
        .await;
    assert_eq!(
        filters["enumerators"],
        json!(["enumerator", "juma"]),
        "{filters}"
    );
    assert_eq!(filters["forms"][0]["form_id"], "household");
    assert_eq!(filters["area"]["question"], "admin_area");
    assert!(
        filters["area"]["areas"]
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a["value"] == "Camp 3")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_record_reads_as_the_form_shows_it_in_two_languages_as_the_view_allows() {
    let server = Server::start().await;
    let phone = server.enroll().await;
    let record = household("Fatima Hassan", "Camp 2");
    phone.sync(std::slice::from_ref(&record)).await;
    let id = record.id.to_string();
    let steward = server.sign_in("steward").await;

    // A correction, so the record has a history.
    let mut corrected = record.answers.clone();
    corrected.insert("water_source".into(), Answer::Value("well".into()));
    let edited = steward
        .put(server.url(&format!("/submissions/{id}/answers")))
        .json(&json!({ "answers": corrected, "comment": "the river, said twice" }))
        .send()
        .await
        .unwrap();
    assert_eq!(edited.status(), StatusCode::OK);

    let form = forms::demo::household_form().compile().unwrap();
    let node = form.node("water_source").unwrap();
    let river = |lang: &str| {
        forms::record::choice_label(&form, node.kind.choice_list().unwrap(), "well", lang)
    };
    let en = server
        .get_json(&steward, &format!("/submissions/{id}?lang=en"))
        .await;
    let fr = server
        .get_json(&steward, &format!("/submissions/{id}?lang=fr"))
        .await;
    let row = |view: &Value, path: &str| -> Value {
        view["rows"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["path"] == path && r["kind"] == "answer")
            .cloned()
            .unwrap_or_else(|| panic!("no {path} in {view}"))
    };
    assert_eq!(en["lang"], "en");
    assert_eq!(fr["lang"], "fr");
    assert_eq!(
        row(&en, "water_source")["label"],
        node.label.get("en", "en")
    );
    assert_eq!(
        row(&fr, "water_source")["label"],
        node.label.get("fr", "en")
    );
    assert_ne!(
        row(&en, "water_source")["label"],
        row(&fr, "water_source")["label"]
    );
    assert_eq!(row(&en, "water_source")["value"], river("en"));
    assert_eq!(row(&fr, "water_source")["value"], river("fr"));
    assert_ne!(river("fr"), "well", "a label, not the choice's name");
    assert_eq!(row(&en, "respondent_name")["value"], "Fatima Hassan");
    assert_eq!(row(&en, "members[2]/member_age")["value"], "6");
    assert!(
        en["rows"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["kind"] == "instance" && r["index"] == 2)
    );
    assert_eq!(en["name"], "Fatima Hassan – Camp 2");
    assert_eq!(en["receipt"], record.consent.receipt.as_str());
    assert_eq!(en["review_state"], "edited");
    assert_eq!(en["actions"], json!(["approve", "has_issues", "reject"]));
    // The consent: method, purposes by label, the witness.
    let consent = &fr["consent"];
    assert_eq!(consent["method"], "verbal");
    let template = forms::demo::household_consent();
    let needs = template
        .purposes
        .iter()
        .find(|p| p.id == NEEDS_ASSESSMENT)
        .unwrap();
    let shown = consent["purposes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["id"] == NEEDS_ASSESSMENT)
        .unwrap();
    assert_eq!(shown["label"], needs.label.get("fr", "en"));
    assert_eq!(
        (shown["accepted"].as_bool(), shown["active"].as_bool()),
        (Some(true), Some(true))
    );
    assert_eq!(
        consent["proof"],
        json!([{ "field": "witness", "value": "Amina" }])
    );
    // The correction, what it changed.
    let changes = &en["edits"][0]["changes"];
    assert_eq!(en["edits"][0]["comment"], "the river, said twice");
    assert_eq!(changes[0]["path"], "water_source", "{changes}");
    assert_eq!(changes[0]["after"], river("en"));
    // A steward may correct in the desk: how each answer is corrected, and the answers.
    let source = &row(&fr, "water_source")["edit"];
    assert_eq!(
        (source["input"].as_str(), source["raw"].as_str()),
        (Some("choice"), Some("well"))
    );
    assert!(
        source["choices"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["value"] == "well" && c["label"] == river("fr")),
        "{source}"
    );
    assert_eq!(
        row(&en, "members[2]/member_age")["edit"]["input"],
        "integer"
    );
    assert_eq!(fr["answers"]["water_source"], "well");

    // A reviewer: pseudonyms for names, the witness's too; no receipt code, no history of
    // corrections; the name nowhere; nothing to correct with.
    let reviewer = server.sign_in("reviewer").await;
    let theirs = server
        .get_json(&reviewer, &format!("/submissions/{id}?lang=fr"))
        .await;
    assert!(theirs.get("answers").is_none(), "{theirs}");
    assert_eq!(
        theirs["revision"], "",
        "a digest of what the view hides, even keyed, is not theirs"
    );
    assert!(
        theirs["rows"]
            .as_array()
            .unwrap()
            .iter()
            .all(|r| r.get("edit").is_none())
    );
    let name = row(&theirs, "respondent_name");
    assert!(name["value"].as_str().unwrap().starts_with("p-"), "{name}");
    assert_eq!(name["pseudonym"], true);
    assert!(
        row(&theirs, "members[1]/member_name")["value"]
            .as_str()
            .unwrap()
            .starts_with("p-")
    );
    assert!(
        theirs["consent"]["proof"][0]["value"]
            .as_str()
            .unwrap()
            .starts_with("p-")
    );
    assert_eq!(theirs["receipt"], "");
    assert_eq!(theirs["edits"], json!([]));
    let text = theirs.to_string();
    for hidden in ["Fatima", "Amina", record.consent.receipt.as_str()] {
        assert!(!text.contains(hidden), "the reviewer sees {hidden}: {text}");
    }

    // Approve, then undo: the record is back to review, corrected as it was; both
    // decisions in its history.
    server.review(&steward, &id, "approve").await;
    let now = server
        .get_json(&steward, &format!("/submissions/{id}"))
        .await;
    assert_eq!(now["actions"], json!(["reopen"]));
    let undone: Value = steward
        .post(server.url(&format!("/submissions/{id}/review")))
        .json(&json!({ "decision": "reopen" }))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(undone["review_state"], "edited", "{undone}");
    let now = server
        .get_json(&steward, &format!("/submissions/{id}"))
        .await;
    let states: Vec<&str> = now["comments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["review_state"].as_str().unwrap())
        .collect();
    assert_eq!(states, ["approved", "edited"]);
    let unknown = steward
        .get(server.url("/submissions/no-such-record"))
        .send()
        .await
        .unwrap();
    assert_eq!(unknown.status(), StatusCode::NOT_FOUND);

    // Another project's steward: not found, and not in their list.
    let db = server.db().await;
    db.insert_project("other", "Other project").await.unwrap();
    let hash = server::auth::hash_password("another long password").unwrap();
    db.insert_user("other", "other.steward", &hash, server::auth::Role::Steward)
        .await
        .unwrap();
    let other = Client::builder().cookie_store(true).build().unwrap();
    let signed = server
        .login(&other, "other.steward", "another long password")
        .await;
    assert_eq!(signed.status(), StatusCode::OK);
    let refused = other
        .get(server.url(&format!("/submissions/{id}")))
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), StatusCode::NOT_FOUND);
    let theirs = other.get(server.url("/submissions")).send().await.unwrap();
    if theirs.status() == StatusCode::OK {
        let theirs: Value = theirs.json().await.unwrap();
        assert_eq!(theirs["total"], 0, "{theirs}");
    }
}

/// A page size outside 1 to 200 is refused, as the document says (schemathesis sent
/// 2^31 and the server quietly clamped it).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_page_size_outside_the_documented_range_is_refused() {
    let server = Server::start().await;
    let steward = server.sign_in("steward").await;
    for limit in ["0", "201", "2147483648"] {
        let response = steward
            .get(server.url(&format!("/submissions?limit={limit}")))
            .send()
            .await
            .unwrap();
        assert_eq!(
            response.status(),
            reqwest::StatusCode::BAD_REQUEST,
            "{limit}"
        );
    }
    let fine = steward
        .get(server.url("/submissions?limit=200"))
        .send()
        .await
        .unwrap();
    assert_eq!(fine.status(), reqwest::StatusCode::OK);
}

/// The names kept for the steward's search (migration 0022) follow the answers: found by
/// the steward, never by a reviewer; a correction names the record anew, a withdrawal of
/// one purpose names it from what is left, and a withdrawal of everything leaves no name.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_kept_name_follows_corrections_and_leaves_with_a_withdrawal() {
    let server = Server::start().await;
    let phone = server.enroll().await;
    let mut record = household("Nyokabi Wairimu", "Camp 2");
    record.consent.access = Some("4821".into());
    // Kept for the referral only: a withdrawal of that purpose scrubs it.
    record.answers.insert(
        "respondent_phone".into(),
        Answer::Value("+254700000001".into()),
    );
    let other = household("Otieno Kamau", "Camp 1");
    phone.sync(&[record.clone(), other]).await;
    let id = record.id.to_string();
    let receipt = record.consent.receipt.to_string();
    let steward = server.sign_in("steward").await;
    let reviewer = server.sign_in("reviewer").await;
    let db = server.db().await;

    let found = page(&server, &steward, "q=wairimu").await;
    assert_eq!(ids_of(&found), vec![id.clone()], "{found}");
    assert_eq!(
        db.kept_name(&id).await.unwrap().as_deref(),
        Some("nyokabi wairimu – camp 2"),
        "the name the form makes, lower-cased"
    );
    for literal in ["%25", "_", "i_a", "%5C"] {
        assert_eq!(
            page(&server, &steward, &format!("q={literal}")).await["total"],
            0,
            "`{literal}` is searched as written, not as a pattern"
        );
    }
    assert_eq!(
        page(&server, &reviewer, "q=wairimu").await["total"],
        0,
        "a reviewer's view pseudonymises the name: the kept one is not theirs to search"
    );

    // Many found: a page walks the list with every part of the search at once (the desk
    // does so above 2,000 records found), finding what each part finds, once.
    let juma = server.enroll_another_enumerator("juma").await;
    let theirs = household("Zuberi Juma", "Camp 3");
    juma.sync(std::slice::from_ref(&theirs)).await;
    assert_eq!(page(&server, &steward, "q=zuberi").await["total"], 1);
    let ids = |rows: Vec<(forms::review::SubmissionSummary, (String, u32))>| {
        let mut ids: Vec<String> = rows.into_iter().map(|(s, _)| s.id).collect();
        ids.sort();
        ids
    };
    let search =
        |receipt: Option<&str>, enumerators: Vec<i64>, name: &str| server::db::ListFilter {
            project_id: "demo".into(),
            search: Some(server::db::Search {
                receipt: receipt.map(str::to_string),
                enumerators,
                name: Some(name.into()),
                part: server::db::Part::All,
            }),
            ..Default::default()
        };
    let juma_id = db.user_ids(&["juma".into()]).await.unwrap();
    let prefix = forms::receipt::prefix(&receipt.replace('-', "")[..6]);
    let mut expected = vec![id.clone(), theirs.id.to_string()];
    expected.sort();
    for (filter, why) in [
        (
            search(prefix.as_deref(), juma_id.clone(), "wairimu"),
            "code, enumerator",
        ),
        (search(None, juma_id.clone(), "wairimu"), "name, enumerator"),
        (search(prefix.as_deref(), vec![], "zuberi"), "code, name"),
        (
            search(prefix.as_deref(), juma_id, "nyokabi"),
            "all three, once each",
        ),
    ] {
        let rows = db.review_page(&filter, None, None, 50).await.unwrap();
        assert_eq!(ids(rows), expected, "{why}");
    }

    // A correction: the old name is gone at once, the new one found.
    let mut answers = record.answers.clone();
    answers.insert(
        "respondent_name".into(),
        Answer::Value("Nyokabi Achieng".into()),
    );
    let response = steward
        .put(server.url(&format!("/submissions/{id}/answers")))
        .json(&json!({ "answers": answers, "comment": "spelling" }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        db.kept_name(&id).await.unwrap(),
        None,
        "forgotten with the answers"
    );
    assert_eq!(page(&server, &steward, "q=wairimu").await["total"], 0);
    assert_eq!(
        ids_of(&page(&server, &steward, "q=achieng").await),
        vec![id.clone()]
    );
    assert_eq!(
        db.kept_name(&id).await.unwrap().as_deref(),
        Some("nyokabi achieng – camp 2")
    );

    // Withdrawing one purpose scrubs answers: the name is made again from what is left.
    let withdraw = |body: Value| {
        let url = server.url("/community/withdraw");
        async move {
            let response = Client::new().post(url).json(&body).send().await.unwrap();
            assert_eq!(response.status(), StatusCode::OK);
        }
    };
    withdraw(json!({ "receipt": receipt, "access": "4821", "purposes": [REFERRAL] })).await;
    assert_eq!(db.kept_name(&id).await.unwrap(), None);
    assert_eq!(page(&server, &steward, "q=achieng").await["total"], 1);
    assert!(db.kept_name(&id).await.unwrap().is_some());

    // Withdrawing everything: the record and its name are gone.
    withdraw(json!({ "receipt": receipt, "access": "4821", "everything": true })).await;
    assert_eq!(db.kept_name(&id).await.unwrap(), None);
    assert_eq!(page(&server, &steward, "q=achieng").await["total"], 0);
    assert_eq!(page(&server, &steward, "q=kamau").await["total"], 1);
}

/// A form whose records are named `concat(${head}, ' ', today())`, the common ODK
/// pattern: the steward sees the name the phone gave, the day of the interview on the
/// phone's own clock, not the day the batch reached the server.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_name_that_reads_today_is_the_day_of_the_interview() {
    let server = Server::start().await;
    let admin = server.sign_in("admin").await;
    let workbook = with_settings(
        &[
            &["type", "name", "label"],
            &["text", "head", "Head of household"],
        ],
        &[&["instance_name"], &["concat(${head}, ' ', today())"]],
    );
    let (phone, form) = server
        .import_and_enroll(&admin, "named_by_day.xlsx", workbook)
        .await;
    let mut record = valid_submission(&[NEEDS_ASSESSMENT]);
    record.form_id = form["id"].as_str().unwrap().into();
    record.form_version = form["version"].as_str().unwrap().into();
    record.answers = [("head".to_string(), Answer::Value("Amina Yusuf".into()))].into();
    // Saved at 01:30 in Nairobi on TODAY: 22:30 the evening before in UTC. The server
    // receives it later (now).
    record.saved_at = format!("{TODAY}T01:30:00+03:00");
    let ack = phone.sync(&[record]).await;
    assert!(
        matches!(ack.results[0].outcome, forms::batch::Outcome::Accepted),
        "{:?}",
        ack.results[0].outcome
    );

    let steward = server.sign_in("steward").await;
    let listed = page(&server, &steward, "").await;
    let item = &listed["items"][0];
    assert_ne!(item["received_at"].as_str().unwrap().get(..10), Some(TODAY));
    assert_eq!(item["saved_at"], format!("{TODAY}T01:30:00+03:00"));
    let expected = format!("Amina Yusuf {TODAY}");
    assert_eq!(item["name"], expected, "{item}");
    let id = item["id"].as_str().unwrap();
    let view = server
        .get_json(&steward, &format!("/submissions/{id}"))
        .await;
    assert_eq!(view["name"], expected);
    // The name kept for search is made the same way.
    let found = page(&server, &steward, &format!("q={}", encode(TODAY))).await;
    assert_eq!(found["total"], 1, "{found}");
}

/// An `.xlsx` XLSForm with a survey and a settings sheet, from their rows.
fn with_settings(survey: &[&[&str]], settings: &[&[&str]]) -> Vec<u8> {
    workbook_of(&[("survey", survey), ("settings", settings)])
}

/// A date-time worked out by `date-time()` carries the phone's offset, is taken as sent
/// from a phone on an older client (written with `Z`), and keeps the record's offset when
/// a steward's correction works it out again on the server.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_calculated_date_time_keeps_the_phones_offset_through_a_correction() {
    let server = Server::start().await;
    let admin = server.sign_in("admin").await;
    let workbook = with_settings(
        &[
            &["type", "name", "label", "calculation"],
            &["dateTime", "visit_at", "When was the visit?", ""],
            &[
                "calculate",
                "next_visit",
                "",
                "date-time(decimal-date-time(${visit_at}) + 7)",
            ],
        ],
        &[&["form_title"], &["Visits"]],
    );
    let (phone, form) = server
        .import_and_enroll(&admin, "visits.xlsx", workbook)
        .await;
    let record = |next_visit: &str| {
        let mut r = valid_submission(&[NEEDS_ASSESSMENT]);
        r.form_id = form["id"].as_str().unwrap().into();
        r.form_version = form["version"].as_str().unwrap().into();
        r.saved_at = format!("{TODAY}T09:00:00+03:00");
        r.answers = [
            (
                "visit_at".to_string(),
                Answer::Value(format!("{TODAY}T08:30:00+03:00")),
            ),
            ("next_visit".to_string(), Answer::Value(next_visit.into())),
        ]
        .into();
        r
    };
    let ack = phone
        .sync(&[
            record("2026-12-02T08:30:00.000+03:00"),
            // The same value from a client that wrote `Z`.
            record("2026-12-02T08:30:00.000Z"),
        ])
        .await;
    for result in &ack.results {
        assert!(
            matches!(result.outcome, forms::batch::Outcome::Accepted),
            "{:?}",
            result.outcome
        );
    }
    let steward = server.sign_in("steward").await;
    let listed = page(&server, &steward, "").await;
    let id = listed["items"][0]["id"].as_str().unwrap();
    let mut answers = listed["items"][0]["answers"].clone();
    answers["visit_at"] = json!(format!("{TODAY}T10:00:00+03:00"));
    let edited: Value = steward
        .put(server.url(&format!("/submissions/{id}/answers")))
        .json(&json!({ "answers": answers, "comment": "the visit was at ten" }))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(
        edited["answers"]["next_visit"], "2026-12-02T10:00:00.000+03:00",
        "{edited}"
    );
}
