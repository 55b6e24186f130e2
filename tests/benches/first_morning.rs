//! "The first morning on 2G" of issue 21, in headless Chromium against the real server
//! and the release client: `cargo bench -p e2e --bench first_morning` (after
//! `scripts/build-app.sh`).
//!
//! A new enumerator on a phone four times slower than this machine's core (DevTools
//! `Emulation.setCPUThrottlingRate 4`) behind one 400 kbit/s link each way with 300 ms
//! latency opens the app with nothing cached, signs in once, chooses a passphrase, starts
//! an interview of the project's 430-question English/Arabic assessment
//! (`forms::demo::needs_assessment`, published beside the demo household form) and gives
//! consent. Measured inside the page, from the navigation's start (`performance.now()`):
//! the setup screen shown, home shown after enrolment, the consent screen shown, and the
//! first question shown. The script types and clicks with no pause (no human reading
//! time); its own WebDriver round trips are in the figure. Every run starts cold: browser
//! cache, storage and service worker of the origin cleared.
//!
//! Two links, each `SAUTI_BENCH_RUNS` runs (3): DevTools' (`Network.emulateNetworkConditions`,
//! which throttles the page's requests but not the service worker's), then one link shared
//! by every connection of the browser (`e2e::link`, a proxy between browser and server),
//! where the service worker's downloads compete with the page's as on a real phone. The
//! requests of the last run of each are listed with their bytes and times.
//! `SAUTI_BENCH_QUESTIONS` changes the form's size; `SAUTI_BENCH_SCRIPTED=1` runs only the
//! scripted first morning on the shared link (the measurement) and lists its requests.

use anyhow::{Context, Result};
use e2e::Harness;
use serde_json::{Value, json};

const PASSPHRASE: &str = "olive tree at dawn 7";

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

/// Milliseconds since the navigation's start when `css` is in the page (polled every
/// animation frame, inside the page).
async fn shown(h: &Harness, css: &str) -> Result<f64> {
    h.find(css).await?;
    let v = h
        .browser
        .execute_async(
            "const done = arguments[arguments.length - 1];
             const tick = () => document.querySelector(arguments[0])
                 ? done(performance.now()) : requestAnimationFrame(tick);
             tick();",
            vec![json!(css)],
        )
        .await?;
    v.as_f64().context("milliseconds")
}

/// Forget everything the browser keeps for the app at `base`: the next open is a first
/// visit.
async fn cold(h: &Harness, base: &str) -> Result<()> {
    h.browser.goto(&format!("{base}/does-not-exist")).await?;
    let origin = h
        .browser
        .current_url()
        .await?
        .origin()
        .ascii_serialization();
    h.cdp("Network.clearBrowserCache", json!({})).await?;
    h.cdp(
        "Storage.clearDataForOrigin",
        json!({ "origin": origin, "storageTypes": "all" }),
    )
    .await?;
    Ok(())
}

/// How the 2G link is made.
#[derive(Clone, Copy, PartialEq)]
enum Link {
    /// DevTools throttles the page's own requests (not the service worker's).
    DevTools,
    /// One shared link for everything the browser sends and receives (`e2e::link`).
    Shared,
}

/// The slow phone (`on`: CPU x4, and the DevTools link if that is the one used), or
/// this machine as it is.
async fn slow_phone(h: &Harness, on: bool, link: Link) -> Result<()> {
    let devtools = on && link == Link::DevTools;
    let (latency, bytes_per_s) = if devtools {
        (LATENCY_MS as i64, BITS_PER_S as i64 / 8)
    } else {
        (0, -1)
    };
    h.cdp(
        "Network.emulateNetworkConditions",
        json!({ "offline": false, "latency": latency,
                "downloadThroughput": bytes_per_s, "uploadThroughput": bytes_per_s }),
    )
    .await?;
    h.cdp(
        "Emulation.setCPUThrottlingRate",
        json!({ "rate": if on { 4 } else { 1 } }),
    )
    .await?;
    Ok(())
}

const BITS_PER_S: u64 = 400_000;
const LATENCY_MS: u64 = 300;

const LABELS: [&str; 4] = [
    "setup screen shown",
    "home shown (enrolled, vault made)",
    "consent screen shown",
    "first question shown",
];

/// How fast the script types.
#[derive(Clone, Copy, PartialEq)]
enum Pace {
    /// Every field filled at once: the figures are the bytes' and the CPU's alone.
    Script,
    /// At a person's pace on a phone's keyboard, [`CHARS_PER_S`]: what arrives while
    /// someone types is not waited for.
    Person,
}

/// A person typing on a phone's on-screen keyboard: three characters a second (a
/// practised thumb-typist's ~36 words a minute; passwords and passphrases, hidden as
/// they are typed, go slower, so this is on the fast side and leaves the downloads less
/// time to hide in).
const CHARS_PER_S: f64 = 3.0;

/// Fill a field, at `pace`.
async fn typed(h: &Harness, css: &str, text: &str, pace: Pace) -> Result<()> {
    h.set_value(css, text).await?;
    if pace == Pace::Person {
        let secs = text.chars().count() as f64 / CHARS_PER_S;
        tokio::time::sleep(std::time::Duration::from_secs_f64(secs)).await;
    }
    Ok(())
}

/// When (ms from navigation) the button `id` was last clicked, read in the page.
async fn clicked(h: &Harness, id: &str) -> Result<f64> {
    let v = h
        .browser
        .execute("return window.__clicked[arguments[0]];", vec![json!(id)])
        .await?;
    v.as_f64().with_context(|| format!("the click on #{id}"))
}

/// One first morning's figures: each screen from the navigation's start, and how long
/// the enumerator waited for it after the last thing they did (the setup screen: from
/// the navigation).
struct Morning {
    shown: [f64; 4],
    waited: [f64; 4],
}

/// One cold first morning at `base`.
async fn first_morning(
    h: &Harness,
    base: &str,
    link: Link,
    shared: Option<&e2e::link::Link>,
    pace: Pace,
) -> Result<Morning> {
    let password = h.password("enumerator");
    cold(h, base).await?;
    slow_phone(h, true, link).await?;
    if let Some(shared) = shared {
        shared.mark();
    }
    h.browser.goto(&format!("{base}/collect")).await?;
    let setup = shown(h, "#setup-username").await?;
    h.browser
        .execute(
            "window.__clicked = {};
             document.addEventListener('click', e => {
                 const b = e.target.closest('button, input');
                 if (b && b.id) window.__clicked[b.id] = performance.now();
             }, true);",
            vec![],
        )
        .await?;
    typed(h, "#setup-username", "enumerator", pace).await?;
    typed(h, "#setup-password", &password, pace).await?;
    h.click("#setup-signin").await?;
    h.find("#setup-passphrase").await?;
    typed(h, "#setup-passphrase", PASSPHRASE, pace).await?;
    typed(h, "#setup-confirm", PASSPHRASE, pace).await?;
    h.click("#setup-submit").await?;
    let home = shown(h, "#new-interview").await?;
    let submitted = clicked(h, "setup-submit").await?;
    h.click("#new-interview").await?;
    let consent = shown(h, "#purpose-needs_assessment").await?;
    let opened = clicked(h, "new-interview").await?;
    h.click("#purpose-needs_assessment").await?;
    h.field().understood().await?;
    h.click("#method-verbal").await?;
    typed(h, "#witness", "Amina", pace).await?;
    h.click("#consent-give").await?;
    let question = shown(h, ".question").await?;
    let given = clicked(h, "consent-give").await?;
    Ok(Morning {
        shown: [setup, home, consent, question],
        waited: [setup, home - submitted, consent - opened, question - given],
    })
}

fn report(questions: usize, what: &str, times: &[Vec<f64>; 4]) {
    report_since(questions, what, "from navigation", times)
}

/// `report`, the times counted `since` something else than the navigation.
fn report_since(questions: usize, what: &str, since: &str, times: &[Vec<f64>; 4]) {
    for (label, t) in LABELS.iter().zip(times) {
        println!(
            "{questions}-question form, {what}, CPU x4, {since}: {label}: median {:.2} s, runs {:?}",
            median(t.clone()) / 1000.0,
            t.iter()
                .map(|ms| (ms / 10.0).round() / 100.0)
                .collect::<Vec<_>>()
        );
    }
}

#[tokio::main]
async fn main() -> Result<()> {
    let number = |var: &str, default: usize| {
        std::env::var(var)
            .ok()
            .and_then(|v| v.parse::<usize>().ok())
            .unwrap_or(default)
    };
    let (questions, runs) = (
        number("SAUTI_BENCH_QUESTIONS", 430),
        number("SAUTI_BENCH_RUNS", 3),
    );
    let h = Harness::start().await?;
    let form = forms::demo::needs_assessment(questions);
    println!(
        "the form: {questions} questions, {} bytes of JSON",
        serde_json::to_vec(&form)?.len()
    );
    h.import_form(&form).await?;
    h.cdp("Network.enable", json!({})).await?;
    let scripted_only = std::env::var("SAUTI_BENCH_SCRIPTED").is_ok_and(|v| v == "1");

    // DevTools' link: the page's requests throttled, the service worker's not.
    let mut times: [Vec<f64>; 4] = Default::default();
    let mut wire = Value::Null;
    let devtools_runs = if scripted_only { 0 } else { runs };
    for _ in 0..devtools_runs {
        let t = first_morning(&h, &h.base, Link::DevTools, None, Pace::Script)
            .await?
            .shown;
        for (all, one) in times.iter_mut().zip(t) {
            all.push(one);
        }
        wire = h
            .browser
            .execute(
                "return performance.getEntriesByType('resource').map(e =>
                     [new URL(e.name).pathname, e.transferSize, e.decodedBodySize,
                      e.startTime, e.responseStart, e.responseEnd]);",
                vec![],
            )
            .await?;
        slow_phone(&h, false, Link::DevTools).await?;
    }
    if !scripted_only {
        report(
            questions,
            "400 kbit/s, 300 ms (DevTools: the page's requests only)",
            &times,
        );
        println!(
            "the page's requests in the last run (path, bytes on the wire, bytes decoded, started, first byte, last byte; ms from navigation):"
        );
        let mut total = 0.0;
        for entry in wire.as_array().into_iter().flatten() {
            total += entry[1].as_f64().unwrap_or(0.0);
            let ms = |i: usize| entry[i].as_f64().unwrap_or(f64::NAN);
            println!(
                "  {} {} {} {:.0} {:.0} {:.0}",
                entry[0],
                entry[1],
                entry[2],
                ms(3),
                ms(4),
                ms(5)
            );
        }
        println!(
            "  total on the wire (the page's requests; the service worker's own are not listed): {total:.0} bytes"
        );
    }

    // One link shared by everything the browser does, the service worker included.
    let link = e2e::link::Link::start(&h.base, BITS_PER_S, LATENCY_MS).await?;
    let mut times: [Vec<f64>; 4] = Default::default();
    for _ in 0..runs {
        let t = first_morning(&h, &link.base, Link::Shared, Some(&link), Pace::Script)
            .await?
            .shown;
        for (all, one) in times.iter_mut().zip(t) {
            all.push(one);
        }
        slow_phone(&h, false, Link::Shared).await?;
    }
    report(questions, "one shared 400 kbit/s, 300 ms link", &times);
    if scripted_only {
        print_exchanges(&link);
        return h.finish().await;
    }

    // The same link, typed at a person's pace: what the enumerator waits for.
    let (mut times, mut waits): ([Vec<f64>; 4], [Vec<f64>; 4]) = Default::default();
    let mut total_wait = Vec::new();
    for _ in 0..runs {
        let m = first_morning(&h, &link.base, Link::Shared, Some(&link), Pace::Person).await?;
        for (all, one) in times.iter_mut().zip(m.shown) {
            all.push(one);
        }
        for (all, one) in waits.iter_mut().zip(m.waited) {
            all.push(one);
        }
        total_wait.push(m.waited.iter().sum::<f64>());
        slow_phone(&h, false, Link::Shared).await?;
    }
    report(
        questions,
        "one shared link, typed at 3 characters a second",
        &times,
    );
    report_since(
        questions,
        "one shared link, typed at 3 characters a second",
        "waited after the last tap (the setup screen: from navigation)",
        &waits,
    );
    println!(
        "{questions}-question form, one shared link, typed at 3 characters a second: all the enumerator's waiting to the first question (the four waits above added): median {:.2} s, runs {:?}",
        median(total_wait.clone()) / 1000.0,
        total_wait
            .iter()
            .map(|ms| (ms / 10.0).round() / 100.0)
            .collect::<Vec<_>>()
    );
    print_exchanges(&link);
    h.finish().await
}

/// Every request that crossed the shared link in its last run.
fn print_exchanges(link: &e2e::link::Link) {
    println!(
        "every request on the shared link in the last run (connection, request, sent, first byte, last byte in ms from the navigation; bytes):"
    );
    let ms = |v: Option<f64>| v.map_or("-".to_string(), |v| format!("{v:.0}"));
    let mut total = 0;
    for e in link.exchanges() {
        total += e.bytes;
        println!(
            "  #{} {} {:.0} {} {} {}",
            e.connection,
            e.request,
            e.sent_ms,
            ms(e.first_ms),
            ms(e.done_ms),
            e.bytes
        );
    }
    println!("  total to the browser: {total} bytes");
}
