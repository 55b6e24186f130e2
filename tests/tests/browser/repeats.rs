//! A repeat inside a repeat, in headless Chromium at phone size: each household member has
//! the children they care for (as many as they say) and the animals they keep (added and
//! removed by hand). A child's age is checked against their own member's; the record
//! reaches the server with its instances nested as they were entered.

use anyhow::Result;
use e2e::{Harness, sync_message};
use forms::model::{Form, Kind, Node, Text};

const PASSPHRASE: &str = "tamarind by the well 5";

fn nested_form() -> Form {
    let en = |s: &str| Text::single("en", s);
    let node = |name: &str, kind: Kind, label: &str| Node {
        label: en(label),
        ..Node::new(name, kind)
    };
    let required = |name: &str, kind: Kind, label: &str| Node {
        required: true,
        ..node(name, kind, label)
    };
    let children = Node {
        repeat_count: Some("${n_children}".into()),
        children: vec![
            required("child_name", Kind::Text, "Name of ${member_name}'s child"),
            Node {
                constraint: Some(". < ${member_age}".into()),
                constraint_message: en("A child is younger than the person caring for them"),
                ..required("child_age", Kind::Integer, "Child's age")
            },
        ],
        ..node("children", Kind::Repeat, "Children")
    };
    let animals = Node {
        children: vec![node("animal", Kind::Text, "Which animal?")],
        ..node("pets", Kind::Repeat, "Animals")
    };
    let members = Node {
        children: vec![
            required("member_name", Kind::Text, "Name"),
            required("member_age", Kind::Integer, "How old is ${member_name}?"),
            Node {
                relevant: Some("${member_age} >= 12".into()),
                ..node(
                    "n_children",
                    Kind::Integer,
                    "How many children do they care for?",
                )
            },
            children,
            animals,
        ],
        ..node("members", Kind::Repeat, "Household members")
    };
    let total = Node {
        calculation: Some("count(${children})".into()),
        ..node("children_total", Kind::Calculate, "Children")
    };
    forms::demo::english_form("carers", vec![members, total], Default::default())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_repeat_inside_a_repeat_is_filled_checked_and_sent_nested() -> Result<()> {
    let h = Harness::interviewing(&nested_form(), PASSPHRASE).await?;
    let field = h.field();

    h.click("#add-members").await?;
    // Add leads into the new member's first answer (not left on the button below it).
    let focused = h.wait_focus(|id| id == "q-members-1-member_name").await?;
    assert_eq!(focused, "q-members-1-member_name");
    field.answer("members-1-member_name", "Fatima").await?;
    // A label shows the answer it names, from its own instance, as it is typed.
    h.wait_text("#q-members-1-member_age-label", |t| {
        t.starts_with("How old is Fatima?")
    })
    .await?;
    field.answer("members-1-member_age", "34").await?;
    field.answer("members-1-n_children", "2").await?;
    // Two children appear inside Fatima's fieldset, numbered by their own repeat.
    h.wait_text(
        "#repeat-members-1-children fieldset:nth-of-type(2) legend",
        |t| t.contains("Children") && t.contains('2'),
    )
    .await?;
    h.wait_text("#q-members-1-children-2-child_name-label", |t| {
        t.starts_with("Name of Fatima's child")
    })
    .await?;
    field
        .answer("members-1-children-1-child_name", "Omar")
        .await?;
    field.answer("members-1-children-1-child_age", "40").await?;
    field
        .answer("members-1-children-2-child_name", "Hawa")
        .await?;
    field.answer("members-1-children-2-child_age", "3").await?;
    // Counted by the form: no buttons to add or remove children by hand.
    assert!(
        h.find("#add-members-1-children")
            .await?
            .attr("hidden")
            .await?
            .is_some()
    );

    // Animals are added and removed by hand, in Fatima's instance only.
    h.click("#add-members-1-pets").await?;
    field.answer("members-1-pets-1-animal", "goat").await?;
    h.click("#add-members-1-pets").await?;
    field.answer("members-1-pets-2-animal", "hen").await?;
    h.click("#repeat-members-1-pets fieldset:nth-of-type(1) button.remove")
        .await?;
    h.wait_text("#repeat-members-1-pets", |t| !t.contains("Animals – 2"))
        .await?;
    assert_eq!(
        h.find("#q-members-1-pets-1-animal")
            .await?
            .prop("value")
            .await?
            .as_deref(),
        Some("hen")
    );

    // A six-year-old is not asked about children, and has none.
    h.click("#add-members").await?;
    field.answer("members-2-member_name", "Ali").await?;
    field.answer("members-2-member_age", "6").await?;
    assert!(h.absent("#q-members-2-n_children").await?);
    assert!(
        h.text("#q-members-2-member_age-label")
            .await?
            .starts_with("How old is Ali?")
    );
    assert!(h.absent("#q-members-2-children-1-child_name").await?);

    // Omar cannot be older than Fatima: the form's message, under his own age.
    h.click("#save").await?;
    h.wait_text("#q-members-1-children-1-child_age-error", |t| {
        t == "A child is younger than the person caring for them"
    })
    .await?;
    assert!(
        h.text("#q-members-1-children-2-child_age-error")
            .await?
            .is_empty(),
        "Hawa's age is fine"
    );
    h.scroll_to("#q-members-1-children-1-child_age").await?;
    h.screenshot("repeats-01").await?;
    field.answer("members-1-children-1-child_age", "12").await?;

    field.save().await?;
    field.sync(&sync_message("en", 1, 0, 0)).await?;
    let submissions = h.server_submissions().await?;
    let answers = &submissions[0]["answers"];
    let fatima = &answers["members"][0];
    assert_eq!(fatima["children"][0]["child_name"], "Omar");
    assert_eq!(fatima["children"][0]["child_age"], "12");
    assert_eq!(fatima["children"][1]["child_name"], "Hawa");
    assert_eq!(fatima["pets"], serde_json::json!([{ "animal": "hen" }]));
    assert!(answers["members"][1].get("children").is_none());
    assert_eq!(answers["children_total"], "2");
    h.finish().await
}

/// The roster question every household survey asks: "Who is ${name}'s mother?", chosen
/// among the other members (`select_one ${member_name}` inside the roster, filtered by
/// `position() != current()/../pos`, as ODK's documentation writes it). Each member is
/// offered everyone but themselves; the server takes the record.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_member_chooses_a_mother_among_the_others() -> Result<()> {
    let survey: Vec<Vec<String>> = [
        ["type", "name", "label", "choice_filter", "calculation"],
        ["begin_repeat", "members", "Household members", "", ""],
        ["text", "member_name", "Name", "", ""],
        ["calculate", "pos", "", "", "position(..)"],
        [
            "select_one ${member_name}",
            "mother",
            "Who is ${member_name}'s mother?",
            "position() != current()/../pos",
            "",
        ],
        ["end_repeat", "", "", "", ""],
    ]
    .iter()
    .map(|r| r.iter().map(|c| c.to_string()).collect())
    .collect();
    let choices = vec![vec!["list_name".to_string(), "name".into(), "label".into()]];
    let book = crate::sheets::workbook(&[("survey", survey), ("choices", choices)])?;
    let imported = forms::xlsform::import(&book, "roster.xlsx")?;
    let h = Harness::interviewing(&imported.form, PASSPHRASE).await?;
    let field = h.field();
    for (i, name) in ["Amina", "Bilal", "Chidi"].iter().enumerate() {
        h.click("#add-members").await?;
        field
            .answer(&format!("members-{}-member_name", i + 1), name)
            .await?;
    }
    // Bilal is offered Amina and Chidi, not himself.
    h.find("#q-members-2-mother-Chidi").await?;
    field.choose("members-2-mother", "Amina").await?;
    assert!(h.absent("#q-members-2-mother-Bilal").await?);
    assert!(h.absent("#q-members-1-mother-Amina").await?);
    h.find("#q-members-1-mother-Bilal").await?;
    h.scroll_to("#q-members-2-mother-Amina").await?;
    h.screenshot("repeats-mother").await?;
    field.save().await?;
    field.sync(&sync_message("en", 1, 0, 0)).await?;
    let submissions = h.server_submissions().await?;
    let members = &submissions[0]["answers"]["members"];
    assert_eq!(members[1]["mother"], "Amina");
    assert!(members[0].get("mother").is_none());
    h.finish().await
}
