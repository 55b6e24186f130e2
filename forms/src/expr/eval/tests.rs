use super::*;
use crate::demo;
use crate::expr::Expr;
use crate::model::{Answer, Answers};

fn eval_with(answers: &Answers, src: &str) -> Value {
    let form = demo::household_form().compile().unwrap();
    let scope = Scope::top(&form, answers, "2026-11-25");
    scope.eval(&Expr::parse(src).unwrap())
}

fn eval(src: &str) -> Value {
    eval_with(&Answers::new(), src)
}

/// `src` on a phone whose clock reads `now` (with its offset).
fn eval_at(now: &str, src: &str) -> Value {
    let form = demo::household_form().compile().unwrap();
    let answers = Answers::new();
    let scope = Scope::top(&form, &answers, now);
    scope.eval(&Expr::parse(src).unwrap())
}

#[test]
fn empty_answers_are_nan_and_false() {
    assert!(eval("${household_size} + 1").as_num().is_nan());
    assert!(!eval("${household_size} > 0").as_bool());
    assert!(!eval("${household_size} < 0").as_bool());
    assert!(eval("${household_size} = ''").as_bool());
    assert_eq!(eval("${household_size} + 1").as_answer(), "");
}

#[test]
fn arithmetic_and_formatting() {
    assert_eq!(eval("7 div 2").as_string(), "3.5");
    assert_eq!(eval("7 mod 2").as_string(), "1");
    assert_eq!(eval("-(2 + 3) * 2").as_string(), "-10");
    assert_eq!(eval("1 div 0").as_string(), "Infinity");
    assert_eq!(eval("round(2.456, 2)").as_string(), "2.46");
    assert_eq!(eval("int(-2.7)").as_string(), "-2");
}

#[test]
fn comparisons_follow_xpath_types() {
    assert!(eval("'10' = 10").as_bool());
    assert!(eval("'abc' = 'abc'").as_bool());
    assert!(eval("'abc' != 'abd'").as_bool());
    assert!(eval("true() = 'x'").as_bool());
    assert!(eval("'2026-01-02' < '2026-11-25'").as_bool());
    assert!(eval("today() = '2026-11-25'").as_bool());
}

#[test]
fn choice_names_use_the_scope_s_language_else_the_default() {
    assert_eq!(
        eval("jr:choice-name('truck', '${water_source}')").as_string(),
        "Water truck"
    );
    assert_eq!(
        eval("jr:choice-name('nope', '${water_source}')").as_string(),
        ""
    );
    let form = demo::household_form().compile().unwrap();
    let answers = Answers::new();
    let in_lang = |lang: &str| {
        Scope {
            lang,
            ..Scope::top(&form, &answers, "2026-11-25")
        }
        .eval(&Expr::parse("jr:choice-name('truck', '${water_source}')").unwrap())
        .as_string()
    };
    assert_eq!(in_lang("ar"), "شاحنة مياه");
    assert_eq!(in_lang("fr"), "Camion-citerne");
    // A language the form does not have: the default's label.
    assert_eq!(in_lang("sw"), "Water truck");
}

#[test]
fn selections() {
    let mut a = Answers::new();
    a.insert("priority_needs".into(), Answer::Value("food water".into()));
    assert!(eval_with(&a, "selected(${priority_needs}, 'water')").as_bool());
    assert!(!eval_with(&a, "selected(${priority_needs}, 'wat')").as_bool());
    assert!(eval_with(&a, "selected(${priority_needs}, ' food ')").as_bool());
    // Collect's and Enketo's reading: an empty choice is "selected" in an empty answer
    // only (a drone log's `selected(../TrigS, PP)`, a bare name that reads as empty).
    assert!(!eval_with(&a, "selected(${priority_needs}, '')").as_bool());
    assert!(eval_with(&a, "selected(${unanswered}, '')").as_bool());
    assert!(!eval_with(&a, "selected(${unanswered}, 'food')").as_bool());
    assert_eq!(
        eval_with(&a, "count-selected(${priority_needs})").as_num(),
        2.0
    );
}

#[test]
fn repeats_give_node_sets_outside_and_values_inside() {
    let member = |age: &str| Answers::from([("member_age".to_string(), Answer::Value(age.into()))]);
    let mut a = Answers::new();
    a.insert(
        "members".into(),
        Answer::Repeat(vec![member("30"), member("4"), member("")]),
    );
    assert_eq!(eval_with(&a, "count(${members})").as_num(), 3.0);
    assert!(eval_with(&a, "sum(${member_age})").as_num().is_nan());
    assert!(eval_with(&a, "${member_age} < 5").as_bool(), "existential");
    let form = demo::household_form().compile().unwrap();
    let at = [("members".to_string(), 1)];
    let inside = Scope {
        form: &form,
        answers: &a,
        instance: &at,
        current: Some("member_age"),
        today: "2026-11-25",
        choice: None,
        last_saved: None,
        lang: "",
    };
    assert_eq!(inside.eval(&Expr::parse(". + 1").unwrap()).as_num(), 5.0);
}

#[test]
fn text_functions() {
    assert_eq!(eval("concat('a', 1, true())").as_string(), "a1true");
    assert_eq!(eval("string-length('دار')").as_num(), 3.0);
    assert_eq!(eval("coalesce('', 'x')").as_string(), "x");
    assert!(eval("contains('abc', 'b')").as_bool());
    assert!(eval("if(1 > 2, 'a', 'b') = 'b'").as_bool());
    assert_eq!(eval("min(3, 1, 2)").as_num(), 1.0);
    assert!(eval("max(1, '')").as_num().is_nan());
}

#[test]
fn numbers_and_math() {
    // Halves towards positive infinity, as XPath 1.0 and Collect (not ODK Web Forms' -3).
    assert_eq!(eval("round(-2.5)").as_num(), -2.0);
    assert_eq!(eval("round(2.5)").as_num(), 3.0);
    assert_eq!(eval("floor(-1.5)").as_num(), -2.0);
    assert_eq!(eval("ceiling(1.2)").as_num(), 2.0);
    assert_eq!(eval("abs(-3)").as_num(), 3.0);
    assert_eq!(eval("pow(2, 10)").as_num(), 1024.0);
    assert_eq!(eval("sqrt(16)").as_num(), 4.0);
    assert_eq!(eval("log10(1000)").as_num(), 3.0);
    assert_eq!(eval("exp10(2)").as_num(), 100.0);
    assert!((eval("pi()").as_num() - std::f64::consts::PI).abs() < 1e-12);
    assert!((eval("atan2(1, 1)").as_num() - std::f64::consts::FRAC_PI_4).abs() < 1e-12);
    assert!(eval("sqrt(-1)").as_num().is_nan());
    assert!(eval("abs('')").as_num().is_nan(), "empty is NaN");
    assert_eq!(
        eval("number('1e3')").as_answer(),
        "",
        "no exponents in XPath numbers"
    );
    assert_eq!(eval("number(' 12 ')").as_num(), 12.0);
    assert!(eval("boolean-from-string('true')").as_bool());
    assert!(eval("boolean-from-string('1')").as_bool());
    assert!(!eval("boolean-from-string('yes')").as_bool());
    let r = eval("random()").as_num();
    assert!((0.0..1.0).contains(&r));
}

#[test]
fn text_functions_of_xpath_and_odk() {
    assert_eq!(eval("substr('kenya', 1, 3)").as_string(), "en");
    assert_eq!(eval("substr('kenya', 2)").as_string(), "nya");
    assert_eq!(
        eval("substr('دار', 1)").as_string(),
        "ار",
        "characters, not bytes"
    );
    assert_eq!(eval("substr('abc', 5)").as_string(), "");
    assert_eq!(eval("substring('12345', 2, 3)").as_string(), "234");
    assert_eq!(eval("substring('12345', 1.5, 2.6)").as_string(), "234");
    assert_eq!(
        eval("substring-before('1999/04/01', '/')").as_string(),
        "1999"
    );
    assert_eq!(
        eval("substring-after('1999/04/01', '/')").as_string(),
        "04/01"
    );
    assert_eq!(eval("substring-after('abc', 'x')").as_string(), "");
    assert_eq!(eval("translate('bar', 'abc', 'ABC')").as_string(), "BAr");
    assert_eq!(
        eval("translate('--aaa--', 'abc-', 'ABC')").as_string(),
        "AAA"
    );
    assert_eq!(eval("normalize-space('  a   b ')").as_string(), "a b");
    assert!(eval("starts-with('kenya', 'ke') and ends-with('kenya', 'ya')").as_bool());
    assert_eq!(eval("string-length('')").as_num(), 0.0);
    assert_eq!(eval("uuid()").as_string().len(), 36);
    assert_ne!(eval("uuid()"), eval("uuid()"));
    assert_eq!(eval("uuid(8)").as_string().chars().count(), 8);
    // Capped, not a billion random draws.
    assert_eq!(eval("uuid(1000000000)").as_string().len(), MAX_RANDOM_TEXT);
    assert!(eval("regex('0712345678', '^07[0-9]{8}$')").as_bool());
    assert!(!eval("regex('', '^07[0-9]{8}$')").as_bool());
}

#[test]
fn dates_count_days_like_odk() {
    let mut a = Answers::new();
    a.insert("interview_date".into(), Answer::Value("2026-11-20".into()));
    assert_eq!(eval_with(&a, "today() - ${interview_date}").as_num(), 5.0);
    assert!(eval_with(&a, "${interview_date} < today()").as_bool());
    assert!(eval_with(&a, "${interview_date} <= '2026-11-20'").as_bool());
    // A time typed at 01:30 in Nairobi (22:30 the day before in UTC) is on today's date
    // there, as in ODK: date-times are read on their own clock.
    assert!(eval("'2026-11-25T01:30:00+03:00' >= today()").as_bool());
    assert!(eval("int(decimal-date-time('2026-11-25T01:30:00+03:00')) = today()").as_bool());
    assert!(!eval("'2026-11-25T01:30:00+03:00' < today()").as_bool());
    assert_eq!(eval("date(today() + 7)").as_string(), "2026-12-02");
    assert_eq!(
        eval("date('2026-01-31T23:00:00+03:00')").as_string(),
        "2026-01-31"
    );
    assert_eq!(eval("date('')").as_string(), "");
    assert_eq!(eval("date(0)").as_string(), "1970-01-01");
    assert_eq!(
        eval("decimal-date-time('1970-01-02T06:00:00Z')").as_num(),
        1.25
    );
    assert_eq!(eval("decimal-time('06:00:00Z')").as_num(), 0.25);
    assert_eq!(
        eval("date-time(1.5)").as_string(),
        "1970-01-02T12:00:00.000Z"
    );
    // On a phone in Nairobi a date-time made from a number is the phone's wall clock
    // with the phone's offset, and reads back as the same number.
    let nairobi = "2026-11-25T01:30:00+03:00";
    assert_eq!(
        eval_at(nairobi, "date-time(decimal-date-time(now()))").as_string(),
        "2026-11-25T01:30:00.000+03:00"
    );
    assert_eq!(
        eval_at(nairobi, "date-time(decimal-date-time(now()) + 1)").as_string(),
        "2026-11-26T01:30:00.000+03:00"
    );
    assert!(
        eval_at(
            nairobi,
            "decimal-date-time(date-time(decimal-date-time(now()))) = decimal-date-time(now())"
        )
        .as_bool()
    );
    assert_eq!(
        eval_at(
            "2026-11-25T08:00:00-05:00",
            "format-date-time(decimal-date-time(now()), '%H:%M')"
        )
        .as_string(),
        "08:00"
    );
    assert_eq!(
        eval_at("2026-11-25T08:00:00Z", "date-time(0.5)").as_string(),
        "1970-01-01T12:00:00.000Z"
    );
    assert_eq!(
        eval("format-date(today(), '%d/%m/%Y')").as_string(),
        "25/11/2026"
    );
    assert_eq!(eval("format-date('', '%Y')").as_string(), "");
    assert_eq!(
        eval("format-date-time('2026-11-25T14:03:00+03:00', '%H:%M')").as_string(),
        "14:03"
    );
    assert!(eval("now()").as_string().starts_with("2026-11-25T"));
    assert!(
        eval("(today() - '2000-11-25') div 365.25 >= 25").as_bool(),
        "age in years"
    );
    assert!(
        !eval("'2026-02-30' < today()").as_bool(),
        "an impossible date is NaN"
    );
}

#[test]
fn selections_and_repeats() {
    let member = |age: &str, name: &str| {
        Answers::from([
            ("member_age".to_string(), Answer::Value(age.into())),
            ("member_name".to_string(), Answer::Value(name.into())),
        ])
    };
    let mut a = Answers::new();
    a.insert(
        "priority_needs".into(),
        Answer::Value("food water shelter".into()),
    );
    a.insert(
        "members".into(),
        Answer::Repeat(vec![
            member("30", "Amina"),
            member("4", ""),
            member("61", "Juma"),
        ]),
    );
    assert_eq!(
        eval_with(&a, "selected-at(${priority_needs}, 1)").as_string(),
        "water"
    );
    assert_eq!(
        eval_with(&a, "selected-at(${priority_needs}, 9)").as_string(),
        ""
    );
    assert_eq!(
        eval_with(&a, "count-non-empty(${member_name})").as_num(),
        2.0
    );
    assert_eq!(
        eval_with(&a, "join(', ', ${member_name})").as_string(),
        "Amina, , Juma"
    );
    assert_eq!(eval_with(&a, "max(${member_age})").as_num(), 61.0);
    assert_eq!(eval_with(&a, "sum(${member_age})").as_num(), 95.0);
    assert_eq!(
        eval_with(&a, "indexed-repeat(${member_name}, ${members}, 3)").as_string(),
        "Juma"
    );
    assert_eq!(
        eval_with(&a, "indexed-repeat(${member_name}, ${members}, 9)").as_string(),
        ""
    );
    let form = demo::household_form().compile().unwrap();
    let ats: Vec<[Step; 1]> = (0..3).map(|i| [("members".to_string(), i)]).collect();
    let inside = |i: usize| Scope {
        form: &form,
        answers: &a,
        instance: &ats[i],
        current: Some("member_age"),
        today: "2026-11-25",
        choice: None,
        last_saved: None,
        lang: "",
    };
    assert_eq!(
        inside(1)
            .eval(&Expr::parse("position(..)").unwrap())
            .as_num(),
        2.0
    );
    assert_eq!(
        inside(2)
            .eval(&Expr::parse("once(${member_age} + 1)").unwrap())
            .as_string(),
        "61",
        "once() keeps a value already there"
    );
    assert_eq!(eval_with(&a, "once(1 + 1)").as_string(), "2");
}

#[test]
fn distances_areas_and_checklists() {
    // One degree of latitude on ODK's sphere: 111,319 m.
    let d = eval("distance('0 0', '1 0')").as_num();
    assert!((d - 111_318.8).abs() < 1.0, "{d}");
    // A path as a geotrace, and a square of 0.001 degree (about 111 m a side) at the
    // equator: about 12,391 m².
    let path = eval("distance('0 0 0 0; 0 0.001 0 0; 0.001 0.001 0 0')").as_num();
    assert!((path - 222.63).abs() < 0.1, "{path}");
    let square = eval("area('0 0; 0 0.001; 0.001 0.001; 0.001 0; 0 0')").as_num();
    assert!((square - 12_391.5).abs() < 5.0, "{square}");
    // JavaRosa's other spelling, in forms made from pyxform's examples.
    let enclosed = eval("enclosed-area('0 0; 0 0.001; 0.001 0.001; 0.001 0; 0 0')").as_num();
    assert_eq!(enclosed, square);
    assert!(eval("distance('0 0')").as_num().is_nan());
    assert_eq!(eval("area('0 0; 1 1')").as_num(), 0.0);
    assert!(eval("checklist(2, -1, true(), false(), 1 = 1)").as_bool());
    assert!(!eval("checklist(-1, 1, true(), true())").as_bool());
    assert!(eval("weighted-checklist(5, 10, true(), 3, false(), 9, true(), 2)").as_bool());
    assert!(!eval("weighted-checklist(6, 10, true(), 3, true(), 2)").as_bool());
    assert_eq!(
        eval("version()").as_string(),
        demo::household_form().version
    );
}

#[test]
fn unknown_functions_and_wrong_arity_are_refused_when_parsed() {
    assert!(Expr::parse("frobnicate(1)").is_err());
    assert!(Expr::parse("substr('a')").is_err());
    assert!(Expr::parse("pi(1)").is_err());
    assert!(Expr::parse("concat()").is_ok());
}

/// A blank cell of the choices sheet is no node for ODK (the reference converter leaves
/// it out of the item): equal to nothing, not even `''`, and not counted. Found by the
/// differential test against ODK's engine (tests/odk_engine.rs, or_other.xlsx).
#[test]
fn a_choice_without_a_cell_is_no_node() {
    let form = demo::household_form().compile().unwrap();
    let tagged = crate::model::Choice {
        name: "a".into(),
        label: crate::model::Text::single("en", "A"),
        attributes: [("pastel".to_string(), "yes".to_string())].into(),
    };
    let bare = crate::model::Choice {
        attributes: Default::default(),
        ..tagged.clone()
    };
    let answers = Answers::new();
    let filter = |choice, src: &str| {
        Scope {
            form: &form,
            answers: &answers,
            instance: &[],
            current: None,
            today: "2026-11-25",
            choice: Some(choice),
            last_saved: None,
            lang: "",
        }
        .eval(&Expr::parse_choice_filter(src).unwrap())
        .as_bool()
    };
    assert!(filter(&tagged, "pastel = 'yes'") && !filter(&tagged, "pastel = ''"));
    for src in ["pastel = ''", "pastel != ''", "pastel = 'yes'", "pastel"] {
        assert!(!filter(&bare, src), "{src}");
    }
    assert!(filter(&bare, "name = 'a'") && filter(&bare, "not(pastel)"));
}
