use super::*;

fn p(s: &str) -> Expr {
    parse(s, false).unwrap_or_else(|e| panic!("{s}: {e}"))
}

#[test]
fn precedence_follows_xpath() {
    assert_eq!(p("1 + 2 * 3").to_string(), "1 + 2 * 3");
    assert_eq!(
        p("1 + 2 * 3"),
        Expr::Chain(
            Box::new(Expr::Number(1.0)),
            vec![(
                BinOp::Add,
                Expr::Chain(
                    Box::new(Expr::Number(2.0)),
                    vec![(BinOp::Mul, Expr::Number(3.0))]
                )
            )]
        )
    );
    assert!(matches!(
        p("${a} > 1 and ${b} = 'x' or ${c}"),
        Expr::Chain(_, rest) if rest.len() == 1 && rest[0].0 == BinOp::Or
    ));
    // A looser operator after a chain takes the chain as its first operand.
    assert_eq!(p("1 * 2 * 3 + 4 - 5").to_string(), "1 * 2 * 3 + 4 - 5");
    assert!(matches!(
        p("1 * 2 * 3 + 4 - 5"),
        Expr::Chain(first, rest) if rest.len() == 2 && matches!(&*first, Expr::Chain(_, r) if r.len() == 2)
    ));
}

#[test]
fn subtraction_is_left_associative_and_prints_back() {
    let e = p("10 - 3 - 2");
    assert_eq!(parse(&e.to_string(), false).unwrap(), e);
    let e = p("10 - (3 - 2)");
    assert_eq!(e.to_string(), "10 - (3 - 2)");
    assert_eq!(parse(&e.to_string(), false).unwrap(), e);
}

#[test]
fn names_with_dashes_and_prefixes_are_functions() {
    assert!(matches!(
        p("count-selected(${x})"),
        Expr::Call(Function::CountSelected, _)
    ));
    assert!(matches!(
        p("jr:choice-name(${x}, '${x}')"),
        Expr::Call(Function::ChoiceName, _)
    ));
}

#[test]
fn rows_of_any_name_and_nested_columns_are_looked_up() {
    // KoboToolbox attaches another form's submissions as `<root><data>…</data></root>`.
    let src = "instance('survey')/root/data[P_Demographic/P_SN = ${sn}]/P_Demographic/P_Name";
    let parsed = Expr::parse(src).unwrap();
    let Expr::Lookup { filter, column, .. } = &parsed else {
        panic!("{parsed:?}")
    };
    assert_eq!(column.as_deref(), Some("P_Demographic/P_Name"));
    let mut names = Vec::new();
    filter.as_ref().unwrap().walk(&mut |e| {
        if let Expr::Name(n) = e {
            names.push(n.clone());
        }
    });
    assert_eq!(names, ["P_Demographic/P_SN"]);
    // Written back as ODK's `root/item`, it reads the same.
    assert_eq!(Expr::parse(&parsed.to_string()).unwrap(), parsed);
    // Outside a lookup's filter, a bare path is still no reference.
    assert!(Expr::parse("P_Demographic/P_SN = 1").is_err());
}

#[test]
fn a_column_may_spell_an_operator() {
    let parsed = Expr::parse("instance('a')/root/item[name = ${x}]/or").unwrap();
    assert!(matches!(parsed, Expr::Lookup { column: Some(c), .. } if c == "or"));
}

/// A REACH MSNA's constraint (Burkina Faso, 2020): `and.` is `and .` after an operand, as
/// ODK Web Forms reads it; where an operand is expected it stays a name.
#[test]
fn an_operator_written_against_a_dot_is_an_operator() {
    assert_eq!(
        p(".>0 and.<=${number_hh}"),
        p(". > 0 and . <= ${number_hh}")
    );
    assert_eq!(p("${a} or.=3"), p("${a} or . = 3"));
    let e = parse("and.x = ${y}", true).unwrap();
    assert!(
        matches!(&e, Expr::Chain(a, _) if **a == Expr::Name("and.x".into())),
        "{e:?}"
    );
}

#[test]
fn choice_filters_read_bare_names_as_columns() {
    let e = parse("state = ${state} and cf != ''", true).unwrap();
    assert!(
        matches!(&e, Expr::Chain(a, rest) if rest[0].0 == BinOp::And && matches!(&**a, Expr::Chain(n, r) if r[0].0 == BinOp::Eq && **n == Expr::Name("state".into())))
    );
    assert_eq!(parse(&e.to_string(), true).unwrap(), e);
    assert!(
        parse("state = ${state}", false).is_err(),
        "bare names only in filters"
    );
}

/// `(((…1…)))`, `n` deep.
fn parentheses(n: usize) -> String {
    format!("{}1{}", "(".repeat(n), ")".repeat(n))
}

/// `if(${a} = 1, 'x', if(…, 'y'))`, `n` calls deep: how forms map codes to values.
fn ifs(n: usize) -> String {
    format!("{}'y'{}", "if(${a} = 1, 'x', ".repeat(n), ")".repeat(n))
}

/// `n` terms joined by `op`: a chain the parser reads without recursion.
fn chain(n: usize, term: &str, op: &str) -> String {
    vec![term; n].join(op)
}

/// Each level is a parenthesis holding every precedence level: the most parser and
/// tree levels one level of nesting can make.
fn every_precedence(n: usize) -> String {
    format!(
        "{}1{}",
        "(1 or 1 and 1 = 1 < 1 + 1 * -".repeat(n),
        ")".repeat(n)
    )
}

/// `instance('l')/root/item[name = instance('l')/root/item[…]]`, `n` deep.
fn filters(n: usize) -> String {
    format!(
        "{}'x'{}",
        "instance('l')/root/item[name = ".repeat(n),
        "]".repeat(n)
    )
}

/// An expression nested `n` levels of one kind.
type Nest = fn(usize) -> String;

/// Ways to nest, each with how many of its levels must be accepted at least.
fn nestings() -> Vec<(Nest, usize)> {
    vec![
        (parentheses, MAX_DEPTH),
        (ifs, MAX_DEPTH - 4),
        (|n| format!("{}1", "-".repeat(n)), MAX_DEPTH - 1),
        // Each pair of parentheses nests the next operand of `+` inside.
        (
            |n| format!("{}1{}", "(1 + ".repeat(n), ")".repeat(n)),
            MAX_DEPTH / 2 - 1,
        ),
        (every_precedence, MAX_DEPTH / 8 - 1),
        (filters, MAX_DEPTH / 3 - 1),
        (|n| format!("concat(1, {})", ifs(n)), MAX_DEPTH - 5),
    ]
}

/// The deepest expression of every kind that is accepted, and the shallowest refused.
fn deepest_accepted_and_shallowest_refused() -> Vec<(String, String)> {
    nestings()
        .into_iter()
        .map(|(nest, at_least)| {
            let deepest = (1..=2 * MAX_DEPTH)
                .take_while(|&n| parse(&nest(n), true).is_ok())
                .last()
                .unwrap_or(0);
            assert!(deepest >= at_least, "{}: {deepest} levels", nest(1));
            (nest(deepest), nest(deepest + 1))
        })
        .collect()
}

/// Parse, check, evaluate, print, compare, clone, debug-print and drop `src` on a thread
/// with `stack` bytes of stack.
fn exercise(src: String, stack: usize) -> std::thread::Result<()> {
    std::thread::Builder::new()
        .stack_size(stack)
        .spawn(move || {
            let form = crate::demo::english_form(
                "deep",
                vec![crate::model::Node::new("a", crate::model::Kind::Integer)],
                Default::default(),
            )
            .compile()
            .unwrap();
            let answers = crate::model::Answers::new();
            let scope = super::super::Scope::top(&form, &answers, "2026-01-01");
            let steps = std::env::var("SAUTI_STEPS").unwrap_or("pevcdrwx".into());
            let Ok(e) = parse(&src, true) else { return };
            for step in steps.chars() {
                match step {
                    'e' => drop(scope.eval(&e)),
                    'p' => drop(parse(&e.to_string(), true).unwrap()),
                    'v' => assert!(e == e.clone()),
                    'c' => drop(e.clone()),
                    'd' => drop(format!("{e:?}")),
                    'r' => drop(e.references()),
                    'w' => e.walk(&mut |_| {}),
                    _ => {}
                }
            }
        })
        .unwrap()
        .join()
}

/// How much stack one kind of expression needs, found by running it (set
/// `SAUTI_STACK_PROBE=index,stack_kib` for `deepest_accepted()[index]`; a stack
/// overflow aborts the process, so a script tries one stack size per run).
#[test]
#[ignore = "a measuring tool, run by hand"]
fn stack_probe() {
    let Ok(probe) = std::env::var("SAUTI_STACK_PROBE") else {
        return;
    };
    let (index, stack) = probe.split_once(',').unwrap();
    let (src, _) = deepest_accepted_and_shallowest_refused().swap_remove(index.parse().unwrap());
    exercise(src, stack.parse::<usize>().unwrap() * 1024).unwrap();
}

#[test]
fn deep_nesting_is_refused_not_a_stack_overflow() {
    for src in [
        parentheses(400),
        "(".repeat(60_000),
        "-".repeat(60_000) + "1",
    ] {
        let Err(Error::Expression { reason, at, .. }) = parse(&src, false) else {
            panic!("{} accepted", &src[..20]);
        };
        assert!(reason.contains("nests more than 64 levels"), "{reason}");
        assert_eq!(at, MAX_DEPTH, "{reason}");
    }
    for (_, src) in deepest_accepted_and_shallowest_refused() {
        let refused = parse(&src, true);
        assert!(
            matches!(&refused, Err(Error::Expression { reason, .. }) if reason.contains("nests more than")),
            "{src}: {refused:?}"
        );
    }
}

#[test]
fn the_deepest_accepted_expressions_run_on_a_small_stack() {
    // Far less than any thread of the server (2 MiB) or the browser's (1 MiB) has, in
    // a debug build: parsing, evaluating, printing, comparing, cloning and dropping.
    for (src, _) in deepest_accepted_and_shallowest_refused() {
        exercise(src, 1024 * 1024).unwrap();
    }
}

#[test]
fn long_chains_nest_one_level() {
    let relevant = chain(500, "selected(${roles}, 'head')", " or ");
    assert!(matches!(p(&relevant), Expr::Chain(_, rest) if rest.len() == 499));
    // As many terms as fit in the longest expression, each kind of operator.
    for op in [" or ", " and ", " = ", " < ", " + ", " - ", " * ", " mod "] {
        let terms = MAX_LENGTH / (op.len() + 1);
        let src = chain(terms, "1", op);
        exercise(src, 256 * 1024).unwrap();
    }
    // Mixed precedences stack a few chains, not one per operator.
    let mixed = chain(2000, "${a} * 2 + 1 > 3", " and ");
    assert_eq!(p(&mixed).to_string(), mixed);
}

#[test]
fn overlong_expressions_are_refused_before_reading() {
    let long = chain(MAX_LENGTH / 5 + 2, "1", " or ");
    assert!(long.len() > MAX_LENGTH);
    let Err(Error::Expression { expr, reason, .. }) = parse(&long, false) else {
        panic!("accepted")
    };
    assert!(reason.contains("at most 65536"), "{reason}");
    assert!(expr.len() < 80, "the message quotes the start only: {expr}");
    // Cut on a character boundary.
    assert!(parse(&"é".repeat(MAX_LENGTH), false).is_err());
}

#[test]
fn what_parses_prints_back_to_the_same_expression() {
    // Found writing the fuzz target that checks this: a list name holding a quote,
    // a literal past f64::MAX.
    for src in [
        "instance(\"it's\")/root/item[name = 'x']/label",
        "1 + .5 - 2.",
    ] {
        let e = p(src);
        assert_eq!(parse(&e.to_string(), false).as_ref(), Ok(&e), "{src}");
    }
    let huge = "9".repeat(400);
    assert!(
        matches!(parse(&huge, false), Err(Error::Expression { reason, .. }) if reason.contains("too large"))
    );
    assert!(parse(&"9".repeat(300), false).is_ok());
}

#[test]
fn errors_say_where() {
    let Err(Error::Expression { at, reason, .. }) = parse("${a} > ", false) else {
        panic!("should fail")
    };
    assert_eq!(at, 7);
    assert!(reason.contains("ends too early"), "{reason}");
    assert!(parse("${a", false).is_err());
    assert!(parse("1 +* 2", false).is_err());
    assert!(parse("unknownfn(1)", false).is_err());
    assert!(parse("(1 + 2", false).is_err());
    assert!(parse("1 2", false).is_err());
    assert!(parse("", false).is_err());
}
