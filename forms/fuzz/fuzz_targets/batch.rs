//! What the server does with a batch body: `serde_json` into `forms::batch::Batch` (the
//! body is first unpacked when it starts with `pack::PACKED`, as a record the phone packed
//! would be), then each record checked as `server/src/ingest.rs` checks it against the demo
//! form and consent template: the consent, the form narrowed to its purposes, and
//! `validate` on the day it was saved. Packing what decoded gives it back unchanged.
#![no_main]

use std::sync::LazyLock;

use forms::batch::Batch;
use forms::consent::ConsentTemplate;
use forms::model::CompiledForm;
use libfuzzer_sys::fuzz_target;

static RULES: LazyLock<(CompiledForm, ConsentTemplate)> = LazyLock::new(|| {
    (
        forms::demo::household_form()
            .compile()
            .expect("the demo form compiles"),
        forms::demo::household_consent(),
    )
});

fuzz_target!(|data: &[u8]| {
    let Ok(body) = forms::pack::unpack(data.to_vec(), "fuzz") else {
        return;
    };
    let Ok(batch) = serde_json::from_slice::<Batch>(&body) else {
        return;
    };
    let (form, template) = &*RULES;
    for record in &batch.records {
        let _ = record.consent.check(template);
        if record.consent.is_refusal() {
            continue;
        }
        let narrowed = form
            .for_purposes(record.consent.purposes())
            .expect("the demo form narrows to any purposes");
        let form = narrowed.as_ref().unwrap_or(form);
        let _ = forms::validate::validate(form, &record.answers, record.saved_on());
    }
    // What decoded encodes, and packs and unpacks back to the same bytes.
    let json = serde_json::to_vec(&batch).expect("a decoded batch encodes");
    let again: Batch = serde_json::from_slice(&json).expect("an encoded batch decodes");
    assert_eq!(again, batch);
    let packed = forms::pack::pack(json.clone());
    assert_eq!(forms::pack::unpack(packed, "fuzz").expect("packed"), json);
});
