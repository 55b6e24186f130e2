//! The expression parser, then whatever parses: printed and parsed back to the same tree,
//! and evaluated on an empty answer set of the demo form (as a `choice_filter` when the
//! first byte is odd, with bare names reading a choice's columns).
#![no_main]

use std::sync::LazyLock;

use forms::expr::{Expr, Scope};
use forms::model::{Answers, CompiledForm};
use libfuzzer_sys::fuzz_target;

static FORM: LazyLock<CompiledForm> = LazyLock::new(|| {
    forms::demo::household_form()
        .compile()
        .expect("the demo form compiles")
});

fuzz_target!(|data: &[u8]| {
    let Some((&mode, text)) = data.split_first() else {
        return;
    };
    let Ok(src) = std::str::from_utf8(text) else {
        return;
    };
    let filter = mode & 1 == 1;
    let parsed = if filter {
        Expr::parse_choice_filter(src)
    } else {
        Expr::parse(src)
    };
    let Ok(expr) = parsed else { return };
    let printed = expr.to_string();
    let again = if filter {
        Expr::parse_choice_filter(&printed)
    } else {
        Expr::parse(&printed)
    };
    assert_eq!(again.as_ref(), Ok(&expr), "{src:?} printed as {printed:?}");
    let _ = expr.references();
    let answers = Answers::new();
    let choice = FORM.choices("yes_no").first();
    let scope = Scope {
        form: &FORM,
        answers: &answers,
        instance: &[],
        current: Some("household_size"),
        today: "2026-05-20",
        choice: if filter { choice } else { None },
    };
    let _ = scope.eval(&expr).as_answer();
});
