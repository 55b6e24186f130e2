use super::*;
use crate::demo;
use crate::expr::Scope;

const TODAY: &str = "2026-11-25";

fn v(s: &str) -> Answer {
    Answer::Value(s.to_string())
}

fn complete_household() -> Answers {
    demo::sample_household()
}

fn form() -> CompiledForm {
    demo::household_form().compile().unwrap()
}

fn settled(mut a: Answers) -> Answers {
    settle(&form(), &mut a, TODAY);
    a
}

#[test]
fn a_complete_household_is_valid_once_settled() {
    let a = settled(complete_household());
    assert_eq!(a.get("household_size"), Some(&v("2")));
    assert_eq!(validate(&form(), &a, TODAY), vec![]);
}

/// The nested demo: Fatima (34) cares for two children, Ali (6) is too young to be
/// asked, Mariam (40) cares for one.
fn nested() -> (CompiledForm, Answers) {
    let form = demo::nested_form().compile().unwrap();
    let mut a = complete_household();
    let Some(Answer::Repeat(members)) = a.get_mut("members") else {
        unreachable!()
    };
    let mut mariam = members[0].clone();
    mariam.insert("member_name".into(), v("Mariam"));
    mariam.insert("member_age".into(), v("40"));
    members.push(mariam);
    members[0].insert("children_count".into(), v("2"));
    members[2].insert("children_count".into(), v("1"));
    settle(&form, &mut a, TODAY);
    let child =
        |m: usize, c: usize| -> Vec<Step> { vec![("members".into(), m), ("children".into(), c)] };
    for (at, name, age) in [
        (child(0, 0), "Omar", "12"),
        (child(0, 1), "Hawa", "3"),
        (child(2, 0), "Yusuf", "8"),
    ] {
        model::set_value(&mut a, "child_name", &at, name.into());
        model::set_value(&mut a, "child_age", &at, age.into());
        settle_after(&form, &mut a, TODAY, "child_age");
    }
    for at in [child(0, 0), child(2, 0)] {
        model::set_value(&mut a, "child_school", &at, "yes".into());
    }
    settle(&form, &mut a, TODAY);
    (form, a)
}

/// A household with one more member, `name` of `age` (the others as the sample has them).
fn add_member(a: &mut Answers, name: &str, age: &str) {
    let Some(Answer::Repeat(members)) = a.get_mut("members") else {
        unreachable!()
    };
    let mut added = members[0].clone();
    added.insert("member_name".into(), v(name));
    added.insert("member_age".into(), v(age));
    members.push(added);
}

fn member(m: usize) -> Vec<Step> {
    vec![("members".into(), m)]
}

/// "Who answers for the household?": one of the members old enough, chosen from the
/// roster (`select_one ${member_name}` with a filter read in each member).
#[test]
fn a_select_offers_the_answers_of_a_repeat_that_its_filter_keeps() {
    let mut form = demo::household_form();
    form.body.push(Node {
        choice_filter: Some("${member_age} >= 18".into()),
        calculation: None,
        ..Node::new(
            "speaker",
            Kind::SelectOne {
                list: "${member_name}".into(),
            },
        )
    });
    form.body.push(Node {
        calculation: Some("jr:choice-name(${speaker}, '${speaker}')".into()),
        ..Node::new("speaker_label", Kind::Calculate)
    });
    let form = form.compile().unwrap();
    let mut a = complete_household();
    add_member(&mut a, "Amina Bello ", "40");
    settle(&form, &mut a, TODAY);
    let node = form.node("speaker").unwrap();
    let ctx = Context {
        form: &form,
        answers: &a,
        today: TODAY,
    };
    let offered: Vec<String> = ctx
        .visible_choices(node, &[])
        .into_iter()
        .map(|c| c.name)
        .collect();
    assert_eq!(offered, ["Fatima", "Amina Bello"], "Ali is 6");
    // A list of a repeat's answers waits for them (said "no choices yet" when empty).
    assert!(ctx.filter_waits(node, &[]));
    model::set_value(&mut a, "speaker", &[], "Ali".into());
    // As the server finds a record sent with a member not offered.
    let problems = validate(&form, &a, TODAY);
    assert!(
        problems
            .iter()
            .any(|p| p.name == "speaker" && p.problem == Problem::UnknownChoice),
        "{problems:?}"
    );
    // A name of two words is one choice.
    model::set_value(&mut a, "speaker", &[], "Amina Bello".into());
    settle_after(&form, &mut a, TODAY, "speaker");
    assert_eq!(validate(&form, &a, TODAY), vec![]);
    assert_eq!(a.get("speaker"), Some(&v("Amina Bello")));
    assert_eq!(a.get("speaker_label"), Some(&v("Amina Bello")));
    // Amina leaves the roster: no longer offered, the answer goes.
    let Some(Answer::Repeat(members)) = a.get_mut("members") else {
        unreachable!()
    };
    members.pop();
    settle(&form, &mut a, TODAY);
    assert_eq!(model::value(&a, "speaker", &[]), "");

    // Only a question in a repeat can be chosen from.
    let mut bad = demo::household_form();
    bad.body.push(Node::new(
        "speaker",
        Kind::SelectOne {
            list: "${admin_area}".into(),
        },
    ));
    let Err(crate::Error::Node { message, .. }) = bad.compile() else {
        panic!("a select over a question outside a repeat compiled")
    };
    assert!(message.contains("`admin_area` is not one"), "{message}");
}

fn child(m: usize, c: usize) -> Vec<Step> {
    vec![("members".into(), m), ("children".into(), c)]
}

#[test]
fn nested_repeats_follow_their_count_and_read_their_own_member() {
    let (form, a) = nested();
    assert_eq!(model::repeat_len(&a, "children", &member(0)), 2);
    assert_eq!(model::repeat_len(&a, "children", &member(1)), 0);
    assert_eq!(model::repeat_len(&a, "children", &member(2)), 1);
    // Counted across every member; the indexed one is the third member's first.
    assert_eq!(a.get("children_total"), Some(&v("3")));
    assert_eq!(a.get("second_members_first_child"), None);
    // `position(..)` is the child's place among its member's children.
    assert_eq!(model::value(&a, "child_no", &child(0, 1)), "2");
    assert_eq!(model::value(&a, "child_no", &child(2, 0)), "1");
    // School is asked of the children of 6 and over only.
    let ctx = Context {
        form: &form,
        answers: &a,
        today: TODAY,
    };
    assert!(ctx.is_relevant("child_school", &child(0, 0)));
    assert!(!ctx.is_relevant("child_school", &child(0, 1)));
    assert!(!ctx.is_relevant("children_count", &member(1)));
    // Inside a member, the children's ages are that member's children's only.
    let sum = |m: usize| {
        let at = member(m);
        let scope = Scope {
            instance: &at,
            ..ctx.scope(&[], "member_age")
        };
        scope
            .eval(&crate::expr::Expr::parse("sum(${child_age})").unwrap())
            .as_num()
    };
    assert_eq!((sum(0), sum(1), sum(2)), (15.0, 0.0, 8.0));
    assert_eq!(validate(&form, &a, TODAY), vec![]);
}

#[test]
fn an_instance_left_blank_by_a_relevance_elsewhere_goes_as_in_a_full_settle() {
    let mut form = demo::nested_form();
    let members = form.body.iter_mut().find(|n| n.name == "members").unwrap();
    let children = members
        .children
        .iter_mut()
        .find(|n| n.name == "children")
        .unwrap();
    children.children[0].relevant = Some("${health_access} != 'no'".into());
    let form = form.compile().unwrap();
    let mut a = Answers::new();
    model::add_instance(&mut a, "members", &[], Answers::new());
    model::set_value(&mut a, "member_age", &member(0), "30".into());
    model::set_value(&mut a, "children_count", &member(0), "2".into());
    settle(&form, &mut a, TODAY);
    model::set_value(&mut a, "child_name", &child(0, 1), "Hawa".into());
    model::set_value(&mut a, "children_count", &member(0), "1".into());
    settle_after(&form, &mut a, TODAY, "children_count");
    assert_eq!(
        model::repeat_len(&a, "children", &member(0)),
        2,
        "Hawa is kept"
    );
    a.insert("health_access".into(), v("no"));
    settle_after(&form, &mut a, TODAY, "health_access");
    assert_eq!(
        model::repeat_len(&a, "children", &member(0)),
        1,
        "nothing typed is left"
    );
    let mut full = a.clone();
    settle(&form, &mut full, TODAY);
    assert_eq!(a, full);
}

#[test]
fn nested_problems_are_named_with_their_whole_path() {
    let (form, mut a) = nested();
    // Older than the member who cares for them: the constraint reads the member's age.
    model::set_value(&mut a, "child_age", &child(2, 0), "41".into());
    model::set_value(&mut a, "child_name", &child(0, 1), String::new());
    settle(&form, &mut a, TODAY);
    let found: Vec<_> = validate(&form, &a, TODAY)
        .into_iter()
        .map(|e| (e.path, e.problem))
        .collect();
    assert_eq!(
        found,
        vec![
            (
                "members[1]/children[2]/child_name".to_string(),
                Problem::Required
            ),
            (
                "members[3]/children[1]/child_age".to_string(),
                Problem::Constraint
            ),
        ]
    );
    // An answer where no child is: the shape is refused, not stored.
    let Some(Answer::Repeat(members)) = a.get_mut("members") else {
        unreachable!()
    };
    members[1].insert("children".into(), v("Omar"));
    let errors = validate(&form, &a, TODAY);
    assert!(
        errors
            .iter()
            .any(|e| e.path == "members[2]/children" && e.problem == Problem::WrongShape),
        "{errors:?}"
    );
}

#[test]
fn nested_counts_clear_and_settle_like_a_full_pass() {
    let (form, mut a) = nested();
    // The second member grows up: asked now, and their children appear, blank.
    model::set_value(&mut a, "member_age", &member(1), "30".into());
    model::set_value(&mut a, "children_count", &member(1), "2".into());
    settle_after(&form, &mut a, TODAY, "children_count");
    assert_eq!(model::repeat_len(&a, "children", &member(1)), 2);
    model::set_value(&mut a, "child_name", &child(1, 0), "Zara".into());
    let changed = settle_after(&form, &mut a, TODAY, "child_name");
    assert!(
        changed.contains(&"second_members_first_child"),
        "{changed:?}"
    );
    assert_eq!(a.get("second_members_first_child"), Some(&v("Zara")));
    assert_eq!(a.get("children_total"), Some(&v("5")));
    // Too young again: the count goes, and with it the blank child, not Zara.
    model::set_value(&mut a, "member_age", &member(1), "6".into());
    settle_after(&form, &mut a, TODAY, "member_age");
    assert_eq!(model::value(&a, "children_count", &member(1)), "");
    assert_eq!(model::repeat_len(&a, "children", &member(1)), 1);
    // Removing a member takes their children with them.
    model::remove_instance(&mut a, "members", &[], 0);
    settle_after(&form, &mut a, TODAY, "members");
    assert_eq!(a.get("children_total"), Some(&v("2")));
    let mut full = a.clone();
    settle(&form, &mut full, TODAY);
    assert_eq!(a, full, "the incremental pass agrees with a full one");
}

/// The demo form with two triggered calculations: one at the top level, set off by the
/// needs; one in each member, set off by that member's age.
fn triggered() -> CompiledForm {
    let mut form = demo::household_form();
    let triggered = |name: &str, calculation: &str, trigger: &str| Node {
        calculation: Some(calculation.into()),
        attributes: [("trigger".to_string(), trigger.to_string())].into(),
        ..Node::new(name, Kind::Calculate)
    };
    form.body.push(triggered(
        "needs_noted",
        "concat('noted: ', ${priority_needs})",
        "${priority_needs}",
    ));
    let members = form.body.iter_mut().find(|n| n.name == "members").unwrap();
    members
        .children
        .push(triggered("age_noted", "${member_age} * 1", "${member_age}"));
    form.compile().unwrap()
}

#[test]
fn a_triggered_calculation_runs_when_its_question_is_answered_and_only_then() {
    let form = triggered();
    let mut a = complete_household();
    settle(&form, &mut a, TODAY);
    assert_eq!(
        a.get("needs_noted"),
        None,
        "not set off by opening the form"
    );
    assert_eq!(validate(&form, &a, TODAY), vec![]);
    model::set_value(&mut a, "priority_needs", &[], "water".into());
    settle_answer(&form, &mut a, TODAY, "priority_needs", &[]);
    assert_eq!(a.get("needs_noted"), Some(&v("noted: water")));
    // Other answers, a full settle, or the needs changed by a calculation: kept.
    model::set_value(&mut a, "priority_needs", &[], "food".into());
    settle_after(&form, &mut a, TODAY, "priority_needs");
    settle(&form, &mut a, TODAY);
    assert_eq!(a.get("needs_noted"), Some(&v("noted: water")));
    assert_eq!(
        validate(&form, &a, TODAY),
        vec![],
        "the server keeps it too"
    );
    // In a repeat, only the member whose age was given.
    model::set_value(&mut a, "member_age", &member(1), "7".into());
    settle_answer(&form, &mut a, TODAY, "member_age", &member(1));
    assert_eq!(model::value(&a, "age_noted", &member(1)), "7");
    assert_eq!(model::value(&a, "age_noted", &member(0)), "");

    let refused = |trigger: &str, calculation: Option<&str>| {
        let mut form = demo::household_form();
        form.body.push(Node {
            calculation: calculation.map(str::to_string),
            attributes: [("trigger".to_string(), trigger.to_string())].into(),
            ..Node::new("late", Kind::Text)
        });
        match form.compile() {
            Err(crate::Error::Node {
                column, message, ..
            }) => format!("{column}: {message}"),
            other => panic!("{other:?}"),
        }
    };
    assert!(refused("${nowhere}", Some("1")).starts_with("trigger: refers to ${nowhere}"));
    assert!(refused("priority_needs", Some("1")).contains("names no question"));

    // A question with a trigger and no calculation is cleared when its trigger is
    // answered again (ODK's setvalue with no value).
    let mut form = demo::household_form();
    form.body.push(Node {
        attributes: [("trigger".to_string(), "${priority_needs}".to_string())].into(),
        ..Node::new("late", Kind::Text)
    });
    let form = form.compile().unwrap();
    let mut a = complete_household();
    settle(&form, &mut a, TODAY);
    model::set_value(&mut a, "late", &[], "asked after the needs".into());
    settle_answer(&form, &mut a, TODAY, "late", &[]);
    assert_eq!(model::value(&a, "late", &[]), "asked after the needs");
    model::set_value(&mut a, "priority_needs", &[], "water".into());
    settle_answer(&form, &mut a, TODAY, "priority_needs", &[]);
    assert_eq!(model::value(&a, "late", &[]), "");
}

#[test]
fn a_question_required_by_an_expression_is_required_only_while_it_holds() {
    let mut form = demo::household_form();
    let health = form.body.iter_mut().find(|n| n.name == "health").unwrap();
    let illness = health
        .children
        .iter_mut()
        .find(|n| n.name == "chronic_illness")
        .unwrap();
    illness.required_if = Some("${health_access} = 'no'".into());
    let form = form.compile().unwrap();
    let mut a = settled(complete_household());
    assert_eq!(validate(&form, &a, TODAY), vec![], "access: yes");
    a.insert("health_access".into(), v("no"));
    a.insert("health_barrier".into(), v("cost"));
    let problems: Vec<_> = validate(&form, &a, TODAY)
        .into_iter()
        .map(|e| (e.name, e.problem))
        .collect();
    assert_eq!(
        problems,
        [("chronic_illness".to_string(), Problem::Required)]
    );
    let mut broken = demo::household_form();
    broken.body[0].children[0].required_if = Some("${nowhere} = 1".into());
    assert!(matches!(
        broken.compile(),
        Err(crate::Error::Node { column, .. }) if column == "required"
    ));
}

/// A date-time worked out by `date-time()` on the phone and again on the server is the
/// same wall clock, whatever offset each wrote (a client before 2026-12-06 wrote `Z`; a
/// daylight-saving change between the phone's moment and `saved_at`).
#[test]
fn a_date_time_calculated_with_another_offset_is_the_same_value() {
    assert!(same_calculation(
        "2026-11-26T01:30:00.000Z",
        "2026-11-26T01:30:00.000+03:00"
    ));
    assert!(same_calculation("3", "3"));
    assert!(!same_calculation(
        "2026-11-26T01:30:00.000Z",
        "2026-11-26T04:30:00.000+03:00"
    ));
    assert!(!same_calculation("2026-11-26", "2026-11-27"));
    assert!(!same_calculation(
        "x2026-11-26T01:30:00",
        "2026-11-26T01:30:00"
    ));
}

#[test]
fn a_stale_calculation_is_refused() {
    let mut a = settled(complete_household());
    a.insert("household_size".into(), v("9"));
    let errors = validate(&form(), &a, TODAY);
    assert_eq!(errors[0].problem, Problem::CalculationMismatch);
}

#[test]
fn missing_required_and_broken_constraints_are_named_with_paths() {
    let mut a = complete_household();
    a.remove("respondent_name");
    if let Some(Answer::Repeat(members)) = a.get_mut("members") {
        members[1].insert("member_age".into(), v("130"));
    }
    a.insert("priority_needs".into(), v("food water shelter health"));
    let a = settled(a);
    let errors = validate(&form(), &a, TODAY);
    let found: Vec<_> = errors
        .iter()
        .map(|e| (e.path.as_str(), e.problem))
        .collect();
    assert_eq!(
        found,
        vec![
            ("respondent_name", Problem::Required),
            ("members[2]/member_age", Problem::Constraint),
            ("priority_needs", Problem::Constraint),
        ]
    );
}

#[test]
fn relevance_inside_a_repeat_uses_the_same_instance() {
    let mut a = settled(complete_household());
    if let Some(Answer::Repeat(members)) = a.get_mut("members") {
        members[1].insert("member_pregnant".into(), v("no"));
    }
    let errors = validate(&form(), &a, TODAY);
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].path, "members[2]/member_pregnant");
    assert_eq!(errors[0].problem, Problem::NotRelevant);
}

#[test]
fn settle_clears_answers_that_stopped_being_relevant() {
    let mut a = complete_household();
    a.insert("displacement_status".into(), v("idp"));
    a.insert("displacement_reason".into(), v("flood"));
    a.insert("displacement_status".into(), v("resident"));
    let a = settled(a);
    assert!(!a.contains_key("displacement_reason"));
}

#[test]
fn types_choices_dates_and_unknown_fields_are_checked() {
    let mut a = complete_household();
    a.insert("meals_yesterday".into(), v("2.5"));
    a.insert("water_source".into(), v("champagne"));
    a.insert("interview_date".into(), v("24/11/2026"));
    a.insert("favourite_colour".into(), v("blue"));
    let errors = validate(&form(), &settled(a), TODAY);
    let problems: Vec<_> = errors
        .iter()
        .map(|e| (e.name.as_str(), e.problem))
        .collect();
    assert_eq!(
        problems,
        vec![
            ("interview_date", Problem::NotADate),
            ("water_source", Problem::UnknownChoice),
            ("meals_yesterday", Problem::NotAnInteger),
            ("favourite_colour", Problem::UnknownField),
        ]
    );
}

#[test]
fn times_and_geopoints_have_their_shapes() {
    for ok in ["09:30", "23:59:59", "07:05:00.000+03:00", "10:00Z"] {
        assert!(is_time(ok), "{ok}");
    }
    for bad in ["9:30", "24:00", "12:60", "noon", "12:30:00:00"] {
        assert!(!is_time(bad), "{bad}");
    }
    let form = form();
    let problem = |kind: Kind, text: &str| type_problem(&form, &kind, text);
    assert_eq!(problem(Kind::Geopoint, "-1.2921 36.8219"), None);
    assert_eq!(problem(Kind::Geopoint, "-1.2921 36.8219 1700 4.5"), None);
    for bad in ["91 0", "1 2 3 -1", "Nairobi"] {
        assert_eq!(
            problem(Kind::Geopoint, bad),
            Some(Problem::NotAGeopoint),
            "{bad}"
        );
    }
    // A line: two points or more; an area: three and closed on its first.
    assert_eq!(
        problem(Kind::Geotrace, "-1.29 36.82 0 5;-1.30 36.83 0 5"),
        None
    );
    assert_eq!(
        problem(Kind::Geotrace, "-1.29 36.82"),
        Some(Problem::NotAGeotrace)
    );
    assert_eq!(
        problem(Kind::Geotrace, "-1.29 36.82;Nairobi"),
        Some(Problem::NotAGeotrace)
    );
    assert_eq!(problem(Kind::Geoshape, "0 0;0 1;1 1;0 0"), None);
    assert_eq!(
        problem(Kind::Geoshape, "0 0;0 1;1 1"),
        Some(Problem::NotAGeoshape)
    );
    assert_eq!(
        problem(Kind::Geoshape, "0 0;0 1;0 0"),
        Some(Problem::NotAGeoshape)
    );
}

#[test]
fn a_future_date_breaks_the_constraint_relative_to_the_given_day() {
    let mut a = complete_household();
    a.insert("interview_date".into(), v("2026-11-26"));
    let errors = validate(&form(), &settled(a.clone()), TODAY);
    assert_eq!(errors[0].problem, Problem::Constraint);
    assert!(validate(&form(), &settled(a), "2026-11-26").is_empty());
}

/// The demo form with more dependencies to get wrong: a group that hides, a
/// calculation inside the repeat read by one outside, a calculation written after the
/// relevance that reads it, a repeat sized by an answer.
fn tangled_form() -> CompiledForm {
    let mut form = demo::household_form();
    let calc = |name: &str, expr: &str| Node {
        calculation: Some(expr.into()),
        ..Node::new(name, Kind::Calculate)
    };
    let water = form.body.iter_mut().find(|n| n.name == "water").unwrap();
    water.relevant = Some("${shelter_type} != 'none'".into());
    let health = form.body.iter_mut().find(|n| n.name == "health").unwrap();
    health.relevant = Some("${many_adults} != 'yes'".into());
    // Volatile calculations: drawn once when relevant, then kept by both paths.
    health.children.push(calc("health_visit", "random()"));
    form.body.push(calc("visit_code", "uuid()"));
    let members = form.body.iter_mut().find(|n| n.name == "members").unwrap();
    members
        .children
        .push(calc("member_adult", "if(${member_age} >= 18, 1, 0)"));
    // A read-only question with a calculation holds it on both paths.
    members.children.push(Node {
        calculation: Some("position(..) + ${member_adult}".into()),
        read_only: true,
        ..Node::new("member_no", Kind::Integer)
    });
    members.repeat_count = Some("${rooms}".into());
    form.body.push(calc("adults", "sum(${member_adult})"));
    form.body.push(calc(
        "many_adults",
        "if(${adults} > 1 and ${rooms} != '', 'yes', 'no')",
    ));
    form.compile().unwrap()
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(1000))]

    /// Settling only what an answer affects ends where settling everything would.
    #[test]
    fn settling_after_one_answer_agrees_with_settling_everything(
        steps in proptest::collection::vec((0usize..13, 0usize..5, 0usize..3), 1..25)
    ) {
        let form = tangled_form();
        let questions = [
            "displacement_status", "displaced_since", "shelter_type", "rooms",
            "water_source", "water_time_minutes", "water_enough", "member_age",
            "member_sex", "member_pregnant", "health_access", "members",
            "health_barrier",
        ];
        let values = ["", "0", "2", "none", "female", "resident", "30", "piped", "no", "12"];
        let mut answers = Answers::new();
        settle(&form, &mut answers, TODAY);
        for (q, v, instance) in steps {
            let name = questions[q];
            let value = values[(v * 3 + instance) % values.len()].to_string();
            if name == "members" {
                if v % 2 == 0 {
                    model::add_instance(&mut answers, "members", &[], Answers::new());
                } else {
                    model::remove_instance(&mut answers, "members", &[], instance);
                }
            } else if form.location(name).unwrap().repeat().is_some() {
                if instance >= model::repeat_len(&answers, "members", &[]) {
                    continue;
                }
                let at = [("members".to_string(), instance)];
                model::set_value(&mut answers, name, &at, value);
            } else {
                model::set_value(&mut answers, name, &[], value);
            }
            settle_after(&form, &mut answers, TODAY, name);
            let mut everything = answers.clone();
            settle(&form, &mut everything, TODAY);
            proptest::prop_assert_eq!(&answers, &everything, "after setting {}", name);
        }
    }

    /// The same with a repeat in a repeat: answers typed, cleared, and instances added
    /// and removed at either level.
    #[test]
    fn settling_nested_repeats_agrees_with_settling_everything(
        steps in proptest::collection::vec((0usize..8, 0usize..6, 0usize..3, 0usize..3), 1..30)
    ) {
        // A child's name is asked only while a top-level answer allows: clearing it
        // from outside may let a counted repeat drop the instances left blank.
        let mut form = demo::nested_form();
        let members = form.body.iter_mut().find(|n| n.name == "members").unwrap();
        let children = members.children.iter_mut().find(|n| n.name == "children").unwrap();
        children.children[0].relevant = Some("${health_access} != 'no'".into());
        let form = form.compile().unwrap();
        let questions = [
            "member_age", "children_count", "child_name", "child_age", "child_school",
            "members", "children", "health_access",
        ];
        let values = ["", "0", "2", "7", "30", "yes", "no", "13"];
        let mut answers = Answers::new();
        settle(&form, &mut answers, TODAY);
        for (q, v, m, c) in steps {
            let name = questions[q];
            let value = values[(v * 3 + m + c) % values.len()].to_string();
            let member = [("members".to_string(), m)];
            let child = [("members".to_string(), m), ("children".to_string(), c)];
            match name {
                "members" if v % 2 == 0 => {
                    model::add_instance(&mut answers, name, &[], Answers::new())
                }
                "members" => model::remove_instance(&mut answers, name, &[], m),
                "children" if v % 2 == 0 => {
                    model::add_instance(&mut answers, name, &member, Answers::new())
                }
                "children" => model::remove_instance(&mut answers, name, &member, c),
                _ if form.location(name).unwrap().repeats.len() == 2 => {
                    model::set_value(&mut answers, name, &child, value)
                }
                _ if form.location(name).unwrap().repeats.is_empty() => {
                    model::set_value(&mut answers, name, &[], value)
                }
                _ => model::set_value(&mut answers, name, &member, value),
            }
            settle_after(&form, &mut answers, TODAY, name);
            let mut everything = answers.clone();
            settle(&form, &mut everything, TODAY);
            proptest::prop_assert_eq!(&answers, &everything, "after setting {}", name);
        }
    }
}

/// A state question and a county list filtered by it (`<column> = ${state}`), each
/// choice `(name, the column's value)`.
fn states_and_counties(
    column: &str,
    states: &[(&str, &str)],
    counties: &[(&str, &str)],
) -> CompiledForm {
    states_and_counties_by(
        &format!("{column} = ${{state}}"),
        column,
        states,
        counties,
        vec![],
    )
}

/// [`states_and_counties`] filtered by `filter`, with `more` questions after the state.
fn states_and_counties_by(
    filter: &str,
    column: &str,
    states: &[(&str, &str)],
    counties: &[(&str, &str)],
    more: Vec<crate::model::Node>,
) -> CompiledForm {
    use crate::model::{Choice, Node, Text};
    let list = |choices: &[(&str, &str)]| -> Vec<Choice> {
        choices
            .iter()
            .map(|(name, value)| Choice {
                name: (*name).into(),
                label: Text::single("en", name),
                attributes: [(column.to_string(), (*value).to_string())].into(),
            })
            .collect()
    };
    let mut county = Node::new(
        "county",
        Kind::SelectOne {
            list: "counties".into(),
        },
    );
    county.choice_filter = Some(filter.to_string());
    let mut body = vec![Node::new(
        "state",
        Kind::SelectOne {
            list: "states".into(),
        },
    )];
    body.extend(more);
    body.push(county);
    demo::english_form(
        "f",
        body,
        [
            ("states".to_string(), list(states)),
            ("counties".to_string(), list(counties)),
        ]
        .into(),
    )
    .compile()
    .unwrap()
}

/// An empty filtered list says why: waiting for the answer its filter reads, or that
/// answer given and the list holding nothing for it (a posto without associations in a
/// Mozambican land registration's attached file: the enumerator saw "Choose…" alone).
#[test]
fn an_empty_filtered_list_says_whether_it_waits_for_an_answer() {
    let form = states_and_counties(
        "state",
        &[("texas", ""), ("oregon", "")],
        &[("cameron", "texas")],
    );
    let county = form.node("county").unwrap();
    let seen = |state: &str| {
        let a = Answers::from([("state".into(), v(state))]);
        let ctx = Context {
            form: &form,
            answers: &a,
            today: TODAY,
        };
        (
            ctx.visible_indices(county, &[]).len(),
            ctx.filter_waits(county, &[]),
        )
    };
    assert_eq!(seen(""), (0, true), "no state yet");
    assert_eq!(seen("oregon"), (0, false), "a state with no county");
    assert_eq!(seen("texas"), (1, false));
    let state = form.node("state").unwrap();
    let a = Answers::new();
    let ctx = Context {
        form: &form,
        answers: &a,
        today: TODAY,
    };
    assert!(
        !ctx.filter_waits(state, &[]),
        "no filter, nothing to wait for"
    );

    // A question not asked is not waited for; one asked and empty is; so is an empty
    // calculation that reads it, not one whose lookup found nothing.
    let other = crate::model::Node {
        relevant: Some("${state} = 'other'".into()),
        ..crate::model::Node::new("state_other", Kind::Text)
    };
    let region = crate::model::Node {
        calculation: Some("${state_other}".into()),
        ..crate::model::Node::new("region", Kind::Calculate)
    };
    let form = states_and_counties_by(
        "state = ${state} or state = ${region}",
        "state",
        &[("texas", ""), ("oregon", ""), ("other", "")],
        &[("cameron", "texas")],
        vec![other, region],
    );
    let county = form.node("county").unwrap();
    let waits = |state: &str| {
        let a = Answers::from([("state".into(), v(state))]);
        let ctx = Context {
            form: &form,
            answers: &a,
            today: TODAY,
        };
        ctx.filter_waits(county, &[])
    };
    assert!(waits(""), "no state yet");
    assert!(
        !waits("oregon"),
        "state_other is not asked: nothing to wait for"
    );
    assert!(
        waits("other"),
        "state_other is asked and empty, so is the region it makes"
    );
}

/// One choice name twice in a list, told apart by the filter (pyxform's
/// `choice_filter_test.xlsx`: a King county in Washington and in Texas): the answer
/// stays while either is offered. Found by the differential test against ODK's engine
/// (tests/odk_engine.rs), where ODK kept `king` and Sauti cleared it.
#[test]
fn a_choice_name_offered_twice_is_kept_while_either_is_offered() {
    let form = states_and_counties(
        "cf",
        &[("washington", ""), ("texas", "")],
        &[
            ("king", "washington"),
            ("pierce", "washington"),
            ("king", "texas"),
            ("cameron", "texas"),
        ],
    );
    let mut a = Answers::from([
        ("state".into(), v("washington")),
        ("county".into(), v("king")),
    ]);
    settle(&form, &mut a, TODAY);
    model::set_value(&mut a, "state", &[], "texas".into());
    settle_after(&form, &mut a, TODAY, "state");
    assert_eq!(model::value(&a, "county", &[]), "king");
    assert_eq!(validate(&form, &a, TODAY), vec![]);
    model::set_value(&mut a, "county", &[], "pierce".into());
    assert_eq!(
        validate(&form, &a, TODAY)[0].problem,
        Problem::UnknownChoice
    );
}

/// `a`, then group `g` (relevant when `a > 1`) holding `d` (default 5) and `t`.
fn form_with_a_default_in_a_group() -> CompiledForm {
    let mut d = crate::model::Node::new("d", Kind::Integer);
    d.default = Some("5".into());
    let mut g = crate::model::Node::new("g", Kind::Group);
    g.relevant = Some("${a} > 1".into());
    g.children = vec![d, crate::model::Node::new("t", Kind::Text)];
    demo::english_form(
        "f",
        vec![crate::model::Node::new("a", Kind::Integer), g],
        Default::default(),
    )
    .compile()
    .unwrap()
}

#[test]
fn a_default_in_a_group_asked_later_is_there_when_it_is_asked() {
    let form = form_with_a_default_in_a_group();
    let mut a = Answers::new();
    crate::prefill::apply_defaults(&form, &mut a, TODAY, None);
    settle(&form, &mut a, TODAY);
    assert_eq!(a, Answers::new(), "not asked yet: nothing stored");
    let answer = |a: &mut Answers, name: &str, value: &str| {
        model::set_value(a, name, &[], value.into());
        settle_answer(&form, a, TODAY, name, &[]);
        // One pass over everything ends where the answer's own walk ended.
        let mut whole = a.clone();
        settle(&form, &mut whole, TODAY);
        assert_eq!(&whole, a);
    };
    answer(&mut a, "a", "2");
    assert_eq!(
        model::value(&a, "d", &[]),
        "5",
        "asked: its default, as in ODK"
    );
    // Emptied by the enumerator, it stays empty while asked…
    answer(&mut a, "d", "");
    answer(&mut a, "a", "3");
    assert_eq!(model::value(&a, "d", &[]), "");
    assert_eq!(validate(&form, &a, TODAY), vec![]);
    // …and starts anew, with its default, when it is asked again.
    answer(&mut a, "a", "0");
    assert!(!a.contains_key("d"), "not asked: nothing stored");
    answer(&mut a, "a", "2");
    assert_eq!(model::value(&a, "d", &[]), "5");
    // A steward's correction puts no default back.
    let mut corrected = Answers::from([("a".into(), v("2"))]);
    settle_correction(&form, &mut corrected, TODAY, &a);
    assert!(!corrected.contains_key("d"));
}

#[test]
fn a_group_relevant_by_a_question_inside_it_settles_without_a_loop() {
    let group = |relevant: &str| {
        let mut g = crate::model::Node::new("g", Kind::Group);
        g.relevant = Some(relevant.into());
        g.children = vec![
            crate::model::Node::new("r", Kind::Text),
            crate::model::Node::new("q", Kind::Text),
        ];
        let mut after = crate::model::Node::new("after", Kind::Text);
        after.relevant = Some("${q} = 'x'".into());
        demo::english_form("f", vec![g, after], Default::default())
            .compile()
            .unwrap()
    };
    // Shown only once a question inside it is answered: never shown (as in ODK).
    let form = group("${q} = 'Y'");
    let ctx = |a| Context {
        form: &form,
        answers: a,
        today: TODAY,
    };
    assert!(!ctx(&Answers::new()).is_relevant("q", &[]));
    let mut a = Answers::from([("q".into(), v("N")), ("r".into(), v("kept?"))]);
    settle(&form, &mut a, TODAY);
    assert_eq!(a, Answers::new());
    // Hidden by its own answer: the answer cannot stand (ODK's engine loops on it), the
    // group stays, the rest of it keeps its answers; both ways of settling agree.
    let form = group("${q} != 'x'");
    let start = Answers::from([("q".into(), v("x")), ("r".into(), v("kept"))]);
    let mut whole = start.clone();
    settle(&form, &mut whole, TODAY);
    assert_eq!(whole, Answers::from([("r".into(), v("kept"))]));
    let mut a = Answers::from([("r".into(), v("kept"))]);
    model::set_value(&mut a, "q", &[], "x".into());
    settle_answer(&form, &mut a, TODAY, "q", &[]);
    assert_eq!(a, whole);
    assert_eq!(validate(&form, &a, TODAY), vec![]);
}

/// HOT's OpenStreetMap forms (fmtm `education.xls`, `waste.xls`): a text question with a
/// `choice_filter` (`town=${town}`, left from a select). ODK ignores the filter; Sauti
/// refused every answer typed (`unknown_choice`), so the interview could not be saved.
#[test]
fn a_choice_filter_on_a_text_question_filters_nothing() {
    use crate::model::Node;
    let mut locality = Node::new("locality", Kind::Text);
    locality.choice_filter = Some("town=${town}".into());
    let form = demo::english_form(
        "f",
        vec![Node::new("town", Kind::Text), locality],
        Default::default(),
    )
    .compile()
    .unwrap();
    let a = Answers::from([
        ("town".into(), v("Kambi")),
        ("locality".into(), v("Mtaa wa Saba")),
    ]);
    assert_eq!(validate(&form, &a, TODAY), vec![]);
}

/// A time the phone records (`now()` as a default) and checks as past (`. < now()`, a
/// flood assessment's "date/time of the assessment"): checked a moment later it holds,
/// on the phone (its clock when Next is pressed) and on the server (the record's
/// `saved_at`). With the day alone, `now()` was midnight: the default was midnight too
/// and Next was refused on every interview.
#[test]
fn a_time_recorded_now_is_before_a_later_check() {
    let mut node = Node::new("assessed_at", Kind::DateTime);
    node.required = true;
    node.default = Some("now()".into());
    node.constraint = Some(". < now()".into());
    let mut f = demo::household_form();
    f.body = vec![node];
    f.instance_name = None;
    let form = f.compile().unwrap();
    let mut a = Answers::new();
    crate::prefill::apply_defaults(&form, &mut a, "2026-12-06T11:25:30+03:00", None);
    assert_eq!(a["assessed_at"], v("2026-12-06T11:25:30+03:00"));
    assert_eq!(validate(&form, &a, "2026-12-06T11:26:02+03:00"), vec![]);
    assert_eq!(
        validate(&form, &a, "2026-12-06T11:25:30+03:00")[0].problem,
        Problem::Constraint,
        "not before the same moment"
    );
    assert_eq!(
        validate(&form, &a, "2026-12-06")[0].problem,
        Problem::Constraint,
        "midnight of that day is before it"
    );
}

#[test]
fn a_scale_whose_ends_are_not_whole_steps_apart_stops_at_the_last_step() {
    // Ends a whole number of steps apart: the ends themselves.
    assert_eq!(scale_bounds(0.0, 10.0, 2.0), (0.0, 10.0));
    assert_eq!(scale_bounds(0.0, 1.0, 0.1), (0.0, 1.0));
    // A real form's pit depth, 1 to 50 by 4: 1 to 49, counted from the start either way.
    assert_eq!(scale_bounds(1.0, 50.0, 4.0), (1.0, 49.0));
    assert_eq!(scale_bounds(50.0, 1.0, 4.0), (2.0, 50.0));
    assert_eq!(scale_bounds(1.0, 50.0, -4.0), (1.0, 49.0));
    assert!(on_scale(49.0, 1.0, 50.0, 4.0) && !on_scale(50.0, 1.0, 50.0, 4.0));
    assert!(on_scale(2.0, 50.0, 1.0, 4.0) && !on_scale(1.0, 50.0, 1.0, 4.0));
}

/// Adults, children, texts named `others`, and an editable `total` worked out from the
/// first two.
fn household_total(others: &[&str]) -> CompiledForm {
    use crate::model::Node;
    let mut total = Node::new("total", Kind::Integer);
    total.calculation = Some("${adults} + ${children}".into());
    let mut body = vec![
        Node::new("adults", Kind::Integer),
        Node::new("children", Kind::Integer),
    ];
    body.extend(others.iter().map(|name| Node::new(*name, Kind::Text)));
    body.push(total);
    demo::english_form("f", body, Default::default())
        .compile()
        .unwrap()
}

/// A question with a calculation that the enumerator may correct (a household total
/// worked out from its parts, not read-only): it takes the calculation when empty and
/// again when a part changes, and keeps what was typed over it until then, as in ODK.
#[test]
fn an_editable_calculated_question_keeps_a_correction_until_its_parts_change() {
    let form = household_total(&[]);
    let mut a = Answers::from([("adults".into(), v("2")), ("children".into(), v("3"))]);
    settle(&form, &mut a, TODAY);
    assert_eq!(a["total"], v("5"));
    a.insert("total".into(), v("6"));
    settle_after(&form, &mut a, TODAY, "total");
    assert_eq!(a["total"], v("6"), "the correction stands");
    settle(&form, &mut a, TODAY);
    assert_eq!(a["total"], v("6"), "and when the draft is opened again");
    a.insert("children".into(), v("5"));
    settle_after(&form, &mut a, TODAY, "children");
    assert_eq!(a["total"], v("7"), "recomputed when a part changes");
}

/// In the household's members: `age_months` worked out from the age and editable, and a
/// read-only `member_no` from `position(..)`. A correction in one member stands when
/// another member's age changes or a member is added; the serial is a whole number; the
/// members it numbers can still go when the count goes down.
#[test]
fn calculated_questions_in_a_repeat_keep_each_members_correction() {
    use crate::model::Node;
    let mut f = demo::household_form();
    let members = f.body.iter_mut().find(|n| n.name == "members").unwrap();
    let mut months = Node::new("age_months", Kind::Integer);
    months.calculation = Some("${member_age} * 12".into());
    let mut serial = Node::new("member_no", Kind::Integer);
    serial.calculation = Some("position(..) div 1.5".into());
    serial.read_only = true;
    members.children.push(months);
    members.children.push(serial);
    let form = f.compile().unwrap();
    let mut a = complete_household();
    settle(&form, &mut a, TODAY);
    assert_eq!(model::value(&a, "age_months", &member(0)), "408");
    assert_eq!(model::value(&a, "age_months", &member(1)), "72");
    // 1 div 1.5 and 2 div 1.5, as an integer question holds them.
    assert_eq!(model::value(&a, "member_no", &member(0)), "0");
    assert_eq!(model::value(&a, "member_no", &member(1)), "1");
    model::set_value(&mut a, "age_months", &member(0), "410".into());
    settle_answer(&form, &mut a, TODAY, "age_months", &member(0));
    model::set_value(&mut a, "member_age", &member(1), "7".into());
    settle_answer(&form, &mut a, TODAY, "member_age", &member(1));
    assert_eq!(model::value(&a, "age_months", &member(0)), "410", "kept");
    assert_eq!(
        model::value(&a, "age_months", &member(1)),
        "84",
        "recomputed"
    );
    let blank = crate::prefill::new_instance(&form, "members", &a, &[], TODAY);
    model::add_instance(&mut a, "members", &[], blank);
    settle_after(&form, &mut a, TODAY, "members");
    assert_eq!(model::value(&a, "age_months", &member(0)), "410", "kept");
    assert_eq!(model::value(&a, "member_no", &member(2)), "2");
    model::set_value(&mut a, "member_age", &member(0), "35".into());
    settle_answer(&form, &mut a, TODAY, "member_age", &member(0));
    assert_eq!(
        model::value(&a, "age_months", &member(0)),
        "420",
        "its part changed"
    );

    // A steward corrects the second member's age: only that member's months follow; the
    // enumerator's correction in the first stands.
    model::set_value(&mut a, "age_months", &member(0), "425".into());
    settle_answer(&form, &mut a, TODAY, "age_months", &member(0));
    let stored = a.clone();
    model::set_value(&mut a, "member_age", &member(1), "8".into());
    settle_correction(&form, &mut a, TODAY, &stored);
    assert_eq!(
        model::value(&a, "age_months", &member(1)),
        "96",
        "its part changed"
    );
    assert_eq!(
        model::value(&a, "age_months", &member(0)),
        "425",
        "another member's stands"
    );
    // Two members corrected at once: the one whose age changed follows, the one whose
    // months the steward typed keeps them.
    let stored = a.clone();
    model::set_value(&mut a, "member_age", &member(0), "36".into());
    model::set_value(&mut a, "age_months", &member(1), "100".into());
    settle_correction(&form, &mut a, TODAY, &stored);
    assert_eq!(model::value(&a, "age_months", &member(0)), "432");
    assert_eq!(
        model::value(&a, "age_months", &member(1)),
        "100",
        "typed by the steward"
    );
}

/// A read-only question with a calculation holds what it works out on the server too: a
/// record whose serial or shown total was changed after the phone worked it out is
/// refused, as a stale `calculate` is. An editable one keeps the enumerator's correction.
#[test]
fn a_read_only_calculated_value_is_checked_and_an_editable_one_is_not() {
    use crate::model::Node;
    let mut f = demo::household_form();
    let members = f.body.iter_mut().find(|n| n.name == "members").unwrap();
    let mut serial = Node::new("member_no", Kind::Integer);
    serial.calculation = Some("position(..) div 1.5".into());
    serial.read_only = true;
    let mut months = Node::new("age_months", Kind::Integer);
    months.calculation = Some("${member_age} * 12".into());
    members.children.push(serial);
    members.children.push(months);
    let form = f.compile().unwrap();
    let mut a = complete_household();
    settle(&form, &mut a, TODAY);
    assert_eq!(validate(&form, &a, TODAY), vec![]);

    let mut corrected = a.clone();
    model::set_value(&mut corrected, "age_months", &member(1), "75".into());
    assert_eq!(
        validate(&form, &corrected, TODAY),
        vec![],
        "a correction stands"
    );

    // A date worked out from `today()` is the phone's: the screen opened before midnight
    // and the record was saved after it.
    let mut f2 = demo::household_form();
    let mut seen = Node::new("seen_on", Kind::Date);
    seen.calculation = Some("today()".into());
    seen.read_only = true;
    f2.body.push(seen);
    let dated = f2.compile().unwrap();
    let mut d = complete_household();
    settle(&dated, &mut d, "2026-11-24");
    assert_eq!(model::value(&d, "seen_on", &[]), "2026-11-24");
    assert_eq!(validate(&dated, &d, "2026-11-25"), vec![]);

    // So is a hidden `calculate` reading it (the visit's month); what reads that value is
    // still checked, from the value the phone kept.
    let mut f3 = demo::household_form();
    let mut month = Node::new("visit_month", Kind::Calculate);
    month.calculation = Some("substr(today(), 0, 7)".into());
    let mut label = Node::new("visit_label", Kind::Calculate);
    label.calculation = Some("concat('M', ${visit_month})".into());
    f3.body.push(month);
    f3.body.push(label);
    let monthly = f3.compile().unwrap();
    let mut m = complete_household();
    settle(&monthly, &mut m, "2026-11-30");
    assert_eq!(model::value(&m, "visit_label", &[]), "M2026-11");
    assert_eq!(
        validate(&monthly, &m, "2026-12-01"),
        vec![],
        "saved after midnight"
    );
    model::set_value(&mut m, "visit_label", &[], "M2026-12".into());
    assert_eq!(
        validate(&monthly, &m, "2026-12-01")
            .into_iter()
            .map(|e| (e.path, e.problem))
            .collect::<Vec<_>>(),
        vec![("visit_label".to_string(), Problem::CalculationMismatch)]
    );

    for tampered in ["5", ""] {
        let mut b = a.clone();
        model::set_value(&mut b, "member_no", &member(1), tampered.into());
        let errors = validate(&form, &b, TODAY);
        assert_eq!(errors.len(), 1, "{tampered:?}: {errors:?}");
        assert_eq!(
            (errors[0].path.as_str(), &errors[0].problem),
            ("members[2]/member_no", &Problem::CalculationMismatch)
        );
    }
}

/// A steward's correction reaches an editable total over the members when a member is
/// removed, and one in a sibling repeat (the livestock, reading the members' ages); a
/// value worked out from `today()` stays the interview's day.
#[test]
fn a_stewards_correction_reaches_removed_members_and_sibling_repeats_and_keeps_the_day() {
    use crate::model::Node;
    let mut f = demo::household_form();
    let mut ages = Node::new("ages_total", Kind::Integer);
    ages.calculation = Some("sum(${member_age})".into());
    let mut herd = Node::new("herd_carers", Kind::Integer);
    herd.calculation = Some("sum(${member_age})".into());
    let mut livestock = Node::new("livestock", Kind::Repeat);
    livestock.children = vec![Node::new("animal", Kind::Text), herd];
    let mut month = Node::new("visit_month", Kind::Calculate);
    month.calculation = Some("substr(today(), 0, 7)".into());
    f.body.extend([ages, livestock, month]);
    let form = f.compile().unwrap();
    let mut a = complete_household();
    a.insert(
        "livestock".into(),
        Answer::Repeat(vec![Answers::from([("animal".into(), v("goat"))])]),
    );
    settle(&form, &mut a, "2026-11-30");
    let goats = [("livestock".to_string(), 0)];
    assert_eq!(a["ages_total"], v("40"));
    assert_eq!(model::value(&a, "herd_carers", &goats), "40");
    assert_eq!(a["visit_month"], v("2026-11"));
    // The next month, the steward removes the second member (Ali, 6).
    let stored = a.clone();
    if let Some(Answer::Repeat(members)) = a.get_mut("members") {
        members.pop();
    }
    settle_correction(&form, &mut a, "2026-12-01", &stored);
    assert_eq!(a["ages_total"], v("34"), "the total over the members left");
    assert_eq!(
        model::value(&a, "herd_carers", &goats),
        "34",
        "a sibling repeat"
    );
    assert_eq!(a["visit_month"], v("2026-11"), "the interview's month");
    assert_eq!(validate(&form, &a, "2026-12-01"), vec![]);
}

/// A steward deletes the middle one of three members: the member after it keeps what the
/// enumerator typed over its own editable calculation (compared by position, it moved and
/// was worked out again), and the total over the members follows. A member added in the
/// middle changes nobody else either.
#[test]
fn a_member_deleted_in_the_middle_leaves_the_others_as_they_were() {
    use crate::model::Node;
    let mut f = demo::household_form();
    if let Some(members) = f.body.iter_mut().find(|n| n.name == "members") {
        let mut share = Node::new("share", Kind::Integer);
        share.calculation = Some("${member_age} * 2".into());
        members.children.push(share);
    }
    let mut ages = Node::new("ages_total", Kind::Integer);
    ages.calculation = Some("sum(${member_age})".into());
    f.body.push(ages);
    let form = f.compile().unwrap();
    let mut a = complete_household();
    add_member(&mut a, "Mariam", "40");
    settle(&form, &mut a, TODAY);
    // The enumerator corrected Ali's share and Mariam's by hand, to the same value (so
    // that, compared by position, Mariam's share would not differ from Ali's).
    model::set_value(&mut a, "share", &member(1), "7".into());
    model::set_value(&mut a, "share", &member(2), "7".into());
    assert_eq!(a["ages_total"], v("80"));
    let stored = a.clone();

    let Some(Answer::Repeat(members)) = a.get_mut("members") else {
        unreachable!()
    };
    members.remove(1);
    settle_correction(&form, &mut a, TODAY, &stored);
    assert_eq!(model::value(&a, "member_name", &member(1)), "Mariam");
    assert_eq!(model::value(&a, "share", &member(1)), "7", "her own, kept");
    assert_eq!(
        a["ages_total"],
        v("74"),
        "the total follows the member removed"
    );

    // A member added between the two: Mariam's stays, the newcomer's is worked out.
    let before = a.clone();
    let Some(Answer::Repeat(members)) = a.get_mut("members") else {
        unreachable!()
    };
    let newcomer = Answers::from([
        ("member_name".into(), v("Zainab")),
        ("member_age".into(), v("20")),
    ]);
    members.insert(1, newcomer);
    settle_correction(&form, &mut a, TODAY, &before);
    assert_eq!(model::value(&a, "share", &member(2)), "7");
    assert_eq!(model::value(&a, "share", &member(1)), "40");
    assert_eq!(a["ages_total"], v("94"));
}

/// A steward corrects a record: a total the enumerator could correct (an editable
/// calculation) follows a part the steward changed, keeps a value the steward typed into it,
/// and keeps the enumerator's own correction when nothing it reads changed.
#[test]
fn a_stewards_correction_recomputes_an_editable_total_from_the_parts_it_changed() {
    let form = household_total(&["remarks"]);
    let stored = Answers::from([
        ("adults".into(), v("2")),
        ("children".into(), v("3")),
        ("remarks".into(), v("")),
        ("total".into(), v("6")),
    ]);
    let correct = |edits: &[(&str, &str)]| {
        let mut a = stored.clone();
        for (k, x) in edits {
            a.insert(k.to_string(), v(x));
        }
        settle_correction(&form, &mut a, TODAY, &stored);
        a["total"].clone()
    };
    assert_eq!(
        correct(&[("remarks", "checked")]),
        v("6"),
        "the enumerator's stands"
    );
    assert_eq!(correct(&[("adults", "4")]), v("7"), "a part changed");
    assert_eq!(
        correct(&[("adults", "4"), ("total", "9")]),
        v("9"),
        "typed by the steward"
    );
}
