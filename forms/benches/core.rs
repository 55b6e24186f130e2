//! Native timings of the work a phone does most: unlocking the vault, checking and sealing
//! one record. `cargo bench -p forms --bench core`; results go in BENCHMARKS.md.
//! A plain bench binary (median of repeated runs) rather than criterion: the numbers that
//! matter are milliseconds, and the build stays light.

use std::hint::black_box;
use std::time::{Duration, Instant};

use forms::batch::Submission;
use forms::consent::{Consent, Decision, Method};
use forms::receipt::ReceiptCode;
use forms::validate::{settle, validate};
use forms::vault::{KdfParams, Vault};

fn median(mut runs: Vec<Duration>) -> Duration {
    runs.sort();
    runs[runs.len() / 2]
}

fn measure(name: &str, n: usize, mut f: impl FnMut()) {
    f(); // warm up
    let runs: Vec<Duration> = (0..n)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .collect();
    let m = median(runs);
    println!(
        "{name:<48} median {:>10.3} ms  ({n} runs)",
        m.as_secs_f64() * 1e3
    );
}

fn main() {
    let form = forms::demo::household_form()
        .compile()
        .expect("demo form compiles");
    let template = forms::demo::household_consent();
    let (header, vault) = Vault::create("olive tree at dawn", KdfParams::RECOMMENDED).unwrap();

    measure("unlock vault (Argon2id m=19 MiB t=2 p=1)", 25, || {
        black_box(Vault::unlock(&header, "olive tree at dawn").unwrap());
    });

    let mut answers = forms::demo::sample_household();
    settle(&form, &mut answers, "2026-11-25");
    let submission = Submission {
        id: forms::batch::new_record_id(1_764_000_000_000).unwrap(),
        form_id: form.form.id.clone(),
        form_version: form.form.version.clone(),
        started_at: "2026-11-25T09:00:00+03:00".into(),
        saved_at: "2026-11-25T09:20:00+03:00".into(),
        consent: Consent {
            template_id: template.id.clone(),
            template_version: template.version,
            language: "ar".into(),
            text_hash: template.text_hash("ar"),
            decision: Decision::Given {
                purposes: vec!["needs_assessment".into()],
                method: Method::Verbal {
                    witness: "Amina".into(),
                },
            },
            recorded_at: "2026-11-25T09:01:00+03:00".into(),
            access: None,
            understood: template
                .comprehension
                .iter()
                .map(|q| q.id.clone())
                .collect(),
            explained_again: Vec::new(),
            played_audio: false,
            receipt: ReceiptCode::from_random(42),
        },
        answers,
    };
    measure("validate the demo household (32 questions)", 1000, || {
        assert!(validate(&form, black_box(&submission.answers), "2026-11-25").is_empty());
    });
    measure(
        "settle after one answer (calculations, relevance)",
        1000,
        || {
            let mut a = submission.answers.clone();
            settle(&form, black_box(&mut a), "2026-11-25");
        },
    );
    let json = serde_json::to_vec(&submission).unwrap();
    println!(
        "{:<48} {} bytes of JSON → {} bytes packed (LZ4)",
        "one household record on the phone",
        json.len(),
        forms::pack::pack(json.clone()).len()
    );
    measure(
        "save one record (serialise + LZ4 + AES-256-GCM seal)",
        1000,
        || {
            let json = serde_json::to_vec(&submission).unwrap();
            black_box(vault.seal("record/x", &forms::pack::pack(json)).unwrap());
        },
    );
    let sealed = vault
        .seal("record/x", &serde_json::to_vec(&submission).unwrap())
        .unwrap();
    measure("open one record (AES-256-GCM open + parse)", 1000, || {
        let plain = vault.open("record/x", &sealed).unwrap();
        black_box(serde_json::from_slice::<Submission>(&plain).unwrap());
    });
}
