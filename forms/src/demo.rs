//! The demo project every fresh server is seeded with: a household needs assessment in
//! English, French and Arabic, and its consent template. Tests on both sides use it too.
//!
//! Also the generated forms of benchmarks and tests (`english_form`, `chained_form`,
//! `repeat_form`, `nested_form`, `needs_assessment` in `demo/assessment.rs`) and
//! `every_consent_method`, the one list the matrix tests (exports, receipts) run over;
//! it stops compiling when a method is added to `Method` without it.

use crate::consent::{ConsentTemplate, Method};
use crate::model::{Answer, Answers, Form};

mod assessment;
pub use assessment::needs_assessment;

/// The demo form's definition, as the server seeds it.
pub const HOUSEHOLD_FORM_JSON: &str = include_str!("../demo/household.json");
/// The demo consent template's definition.
pub const HOUSEHOLD_CONSENT_JSON: &str = include_str!("../demo/consent.json");

/// The demo household needs assessment.
pub fn household_form() -> Form {
    serde_json::from_str(HOUSEHOLD_FORM_JSON).expect("the bundled demo form is valid JSON")
}

/// The demo consent template.
pub fn household_consent() -> ConsentTemplate {
    serde_json::from_str(HOUSEHOLD_CONSENT_JSON).expect("the bundled consent template is valid")
}

/// One consent of every method the phone can record, each with its proofs filled in: what
/// every matrix test (exports, receipts, the community page) runs over, so a method added
/// to [`Method`] is followed through all of them once it is added here.
pub fn every_consent_method() -> Vec<Method> {
    let png = || "data:image/png;base64,iVBORw0KGgo=".to_string();
    let all = vec![
        Method::Signature { image: png() },
        Method::Verbal {
            witness: "Amina".into(),
        },
        Method::Mark {
            image: png(),
            witness: "Amina".into(),
        },
        Method::Guardian {
            guardian: "Halima".into(),
            relationship: "mother".into(),
            assent: true,
            witness: "Amina".into(),
        },
        Method::Proxy {
            proxy: "Yusuf".into(),
            relationship: "son".into(),
            reason: "unconscious after a stroke".into(),
            witness: "Amina".into(),
        },
    ];
    // A new variant stops this from compiling until it is added to the list above.
    for method in &all {
        match method {
            Method::Signature { .. }
            | Method::Verbal { .. }
            | Method::Mark { .. }
            | Method::Guardian { .. }
            | Method::Proxy { .. } => {}
        }
    }
    all
}

/// A complete household as an enumerator would enter it (before calculations are
/// settled): two members, resident, valid on any day after 2026-11-24. Tests, benchmarks
/// and the server's tests share it.
pub fn sample_household() -> Answers {
    let v = |s: &str| Answer::Value(s.to_string());
    let member = |name: &str, sex: &str, age: &str| {
        Answers::from([
            ("member_name".into(), v(name)),
            ("member_sex".into(), v(sex)),
            ("member_age".into(), v(age)),
            ("member_disability".into(), v("no")),
        ])
    };
    let members = vec![member("Fatima", "female", "34"), member("Ali", "male", "6")];
    let mut answers: Answers = [
        ("interview_date", "2026-11-24"),
        ("admin_area", "Camp 4"),
        ("respondent_name", "Fatima"),
        ("displacement_status", "resident"),
        ("shelter_type", "tent"),
        ("shelter_damage", "partial"),
        ("water_source", "truck"),
        ("water_enough", "no"),
        ("meals_yesterday", "2"),
        ("days_cereals", "7"),
        ("days_pulses", "3"),
        ("days_vegetables", "1"),
        ("days_meat", "0"),
        ("days_dairy", "0"),
        ("health_access", "yes"),
        ("priority_needs", "food water"),
    ]
    .into_iter()
    .map(|(k, val)| (k.to_string(), v(val)))
    .collect();
    answers.insert("members".into(), Answer::Repeat(members));
    answers
}

/// The benchmark form of `TARGETS.md`: integer questions `q1..qn`, question i relevant
/// when `${q(i-1)} > 0`, and one calculation summing the last ten. Benchmarks and the
/// browser tests generate it so every measure uses the same shape.
pub fn chained_form(n: usize) -> Form {
    use crate::model::{Kind, Node, Text};
    let question = |i: usize| Node {
        label: Text::single("en", &format!("Question {i}")),
        relevant: (i > 1).then(|| format!("${{q{}}} > 0", i - 1)),
        ..Node::new(format!("q{i}"), Kind::Integer)
    };
    let mut body: Vec<Node> = (1..=n).map(question).collect();
    let mut total = question(0);
    total.name = "total".into();
    total.kind = Kind::Calculate;
    total.relevant = None;
    total.calculation = Some(
        (n.saturating_sub(9).max(1)..=n)
            .map(|i| format!("${{q{i}}}"))
            .collect::<Vec<_>>()
            .join(" + "),
    );
    body.push(total);
    Form {
        title: Text::single("en", &format!("{n} chained questions")),
        ..english_form(&format!("chained_{n}"), body, Default::default())
    }
}

/// A form written in English only, version 1, titled with its id: what generated forms,
/// unit tests and browser tests build their questions into.
pub fn english_form(
    id: &str,
    body: Vec<crate::model::Node>,
    choices: std::collections::BTreeMap<String, Vec<crate::model::Choice>>,
) -> Form {
    Form {
        id: id.into(),
        version: "1".into(),
        title: crate::model::Text::single("en", id),
        default_language: "en".into(),
        languages: vec![crate::model::Language {
            code: "en".into(),
            name: "English".into(),
            rtl: false,
        }],
        body,
        choices,
        style: String::new(),
        instance_name: None,
    }
}

/// A form with one repeat of `n` instances (`repeat_count`), each a name and an age, and
/// the total of the ages: the "repeat with 200 instances" of issue 7, for benchmarks.
pub fn repeat_form(n: usize) -> Form {
    use crate::model::{Kind, Node, Text};
    let child = |name: &str, kind: Kind, label: &str| Node {
        label: Text::single("en", label),
        ..Node::new(name, kind)
    };
    let people = Node {
        label: Text::single("en", "People"),
        repeat_count: Some(n.to_string()),
        children: vec![
            child("name", Kind::Text, "Name"),
            child("age", Kind::Integer, "Age"),
        ],
        ..Node::new("people", Kind::Repeat)
    };
    let total = Node {
        calculation: Some("sum(${age})".into()),
        ..child("total_age", Kind::Calculate, "Total of the ages")
    };
    Form {
        body: vec![people, total],
        id: format!("repeat_{n}"),
        title: Text::single("en", &format!("A repeat of {n}")),
        ..chained_form(0)
    }
}

/// The demo form with a repeat inside its repeat: each household member has the children
/// they care for, as many as `children_count` says. A child's age must be below the
/// member's, school is asked from 6, and the top level counts every child of every member
/// and names the second member's first child: the nested repeats of issue 7, for tests.
pub fn nested_form() -> Form {
    use crate::model::{Kind, Node, Text};
    let en = |s: &str| Text::single("en", s);
    let node = |name: &str, kind: Kind, label: &str| Node {
        label: en(label),
        ..Node::new(name, kind)
    };
    let mut form = household_form();
    form.id = "household_children".into();
    form.title = en("Household members and their children");
    let children = Node {
        label: en("Children"),
        repeat_count: Some("${children_count}".into()),
        children: vec![
            Node {
                required: true,
                ..node("child_name", Kind::Text, "Child's name")
            },
            Node {
                required: true,
                constraint: Some(". < ${member_age}".into()),
                constraint_message: en("A child is younger than the member"),
                ..node("child_age", Kind::Integer, "Child's age")
            },
            Node {
                relevant: Some("${child_age} >= 6".into()),
                required: true,
                ..node(
                    "child_school",
                    Kind::SelectOne {
                        list: "yes_no".into(),
                    },
                    "Goes to school?",
                )
            },
            Node {
                calculation: Some("position(..)".into()),
                ..node("child_no", Kind::Calculate, "Child number")
            },
        ],
        ..node("children", Kind::Repeat, "Children")
    };
    let members = form
        .body
        .iter_mut()
        .find(|n| n.name == "members")
        .expect("the demo form has members");
    members.children.push(Node {
        relevant: Some("${member_age} >= 12".into()),
        constraint: Some(". <= 20".into()),
        ..node(
            "children_count",
            Kind::Integer,
            "How many children does this person care for?",
        )
    });
    members.children.push(children);
    let at = form
        .body
        .iter()
        .position(|n| n.name == "household_size")
        .map_or(form.body.len(), |i| i + 1);
    form.body.insert(
        at,
        Node {
            calculation: Some("count(${children})".into()),
            ..node(
                "children_total",
                Kind::Calculate,
                "Children in the household",
            )
        },
    );
    form.body.insert(
        at + 1,
        Node {
            calculation: Some(
                "indexed-repeat(${child_name}, ${members}, 2, ${children}, 1)".into(),
            ),
            ..node(
                "second_members_first_child",
                Kind::Calculate,
                "The second member's first child",
            )
        },
    );
    form
}

/// A picture for tests of pictures beside questions and choices: a well, 120 x 80 PNG.
pub fn sample_picture() -> Vec<u8> {
    include_bytes!("../assets/well.png").to_vec()
}

/// A recording for tests of the consent text read aloud: `seconds` of a 440 Hz tone,
/// 8 kHz mono 16-bit PCM in a WAV file (every browser plays it, no codec needed).
pub fn sample_recording(seconds: u32) -> Vec<u8> {
    const RATE: u32 = 8000;
    let samples = RATE * seconds;
    let data_len = samples * 2;
    let mut wav = Vec::with_capacity(44 + data_len as usize);
    wav.extend_from_slice(b"RIFF");
    wav.extend_from_slice(&(36 + data_len).to_le_bytes());
    wav.extend_from_slice(b"WAVEfmt ");
    wav.extend_from_slice(&16u32.to_le_bytes()); // fmt chunk size
    wav.extend_from_slice(&1u16.to_le_bytes()); // PCM
    wav.extend_from_slice(&1u16.to_le_bytes()); // mono
    wav.extend_from_slice(&RATE.to_le_bytes());
    wav.extend_from_slice(&(RATE * 2).to_le_bytes()); // bytes per second
    wav.extend_from_slice(&2u16.to_le_bytes()); // block align
    wav.extend_from_slice(&16u16.to_le_bytes()); // bits per sample
    wav.extend_from_slice(b"data");
    wav.extend_from_slice(&data_len.to_le_bytes());
    for i in 0..samples {
        // A triangle wave: no floating-point sine needed, audible all the same.
        let phase = (i * 440 * 4 / RATE) % 4;
        let within = ((i * 440 * 4) % RATE) as i32 * 8000 / RATE as i32;
        let value: i32 = match phase {
            0 => within,
            1 => 8000 - within,
            2 => -within,
            _ => within - 8000,
        };
        wav.extend_from_slice(&(value as i16).to_le_bytes());
    }
    wav
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_repeat_form_compiles_and_counts_its_instances() {
        let form = repeat_form(200).compile().expect("compiles");
        let mut answers = crate::model::Answers::new();
        crate::validate::settle(&form, &mut answers, "2026-11-25");
        match answers.get("people") {
            Some(crate::model::Answer::Repeat(items)) => assert_eq!(items.len(), 200),
            other => panic!("200 instances: {other:?}"),
        }
    }

    #[test]
    fn demo_form_compiles_with_about_thirty_questions_in_three_languages() {
        let form = household_form().compile().unwrap();
        let questions = form
            .walk()
            .iter()
            .filter(|(n, _)| !n.kind.has_children())
            .count();
        assert!((28..=40).contains(&questions), "{questions} questions");
        for (node, _) in form.walk() {
            for lang in ["en", "fr", "ar"] {
                assert!(
                    node.label.0.contains_key(lang),
                    "{} lacks {lang}",
                    node.name
                );
            }
        }
        assert!(form.is_rtl("ar") && !form.is_rtl("fr"));
    }

    #[test]
    fn demo_consent_has_the_three_purposes() {
        let t = household_consent();
        let ids: Vec<_> = t.purposes.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(ids, ["needs_assessment", "referral", "partner_sharing"]);
    }
}
