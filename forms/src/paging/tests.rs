use std::collections::BTreeMap;

use proptest::prelude::*;

use super::*;
use crate::demo;
use crate::model::{Choice, Form};
use crate::validate::{settle, validate};

const TODAY: &str = "2026-11-25";

fn text(name: &str, label: &str) -> Node {
    Node {
        label: Text::single("en", label),
        ..Node::new(name, Kind::Text)
    }
}

fn note(name: &str, label: &str) -> Node {
    Node {
        label: Text::single("en", label),
        ..Node::new(name, Kind::Note)
    }
}

fn select(name: &str, list: &str) -> Node {
    Node {
        label: Text::single("en", name),
        ..Node::new(name, Kind::SelectOne { list: list.into() })
    }
}

fn group(name: &str, label: &str, children: Vec<Node>) -> Node {
    Node {
        label: Text::single("en", label),
        children,
        ..Node::new(name, Kind::Group)
    }
}

fn relevant(node: Node, expr: &str) -> Node {
    Node {
        relevant: Some(expr.into()),
        ..node
    }
}

fn required(node: Node) -> Node {
    Node {
        required: true,
        ..node
    }
}

fn list(name: &str, n: usize) -> (String, Vec<Choice>) {
    let choices = (1..=n)
        .map(|i| Choice {
            name: if i == n {
                "other".into()
            } else {
                format!("c{i}")
            },
            label: Text::single("en", &format!("Choice {i}")),
            attributes: BTreeMap::new(),
        })
        .collect();
    (name.to_string(), choices)
}

fn compiled(body: Vec<Node>) -> CompiledForm {
    let choices = BTreeMap::from([
        list("yes_no", 2),
        list("six", 6),
        list("thirty", 30),
        list("many", 200),
    ]);
    demo::english_form("paging", body, choices)
        .compile()
        .unwrap()
}

fn values(pairs: &[(&str, &str)]) -> Answers {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), Answer::Value(v.to_string())))
        .collect()
}

fn shown(form: &CompiledForm, answers: &Answers) -> Vec<usize> {
    let ctx = Context {
        form,
        answers,
        today: TODAY,
    };
    Paging::of(form).shown(&ctx)
}

/// The top-level nodes of each screen of loose questions, by name.
fn loose_names(form: &CompiledForm, paging: &Paging) -> Vec<Vec<String>> {
    paging
        .screens()
        .iter()
        .map(|s| {
            s.nodes
                .iter()
                .map(|&i| form.form.body[i].name.clone())
                .collect()
        })
        .collect()
}

fn screen_height(form: &CompiledForm, paging: &Paging, id: usize) -> u32 {
    paging
        .nodes(form, id)
        .iter()
        .map(|n| estimated_height(form, n))
        .sum()
}

#[test]
fn the_demo_form_has_a_screen_per_section() {
    let form = demo::household_form().compile().unwrap();
    let paging = Paging::of(&form);
    assert_eq!(paging.len(), 8, "{paging:?}");
    assert_eq!(paging.screen_of(&form, "member_age"), Some(2));
    assert!(paging.names(&form, 2).contains(&"member_age".to_string()));
    // The household size is a calculation: on no screen.
    assert_eq!(paging.screen_of(&form, "household_size"), None);
    assert!(paging.screens().iter().all(|s| s.within.is_empty()));
}

#[test]
fn a_long_run_of_loose_questions_is_cut_into_screens_of_a_budget() {
    let body: Vec<Node> = (1..=40)
        .map(|i| match i % 4 {
            0 => select(&format!("s{i}"), "six"),
            _ => text(
                &format!("q{i}"),
                &format!("Question {i}: how many people live here?"),
            ),
        })
        .collect();
    let form = compiled(body);
    let paging = Paging::of(&form);
    assert!(paging.len() >= 4, "{} screens", paging.len());
    for id in 0..paging.len() {
        let height = screen_height(&form, &paging, id);
        assert!(height <= SCREEN_BUDGET, "screen {id}: {height} px");
    }
    // Every question once, in form order.
    let order: Vec<String> = loose_names(&form, &paging).concat();
    let expected: Vec<String> = form.form.body.iter().map(|n| n.name.clone()).collect();
    assert_eq!(order, expected);
    // Screens are well filled: no screen but the last under half the budget.
    for id in 0..paging.len() - 1 {
        assert!(screen_height(&form, &paging, id) > SCREEN_BUDGET / 2);
    }
}

#[test]
fn notes_stay_with_the_question_after_them_and_follow_ups_with_their_question() {
    let mut body = Vec::new();
    for i in 1..=30 {
        body.push(note(
            &format!("n{i}"),
            "Read this out to the respondent before asking.",
        ));
        body.push(select(&format!("s{i}"), "six"));
        body.push(relevant(
            text(&format!("s{i}_other"), "Other, specify"),
            &format!("selected(${{s{i}}}, 'other')"),
        ));
    }
    let form = compiled(body);
    let paging = Paging::of(&form);
    assert!(paging.len() > 5);
    for screen in loose_names(&form, &paging) {
        assert!(screen.len() % 3 == 0, "{screen:?}");
        assert!(
            screen[0].starts_with('n'),
            "a screen starts with its note: {screen:?}"
        );
        assert!(screen.last().unwrap().ends_with("_other"), "{screen:?}");
    }
}

#[test]
fn notes_at_the_end_close_the_screen_before_them() {
    let mut body: Vec<Node> = (1..=3).map(|i| text(&format!("q{i}"), "Name")).collect();
    body.push(note("thanks", "Thank the respondent."));
    let form = compiled(body);
    assert_eq!(
        loose_names(&form, &Paging::of(&form)),
        vec![vec!["q1", "q2", "q3", "thanks"]]
    );
}

#[test]
fn a_block_taller_than_a_screen_is_alone_on_its_screen() {
    let body = vec![
        text("before", "Name"),
        select("village", "many"),
        Node {
            appearance: Some("likert".into()),
            ..select("long", "six")
        },
    ];
    let mut form = compiled(body);
    // A searched list is short; the same list drawn as rows is not.
    assert_eq!(loose_names(&form, &Paging::of(&form)).len(), 1);
    form.form.choices.insert("six".into(), list("six", 40).1);
    let form = form.form.compile().unwrap();
    assert_eq!(
        loose_names(&form, &Paging::of(&form)),
        vec![vec!["before", "village"], vec!["long"]]
    );
}

#[test]
fn the_pages_style_gives_each_loose_question_its_own_screen() {
    let mut form = demo::chained_form(3);
    assert_eq!(
        Paging::of(&form.clone().compile().unwrap()).screens()[0].nodes,
        vec![0, 1, 2]
    );
    form.style = "pages theme-grid".into();
    let form = form.compile().unwrap();
    let paging = Paging::of(&form);
    let nodes: Vec<Vec<usize>> = paging.screens().iter().map(|s| s.nodes.clone()).collect();
    assert_eq!(nodes, vec![vec![0], vec![1], vec![2]]);
    assert!(form.has_style("theme-grid") && !form.has_style("grid"));
}

#[test]
fn an_audio_first_interview_asks_one_question_per_screen_whatever_the_style() {
    let form = demo::chained_form(3).compile().unwrap();
    let paging = Paging::one_per_screen(&form);
    let nodes: Vec<Vec<usize>> = paging.screens().iter().map(|s| s.nodes.clone()).collect();
    assert_eq!(nodes, vec![vec![0], vec![1], vec![2]]);
    assert_ne!(paging, Paging::of(&form));
}

#[test]
fn a_group_that_does_not_apply_is_skipped_and_the_pages_recounted() {
    let form = compiled(vec![
        required(select("has_children", "yes_no")),
        relevant(
            group(
                "children",
                "Children",
                vec![text("children_school", "School?")],
            ),
            "${has_children} = 'c1'",
        ),
        group("water", "Water", vec![text("water_source", "Source?")]),
    ]);
    let paging = Paging::of(&form);
    assert_eq!(paging.len(), 3);
    assert_eq!(shown(&form, &Answers::new()), vec![0, 2]);
    assert_eq!(
        shown(&form, &values(&[("has_children", "c1")])),
        vec![0, 1, 2]
    );
    assert_eq!(
        shown(&form, &values(&[("has_children", "other")])),
        vec![0, 2]
    );
}

#[test]
fn a_group_whose_questions_are_all_hidden_is_skipped() {
    let form = compiled(vec![
        select("working", "yes_no"),
        group(
            "work",
            "Work",
            vec![
                relevant(text("employer", "Employer"), "${working} = 'c1'"),
                relevant(text("hours", "Hours"), "${working} = 'c1'"),
                Node {
                    calculation: Some("1".into()),
                    ..Node::new("flag", Kind::Calculate)
                },
            ],
        ),
    ]);
    assert_eq!(shown(&form, &Answers::new()), vec![0]);
    assert_eq!(shown(&form, &values(&[("working", "c1")])), vec![0, 1]);
}

#[test]
fn a_repeat_counted_to_no_instance_is_skipped() {
    let members = Node {
        label: Text::single("en", "Members"),
        repeat_count: Some("${size}".into()),
        children: vec![text("member_name", "Name")],
        ..Node::new("members", Kind::Repeat)
    };
    let form = compiled(vec![
        Node {
            label: Text::single("en", "How many?"),
            ..Node::new("size", Kind::Integer)
        },
        members,
    ]);
    let mut answers = values(&[("size", "0")]);
    settle(&form, &mut answers, TODAY);
    assert_eq!(shown(&form, &answers), vec![0]);
    answers = values(&[("size", "2")]);
    settle(&form, &mut answers, TODAY);
    assert_eq!(shown(&form, &answers), vec![0, 1]);
    // A repeat the enumerator fills shows its Add button with no instance yet.
    let mut free = form.form.clone();
    free.body[1].repeat_count = None;
    let free = free.compile().unwrap();
    assert_eq!(shown(&free, &Answers::new()), vec![0, 1]);
}

#[test]
fn metadata_calculations_and_refused_purposes_take_no_screen() {
    let form = compiled(vec![
        Node::new(
            "start",
            Kind::Meta {
                field: "start".into(),
            },
        ),
        Node::new(
            "deviceid",
            Kind::Meta {
                field: "deviceid".into(),
            },
        ),
        group("water", "Water", vec![text("water_source", "Source?")]),
        Node {
            calculation: Some("1".into()),
            label: Text::single("en", "A score"),
            ..Node::new("score", Kind::Calculate)
        },
        group(
            "calcs",
            "",
            vec![Node {
                calculation: Some("2".into()),
                ..Node::new("two", Kind::Calculate)
            }],
        ),
        relevant(text("phone", "Phone"), "false()"),
        Node::new(
            "end",
            Kind::Meta {
                field: "end".into(),
            },
        ),
    ]);
    let paging = Paging::of(&form);
    assert_eq!(paging.len(), 1, "{paging:?}");
    assert_eq!(paging.screens()[0].nodes, vec![2]);
}

#[test]
fn a_nested_group_stays_on_its_section() {
    let form = compiled(vec![group(
        "household",
        "Household",
        vec![
            text("head", "Head of household"),
            group("dwelling", "Dwelling", vec![select("roof", "six")]),
            text("size", "Size"),
        ],
    )]);
    let paging = Paging::of(&form);
    assert_eq!(paging.len(), 1);
    assert_eq!(paging.screen_of(&form, "roof"), Some(0));
}

/// A section of `n` selects of six choices (about 400 px each).
fn tall_group(name: &str, n: usize, appearance: Option<&str>) -> Node {
    Node {
        appearance: appearance.map(str::to_string),
        ..group(
            name,
            &format!("Section {name}"),
            (1..=n)
                .map(|i| select(&format!("{name}_{i}"), "six"))
                .collect(),
        )
    }
}

#[test]
fn a_tall_section_is_cut_but_never_a_field_list() {
    let listed = tall_group("listed", 12, Some("field-list"));
    let table = tall_group("table", 12, Some("table-list"));
    let form = compiled(vec![listed, table, tall_group("plain", 12, None)]);
    let section = |name| estimated_height(&form, form.node(name).unwrap());
    assert!(section("plain") > SPLIT_SECTION_FROM);
    let paging = Paging::of(&form);
    // The field list and the table are one screen each, whatever their height.
    assert_eq!(paging.screens()[0].nodes, vec![0]);
    assert_eq!(paging.screens()[1].nodes, vec![1]);
    let pieces: Vec<&Screen> = paging.screens()[2..].iter().collect();
    assert!(pieces.len() >= 3, "{pieces:?}");
    for (k, piece) in pieces.iter().enumerate() {
        assert_eq!(piece.within, vec![2]);
        assert_eq!(piece.part, Some((k + 1, pieces.len())));
        assert!(screen_height(&form, &paging, k + 2) <= SCREEN_BUDGET + GROUP_FRAME);
    }
    // Drawn as the group holding only the piece's questions, titled by the group.
    let drawn = paging.nodes(&form, 3);
    assert_eq!(drawn.len(), 1);
    assert_eq!(drawn[0].name, "plain");
    assert!(drawn[0].children.len() < 12);
    assert_eq!(paging.title(&form, 3).unwrap().name, "plain");
    // Every question of the section is on exactly one piece.
    for i in 1..=12 {
        let name = format!("plain_{i}");
        let on = paging.screen_of(&form, &name).unwrap();
        assert!(paging.names(&form, on).contains(&name));
    }
}

#[test]
fn pieces_are_counted_among_the_pieces_shown() {
    let form = compiled(vec![
        required(select("first", "yes_no")),
        tall_group("plain", 12, None),
    ]);
    let paging = Paging::of(&form);
    let pieces: Vec<usize> = (0..paging.len())
        .filter(|&i| paging.screens()[i].part.is_some())
        .collect();
    let n = pieces.len();
    assert!(n >= 3, "{pieces:?}");
    // Every piece shown: as the cut counted them; the loose question is no piece.
    let all: Vec<usize> = (0..paging.len()).collect();
    let parts = paging.shown_parts(&all);
    assert_eq!(parts[0], None);
    for (k, id) in pieces.iter().enumerate() {
        assert_eq!(parts[*id], Some((k + 1, n)));
    }
    // The second piece skipped: the third is "2 of n-1", not "3 of n".
    let shown: Vec<usize> = all.iter().copied().filter(|&i| i != pieces[1]).collect();
    let parts = paging.shown_parts(&shown);
    assert_eq!(parts[1], Some((1, n - 1)));
    assert_eq!(parts[2], Some((2, n - 1)));
    // One piece shown: its title alone.
    assert_eq!(paging.shown_parts(&[0, pieces[2]]), vec![None, None]);
}

#[test]
fn a_tall_group_inside_a_tall_section_is_cut_too_and_a_small_one_kept_whole() {
    let outer = group(
        "outer",
        "Outer",
        vec![
            tall_group("small", 2, None),
            tall_group("inner", 12, None),
            select("last", "six"),
        ],
    );
    let form = compiled(vec![outer]);
    let paging = Paging::of(&form);
    let small = paging.screen_of(&form, "small_1").unwrap();
    assert_eq!(paging.screen_of(&form, "small_2"), Some(small));
    assert_eq!(paging.screens()[small].within, vec![0]);
    let inner = paging.screen_of(&form, "inner_1").unwrap();
    assert_eq!(paging.screens()[inner].within, vec![0, 1]);
    assert_eq!(paging.title(&form, inner).unwrap().name, "inner");
    // Drawn inside the outer group's frame.
    let drawn = paging.nodes(&form, inner);
    assert_eq!(drawn[0].name, "outer");
    assert_eq!(drawn[0].children[0].name, "inner");
    // Hidden with the outer group.
    let mut hidden = form.form.clone();
    hidden.body[0].relevant = Some("1 = 2".into());
    let hidden = hidden.compile().unwrap();
    assert_eq!(shown(&hidden, &Answers::new()), Vec::<usize>::new());
    assert!(
        Paging::of(&hidden)
            .watched(&hidden, inner)
            .contains(&"outer".to_string())
    );
}

#[test]
fn titles_come_from_group_labels_or_the_first_labelled_question() {
    let form = compiled(vec![
        Node::new(
            "start",
            Kind::Meta {
                field: "start".into(),
            },
        ),
        note("intro", "Introduce yourself"),
        text("name", "Name"),
        group("water", "Water", vec![text("water_source", "Source?")]),
        group("unlabelled", "", vec![text("roof", "Roof?")]),
    ]);
    let paging = Paging::of(&form);
    let titles: Vec<&str> = (0..paging.len())
        .map(|id| paging.title(&form, id).unwrap().name.as_str())
        .collect();
    assert_eq!(titles, ["name", "water", "roof"]);
    // A screen of notes only is titled by its first.
    let notes = compiled(vec![note("intro", "Introduce yourself")]);
    assert_eq!(Paging::of(&notes).title(&notes, 0).unwrap().name, "intro");
}

#[test]
fn next_back_and_the_landing_page_follow_the_screens_shown() {
    let shown = [0, 2, 5];
    assert_eq!(next(&shown, 0), Some(2));
    assert_eq!(next(&shown, 2), Some(5));
    assert_eq!(next(&shown, 5), None);
    assert_eq!(previous(&shown, 5), Some(2));
    assert_eq!(previous(&shown, 0), None);
    // The page the enumerator is on stopped applying: on to the next one shown.
    assert_eq!(landing(&shown, 2), Some(2));
    assert_eq!(landing(&shown, 3), Some(5));
    assert_eq!(landing(&shown, 7), Some(5));
    assert_eq!(landing(&[], 3), None);
    // From a page that is no longer shown, Back and Next go around it.
    assert_eq!(previous(&shown, 3), Some(2));
    assert_eq!(next(&shown, 3), Some(5));
}

#[test]
fn progress_counts_required_answers_and_wrong_ones() {
    let form = demo::household_form().compile().unwrap();
    let paging = Paging::of(&form);
    let progress = |answers: &Answers, id| {
        let ctx = Context {
            form: &form,
            answers,
            today: TODAY,
        };
        paging.progress(&ctx, id, &validate(&form, answers, TODAY))
    };
    let empty = Answers::new();
    // Location: the date and the area, required, unanswered.
    assert_eq!(
        progress(&empty, 0),
        Progress {
            required: 2,
            answered: 0,
            problems: 0
        }
    );
    let mut answers = demo::sample_household();
    settle(&form, &mut answers, TODAY);
    for id in 0..paging.len() {
        let p = progress(&answers, id);
        assert_eq!(p.answered, p.required, "screen {id}: {p:?}");
        assert_eq!(p.problems, 0);
    }
    // Two members of four required questions each (pregnancy is not asked of them).
    assert_eq!(progress(&answers, 2).required, 8);
    // A wrong answer is a problem; a date in the future breaks a constraint.
    answers.insert("interview_date".into(), Answer::Value("2099-01-01".into()));
    assert_eq!(
        progress(&answers, 0),
        Progress {
            required: 2,
            answered: 2,
            problems: 1
        }
    );
}

#[test]
fn every_node_drawn_is_on_the_screen_that_names_it() {
    for form in [demo::household_form(), demo::nested_form()] {
        let form = form.compile().unwrap();
        let paging = Paging::of(&form);
        for (node, _) in form.walk() {
            if let Some(id) = paging.screen_of(&form, &node.name) {
                assert!(paging.names(&form, id).contains(&node.name));
            } else {
                assert!(
                    matches!(
                        node.kind,
                        Kind::Calculate | Kind::Meta { .. } | Kind::Hidden
                    ),
                    "{} is on no screen",
                    node.name
                );
            }
        }
    }
}

/// A random body of loose questions, notes, follow-ups and groups.
fn body_strategy() -> impl Strategy<Value = Vec<Node>> {
    prop::collection::vec((0u8..6, 0usize..200), 1..80).prop_map(|specs| {
        let mut body = Vec::new();
        for (i, (kind, label)) in specs.into_iter().enumerate() {
            let name = format!("n{i}");
            let label = "x".repeat(label);
            body.push(match kind {
                0 => note(&name, &label),
                1 => select(&name, "six"),
                2 if i > 0 => relevant(text(&name, &label), &format!("${{n{}}} != ''", i - 1)),
                3 => tall_group(&name, i % 14, None),
                4 => Node::new(
                    name,
                    Kind::Meta {
                        field: "start".into(),
                    },
                ),
                _ => text(&name, &label),
            });
        }
        body
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Every node that takes a place is drawn on exactly one screen, in form order, and a
    /// screen of loose questions holds more than one block only within the budget.
    #[test]
    fn screens_cover_the_form_once_in_order(body in body_strategy()) {
        let form = compiled(body);
        let paging = Paging::of(&form);
        let mut drawn: Vec<String> = Vec::new();
        for id in 0..paging.len() {
            let nodes = paging.nodes(&form, id);
            prop_assert!(!nodes.is_empty());
            fn leaves(node: &Node, out: &mut Vec<String>) {
                if node.kind == Kind::Group && !node.children.is_empty() {
                    node.children.iter().for_each(|c| leaves(c, out));
                } else {
                    out.push(node.name.clone());
                }
            }
            nodes.iter().for_each(|n| leaves(n, &mut drawn));
            let loose = paging.screens()[id].within.is_empty() && nodes.iter().all(|n| !n.kind.has_children());
            if loose && nodes.len() > 1 {
                let height: u32 = nodes.iter().map(|n| estimated_height(&form, n)).sum();
                let blocks = nodes.iter().filter(|n| n.kind != Kind::Note).count();
                prop_assert!(height <= SCREEN_BUDGET || blocks <= 1, "{height}");
            }
        }
        let mut expected = Vec::new();
        fn placed(node: &Node, top: bool, out: &mut Vec<String>) {
            if !takes_place(node, top) {
                return;
            }
            if node.kind == Kind::Group {
                node.children.iter().for_each(|c| placed(c, false, out));
            } else {
                out.push(node.name.clone());
            }
        }
        form.form.body.iter().for_each(|n| placed(n, true, &mut expected));
        prop_assert_eq!(drawn, expected);
    }
}

#[test]
fn a_form_with_nothing_to_show_has_no_screen() {
    let form: Form = demo::english_form(
        "empty",
        vec![Node::new(
            "start",
            Kind::Meta {
                field: "start".into(),
            },
        )],
        BTreeMap::new(),
    );
    let form = form.compile().unwrap();
    assert!(Paging::of(&form).is_empty());
}

#[test]
fn a_filtered_list_is_estimated_by_the_few_choices_it_shows() {
    let district = Node {
        choice_filter: Some("name != ''".into()),
        ..select("district", "thirty")
    };
    let mut form = compiled(vec![
        select("province", "six"),
        district,
        text("size", "Size"),
    ]);
    form.form
        .choices
        .insert("thirty".into(), list("thirty", 30).1);
    let form = form.form.compile().unwrap();
    assert_eq!(
        loose_names(&form, &Paging::of(&form)),
        vec![vec!["province", "district", "size"]]
    );
}
