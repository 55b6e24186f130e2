//! The 1,000-question chained form of TARGETS.md in headless Chromium, against the real
//! server and the release client: `cargo bench -p e2e --bench big_form` (after
//! `scripts/build-app.sh`). Two figures, each the median of several runs at CPU x1 and x4:
//! - consent given → first question visible (the form compiled, settled and rendered);
//! - one keystroke in the first question, typed with real key events (keydown, keypress,
//!   input, keyup) through WebDriver, timed inside the page from `keydown` to the end of
//!   the work it causes, and to the next painted frame.

use anyhow::{Context, Result};
use e2e::Harness;
use fantoccini::Locator;
use serde_json::json;

const PASSPHRASE: &str = "olive tree at dawn 7";

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

async fn throttle(h: &Harness, rate: u32) -> Result<()> {
    h.cdp("Emulation.setCPUThrottlingRate", json!({ "rate": rate }))
        .await?;
    Ok(())
}

/// Arm the page to time the next keystroke in `css`. Three figures: from the `input`
/// event (the value changed; what follows is the app's work) to the end of that work (a
/// task queued from the event runs after every handler and the reactive updates, which
/// run as microtasks); from `input` to the next painted frame (a task queued from the next
/// `requestAnimationFrame`); and from `keydown` to that frame, which also counts the time
/// chromedriver takes between the key events it sends.
const ARM: &str = "
    const el = document.querySelector(arguments[0]);
    window.__times = null;
    let down = 0;
    el.addEventListener('keydown', () => { down = performance.now(); }, { once: true, capture: true });
    el.addEventListener('input', () => {
        const t0 = performance.now();
        let work = null;
        setTimeout(() => { work = performance.now() - t0; }, 0);
        requestAnimationFrame(() => setTimeout(() => {
            const now = performance.now();
            window.__times = [work ?? now - t0, now - t0, now - down];
        }, 0));
    }, { once: true, capture: true });";

/// One keystroke made inside the page, with no WebDriver between the events: the value
/// changed and an `input` event dispatched as the browser does, then everything the app
/// does about it (handlers, the reactive updates run as microtasks) and the style and
/// layout of the page that result, forced at once. Milliseconds of the page's own work
/// for one keystroke: under 16 ms, the next frame is painted on time.
const TYPE_IN_PAGE: &str = "
    const [css, text] = arguments;
    const done = arguments[arguments.length - 1];
    const el = document.querySelector(css);
    const t0 = performance.now();
    el.value = text;
    el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
    const handled = performance.now() - t0;
    setTimeout(() => {
        document.body.getBoundingClientRect();
        done([handled, performance.now() - t0]);
    }, 0);";

/// (handlers, handlers + reactive work + style and layout) of one keystroke typed inside
/// the page, setting `css`'s value to `text`.
async fn keystroke_in_page(h: &Harness, css: &str, text: &str) -> Result<[f64; 2]> {
    let v = h
        .browser
        .execute_async(TYPE_IN_PAGE, vec![json!(css), json!(text)])
        .await?;
    let ms = |i: usize| v[i].as_f64().context("milliseconds");
    Ok([ms(0)?, ms(1)?])
}

/// (input → work done, input → painted frame, keydown → painted frame), in milliseconds.
async fn keystroke(h: &Harness, css: &str, key: &str) -> Result<[f64; 3]> {
    h.browser.execute(ARM, vec![json!(css)]).await?;
    h.browser
        .find(Locator::Css(css))
        .await?
        .send_keys(key)
        .await?;
    for _ in 0..500 {
        let v = h.browser.execute("return window.__times", vec![]).await?;
        if let Some(t) = v.as_array().filter(|t| t.len() == 3) {
            let ms = |i: usize| t[i].as_f64().unwrap_or(f64::NAN);
            return Ok([ms(0), ms(1), ms(2)]);
        }
        tokio::time::sleep(std::time::Duration::from_millis(5)).await;
    }
    anyhow::bail!("no frame was painted after the keystroke")
}

#[tokio::main]
async fn main() -> Result<()> {
    let h = Harness::start().await?;
    let number = |var: &str| {
        std::env::var(var)
            .ok()
            .and_then(|v| v.parse::<usize>().ok())
    };
    // `SAUTI_BENCH_QUESTIONS=5000` for the larger form of issue 7; `SAUTI_BENCH_REPEAT=200`
    // for a repeat of 200 instances (name and age each, the total of the ages), typed into
    // the age of the middle instance.
    let repeat = number("SAUTI_BENCH_REPEAT");
    let n = number("SAUTI_BENCH_QUESTIONS").unwrap_or(1000);
    let (form, first, typed, what) = match repeat {
        Some(r) => (
            forms::demo::repeat_form(r),
            "#q-people-1-age".to_string(),
            format!("#q-people-{}-age", r / 2),
            format!("{r}-instance repeat"),
        ),
        None => (
            forms::demo::chained_form(n),
            "#q-q1".to_string(),
            "#q-q1".to_string(),
            format!("{n}-question form"),
        ),
    };
    h.import_form(&form).await?;
    let field = h.field();
    h.open("/collect").await?;
    field.enroll(PASSPHRASE).await?;

    // Opening the form on the phone: unlock (Argon2id, decrypt and decompress the kept
    // bundle, compile the form with its dependency graph) to the home screen.
    for rate in [1, 4] {
        let mut runs = Vec::new();
        for _ in 0..5 {
            runs.push(h.time_unlock(PASSPHRASE, rate).await?.0);
        }
        println!(
            "{what}, unlock → home (form compiled), CPU x{rate}: median {:.0} ms {runs:.0?}",
            median(runs.clone())
        );
    }

    for rate in [1, 4] {
        let mut open = Vec::new();
        // [input → work, input → frame, keydown → frame] for every keystroke, and the
        // work for keystrokes that show or hide no question.
        let mut times: [Vec<f64>; 3] = Default::default();
        let mut same = Vec::new();
        let mut floor = Vec::new();
        let mut in_page: [Vec<f64>; 2] = Default::default();
        for _ in 0..5 {
            h.click("#new-interview").await?;
            h.click("#purpose-needs_assessment").await?;
            h.field().understood().await?;
            h.click("#method-verbal").await?;
            h.type_into("#witness", "Amina").await?;
            throttle(&h, rate).await?;
            // The floor of this way of measuring: a keystroke in a plain text field.
            floor.push(keystroke(&h, "#witness", "h").await?[0]);
            open.push(
                h.time_until("document.querySelector('#consent-give').click()", &first)
                    .await?,
            );
            // Each keystroke is an answer: "5" makes q2 relevant (it appears), "7" and the
            // first Backspace change q1 only, the last Backspace hides q2 again.
            for (i, key) in ["5", "7", "\u{E003}", "\u{E003}"].into_iter().enumerate() {
                let t = keystroke(&h, &typed, key).await?;
                if i == 1 || i == 2 {
                    same.push(t[0]);
                }
                for (all, one) in times.iter_mut().zip(t) {
                    all.push(one);
                }
            }
            // The same four answers typed inside the page (no WebDriver between the
            // events): "5" shows q2, "57" and "5" change q1 only, "" hides q2.
            for text in ["5", "57", "5", ""] {
                let [handled, work] = keystroke_in_page(&h, &typed, text).await?;
                in_page[0].push(handled);
                in_page[1].push(work);
            }
            throttle(&h, 1).await?;
            let shown = h
                .browser
                .execute(
                    "return document.querySelectorAll('.question').length",
                    vec![],
                )
                .await?
                .as_u64()
                .context("a count")?;
            if repeat.is_none() {
                assert_eq!(shown, 1, "only q1 is relevant with q1 empty");
            } else {
                assert!(shown >= 400, "every instance is shown: {shown}");
            }
            h.click("#save-draft").await?;
            h.find("#new-interview").await?;
        }
        println!(
            "{what}, consent given → first question visible, CPU x{rate}: median {:.0} ms {open:.0?}",
            median(open.clone())
        );
        println!(
            "floor: keystroke in the consent's witness field: input → work done, CPU x{rate}: median {:.1} ms",
            median(floor.clone())
        );
        let labels = [
            "one keystroke: input event → work done",
            "one keystroke: input event → next painted frame",
            "one keystroke: keydown → next painted frame",
        ];
        for (label, runs) in labels.iter().zip(&times) {
            println!(
                "{what}, {label}, CPU x{rate}: median {:.1} ms",
                median(runs.clone())
            );
        }
        println!(
            "{what}, one keystroke typed inside the page: input handlers, CPU x{rate}: median {:.1} ms",
            median(in_page[0].clone())
        );
        println!(
            "{what}, one keystroke typed inside the page: handlers + reactive work + style and layout, CPU x{rate}: median {:.1} ms, max {:.1} ms",
            median(in_page[1].clone()),
            in_page[1].iter().copied().fold(0.0, f64::max)
        );
        println!(
            "{what}, keystroke that shows or hides no question: input → work done, CPU x{rate}: median {:.1} ms",
            median(same.clone())
        );
    }
    h.finish().await
}
