//! The consent step: the text in the respondent's language, the comprehension check,
//! the purposes, how consent is given (the methods of `forms::consent::Method`) and its
//! proof. `Consent::check` decides what is missing; nothing is stored here.

use std::sync::Arc;

use forms::consent::{Consent, ConsentTemplate, Decision, Method};
use forms::model::CompiledForm;
use forms::receipt::ReceiptCode;
use leptos::prelude::*;

use crate::clock::now_local_rfc3339;
use crate::error::AppError;
use crate::i18n::{t, ui};
use crate::state::{Screen, field};
use crate::widgets::signature::SignaturePad;
use crate::widgets::understanding::Comprehension;
use crate::widgets::{ErrorLine, TextField};

/// Every way consent can be given, without its proof: the picker's choices, in the
/// order shown.
fn methods() -> [Method; 5] {
    let blank = String::new;
    [
        Method::Signature { image: blank() },
        Method::Mark {
            image: blank(),
            witness: blank(),
        },
        Method::Verbal { witness: blank() },
        Method::Guardian {
            guardian: blank(),
            relationship: blank(),
            assent: false,
            witness: blank(),
        },
        Method::Proxy {
            proxy: blank(),
            relationship: blank(),
            reason: blank(),
            witness: blank(),
        },
    ]
}

/// Which proof fields a method asks for on screen.
#[derive(Clone, Copy, Default, PartialEq)]
struct Asks {
    /// The signature pad (a signature or a mark).
    pad: bool,
    witness: bool,
    /// A guardian's or proxy's name and relationship.
    person: bool,
    /// The minor's assent (and the minimum age).
    assent: bool,
    /// Why a proxy consents.
    reason: bool,
}

fn asks(method: &Method) -> Asks {
    let no = Asks::default();
    match method {
        Method::Signature { .. } => Asks { pad: true, ..no },
        Method::Mark { .. } => Asks {
            pad: true,
            witness: true,
            ..no
        },
        Method::Verbal { .. } => Asks {
            witness: true,
            ..no
        },
        Method::Guardian { .. } => Asks {
            witness: true,
            person: true,
            assent: true,
            ..no
        },
        Method::Proxy { .. } => Asks {
            witness: true,
            person: true,
            reason: true,
            ..no
        },
    }
}

/// The proof fields as typed, shared by every method (switching methods keeps them).
/// A method added to `Method` does not compile here until it says what it asks for
/// (`asks`) and how its proof is made (`Proof::give`).
#[derive(Clone, Copy)]
struct Proof {
    witness: RwSignal<String>,
    /// A guardian's or proxy's name.
    person: RwSignal<String>,
    relationship: RwSignal<String>,
    reason: RwSignal<String>,
    assent: RwSignal<bool>,
    signature: RwSignal<Option<String>>,
}

impl Proof {
    fn new() -> Proof {
        Proof {
            witness: RwSignal::new(String::new()),
            person: RwSignal::new(String::new()),
            relationship: RwSignal::new(String::new()),
            reason: RwSignal::new(String::new()),
            assent: RwSignal::new(false),
            signature: RwSignal::new(None),
        }
    }

    /// Wake the caller when any proof field changes.
    fn track(&self) {
        self.witness.track();
        self.person.track();
        self.relationship.track();
        self.reason.track();
        self.assent.track();
        self.signature.track();
    }

    /// `chosen` with the proof it asks for, as typed.
    fn give(&self, chosen: &Method) -> Method {
        let witness = self.witness.get_untracked();
        let image = self.signature.get_untracked().unwrap_or_default();
        let (person, relationship) = (
            self.person.get_untracked(),
            self.relationship.get_untracked(),
        );
        match chosen {
            Method::Signature { .. } => Method::Signature { image },
            Method::Mark { .. } => Method::Mark { image, witness },
            Method::Verbal { .. } => Method::Verbal { witness },
            Method::Guardian { .. } => Method::Guardian {
                guardian: person,
                relationship,
                assent: self.assent.get_untracked(),
                witness,
            },
            Method::Proxy { .. } => Method::Proxy {
                proxy: person,
                relationship,
                reason: self.reason.get_untracked(),
                witness,
            },
        }
    }
}

#[component]
pub(super) fn ConsentStep(
    template: Arc<ConsentTemplate>,
    form: Arc<CompiledForm>,
    lang: RwSignal<String>,
    /// Chosen here: the interview plays every prompt, one question per screen.
    audio_first: RwSignal<bool>,
    on_decided: impl Fn(Consent) + Send + Sync + Copy + 'static,
) -> impl IntoView {
    let ui = ui();
    let accepted = RwSignal::new(Vec::<String>::new());
    // No method is chosen for the enumerator: a legal record needs an active choice.
    let method = RwSignal::new(None::<Method>);
    let proof = Proof::new();
    let Proof {
        witness,
        person,
        relationship,
        reason,
        assent,
        signature,
    } = proof;
    let shown = move || method.read().as_ref().map(asks).unwrap_or_default();
    let access = RwSignal::new(String::new());
    let understood = RwSignal::new(Vec::<String>::new());
    let explained = RwSignal::new(Vec::<String>::new());
    let error = RwSignal::new(None::<String>);
    // The language whose recording of the text played to its end.
    let played_in = RwSignal::new(None::<String>);
    // Every problem of the consent as it stands, shown together.
    let problems = RwSignal::new(Vec::<String>::new());
    let template = StoredValue::new(template);
    let default_lang = form.form.default_language.clone();
    let text = {
        let default_lang = default_lang.clone();
        move |t: &forms::model::Text| t.get(&lang.get(), &default_lang).to_string()
    };
    // Each text of the template in the language it is shown in; the terms the respondent
    // must hear (who is responsible, how long, who receives it) in the respondent's own
    // language, whatever the interface's. The rest (methods, proof) is the enumerator's.
    let marks = {
        let form = StoredValue::new(form.clone());
        move |t: &forms::model::Text| form.with_value(|f| super::engine::marks(f, &lang.get(), t))
    };
    let voice = ui.voice(Signal::derive(move || lang.get()));
    let voice_dir = move || crate::i18n::dir_of(&voice.get());

    // What stands in the way of `record`, each with the field to mend, in the order of
    // the page (the comprehension check, purposes, method, its proof, the digits).
    let problems_of = move |given: bool, record: &Consent| -> Vec<(String, &'static str)> {
        let mut found: Vec<(u8, String, &'static str)> = Vec::new();
        if given && method.with_untracked(Option::is_none) {
            found.push((2, ui.t("err-consent-no-method"), "fieldset.method input"));
        }
        for problem in template.with_value(|t| record.check(t)) {
            use forms::consent::ConsentProblem as P;
            let (place, id, field) = match &problem {
                P::NotUnderstood(_) => (0, problem.code(), ".understand input"),
                P::NoPurpose => (1, "err-consent-no-purpose", ".purposes input"),
                P::RequiredPurpose(_) | P::UnknownPurpose(_) => {
                    (1, problem.code(), ".purposes input")
                }
                P::MissingSignature => (3, "err-consent-no-signature", "#signature-pad"),
                P::MissingRepresentative => (4, problem.code(), "#consent-person"),
                P::MissingAssent => (5, problem.code(), "#consent-assent"),
                P::MissingReason => (6, problem.code(), "#consent-reason"),
                P::MissingWitness => (7, "err-consent-no-witness", "#witness"),
                P::BadAccess => (8, problem.code(), "#consent-access"),
                P::UnknownTemplate | P::TextMismatch | P::NoRecording => {
                    (9, problem.code(), "#consent-problems")
                }
            };
            let message = ui.t(id);
            // One line per kind (two comprehension points unanswered say it once).
            if !found.iter().any(|(_, m, _)| *m == message) {
                found.push((place, message, field));
            }
        }
        found.sort_by_key(|(place, ..)| *place);
        found.into_iter().map(|(_, m, f)| (m, f)).collect()
    };
    // Set once a "consent given" is refused: the list is then kept as the fields stand.
    let checking = RwSignal::new(false);
    // The consent as it stands, with `decision`.
    let consent_of = move |decision: Decision, receipt: ReceiptCode| -> Consent {
        let t = template.get_value();
        let language = lang.get_untracked();
        let played_audio = played_in.get_untracked().as_ref() == Some(&language);
        // A refusal keeps nothing of the conversation beyond the fact.
        let given = !matches!(decision, Decision::Refused);
        Consent {
            understood: if given {
                understood.get_untracked()
            } else {
                Vec::new()
            },
            explained_again: if given {
                explained.get_untracked()
            } else {
                Vec::new()
            },
            template_id: t.id.clone(),
            template_version: t.version,
            text_hash: t.text_hash(&language),
            language,
            decision,
            recorded_at: now_local_rfc3339(),
            receipt,
            access: Some(forms::consent::normalise_access(&access.get_untracked()))
                .filter(|a| !a.is_empty()),
            played_audio,
        }
    };
    let decide = move |decision: Decision| {
        let receipt = match ReceiptCode::generate() {
            Ok(r) => r,
            Err(e) => {
                error.set(Some(AppError::from(e).message(ui)));
                return;
            }
        };
        let given = !matches!(decision, Decision::Refused);
        let record = consent_of(decision, receipt);
        let found = problems_of(given, &record);
        let clean = found.is_empty();
        if let Some((_, first)) = found.first() {
            // The first field to mend, in the order of the page.
            focus_problem(first);
        }
        problems.set(found.into_iter().map(|(message, _)| message).collect());
        if clean {
            on_decided(record);
        } else if given {
            // From now on the list follows the fields: a mended one leaves it.
            checking.set(true);
        }
    };
    // Without a method, the rest is still checked (and "choose a method" said with it): a
    // placeholder whose proof is complete stands in, and is never kept.
    let given = move || Decision::Given {
        purposes: accepted.get_untracked(),
        method: method.with_untracked(|m| match m {
            Some(m) => proof.give(m),
            None => Method::Verbal {
                witness: "-".into(),
            },
        }),
    };
    let give = move |_| decide(given());
    // After a refused "consent given", each change checks again (nothing is decided):
    // what was mended leaves the list, what a change broke joins it.
    Effect::new(move |_| {
        if !checking.get() {
            return;
        }
        accepted.track();
        method.track();
        proof.track();
        understood.track();
        access.track();
        lang.track();
        let Ok(receipt) = ReceiptCode::generate() else {
            return;
        };
        let record = consent_of(given(), receipt);
        let found: Vec<String> = problems_of(true, &record)
            .into_iter()
            .map(|(message, _)| message)
            .collect();
        // Set only when it changed: the list is a live region, and a screen reader would
        // read it again at every letter of a witness's name.
        if problems.with_untracked(|p| *p != found) {
            problems.set(found);
        }
    });
    // Cancel, or Back: home, nothing of this conversation kept.
    let field = field();
    let cancel = move |_| field.screen.set(Screen::Home);
    super::on_back(move || field.screen.set(Screen::Home));
    let refuse = move |_| decide(Decision::Refused);
    let languages = template.with_value(|t| t.languages_for(&form.form));
    // The form's languages the consent text lacks, said before consent is read: a Dari
    // speaker was offered English alone, with nothing to say why.
    let untranslated: Vec<String> = template
        .with_value(|t| t.untranslated_for(&form.form))
        .into_iter()
        .map(|(_, name)| name)
        .collect();
    let untranslated = (!untranslated.is_empty()).then_some(move || {
        let lang = ui.lang.get();
        let names = untranslated.join(forms::i18n::list_separator(&lang));
        ui.t_with("consent-untranslated", &[("languages", names)])
    });
    let controller = template.with_value(|t| t.controller.clone());
    let minimum_age = template.with_value(|t| t.minimum_age.unwrap_or(18));
    let purposes = template.with_value(|t| t.purposes.clone());
    let consent_text = StoredValue::new(template.with_value(|t| t.text.clone()));
    let text2 = text.clone();
    let text3 = text.clone();
    let text4 = text.clone();
    let checks = template.with_value(|t| t.comprehension.clone());
    let audio = StoredValue::new(template.with_value(|t| t.audio.clone()));
    let recording = move || audio.with_value(|a| a.0.get(&lang.get()).cloned());
    let no_recording = move || recording().is_none();

    view! {
        <h1>{t("consent-title")}</h1>
        <div class="field">
            <label for="respondent-lang">{t("consent-language")}</label>
            <select id="respondent-lang" prop:value=move || lang.get() on:change=move |ev| lang.set(event_target_value(&ev))>
                {languages.into_iter().map(|(code, name)| view! { <option lang=forms::langtag::tag(&code) value=code>{name}</option> }).collect_view()}
            </select>
        </div>
        {untranslated.map(|said| view! { <p class="warning" id="consent-untranslated">{said}</p> })}
        <label class="choice" for="audio-first">
            <input type="checkbox" id="audio-first" prop:checked=move || audio_first.get() on:change=move |_| {
                audio_first.update(|a| *a = !*a);
                if audio_first.get_untracked() && let Ok(Some(audio)) = document().query_selector("#consent-audio") {
                    crate::widgets::prompt::play(&audio);
                }
            }/>
            <span>{t("consent-audio-first")}</span>
        </label>
        <p class="muted" hidden=no_recording>{t("consent-listen")}</p>
        <audio id="consent-audio" controls preload="none" aria-label=ui.t("consent-listen") src=recording hidden=no_recording
            autoplay=move || audio_first.get()
            on:ended=move |_| played_in.set(Some(lang.get_untracked()))></audio>
        <p class="muted">{t("consent-read")}</p>
        <blockquote id="consent-text" class="consent-text" lang=move || consent_text.with_value(|c| marks(c).0)
            dir=move || consent_text.with_value(|c| marks(c).1)>{move || consent_text.with_value(|c| text(c))}</blockquote>
        <p class="muted" id="consent-controller" lang=move || voice.get() dir=voice_dir>{move || {
            let (before, after) = crate::i18n::around(&voice.get(), "consent-controller", &[], "controller");
            view! { {before}<bdi>{controller.clone()}</bdi>{after} }
        }}</p>
        <Comprehension checks=checks localise=text4 marks=marks understood=understood explained=explained/>
        <fieldset class="purposes">
            <legend>{t("consent-purposes")}</legend>
            {purposes
                .into_iter()
                .map(|p| {
                    let id = format!("purpose-{}", p.id);
                    let pid = p.id.clone();
                    let pid2 = p.id.clone();
                    let (label, explanation) = (StoredValue::new(p.label.clone()), StoredValue::new(p.explanation.clone()));
                    let (retention, shared) = (p.retention_days, p.shared_with.clone());
                    let t1 = text2.clone();
                    let t2 = text3.clone();
                    let t3 = text3.clone();
                    let label_lang = move || label.with_value(|l| marks(l).0);
                    let label_dir = move || label.with_value(|l| marks(l).1);
                    let explained_lang = move || explanation.with_value(|l| marks(l).0);
                    let explained_dir = move || explanation.with_value(|l| marks(l).1);
                    // What the respondent is told about keeping and sharing, per purpose, in
                    // their language; who receives it is the template's words, isolated in
                    // the sentence with their own language and direction.
                    let kept = move || {
                        retention
                            .map(|d| forms::i18n::tr_args(&voice.get(), "consent-kept-for", &[("days", d.to_string())]))
                            .unwrap_or_default()
                    };
                    let shared = StoredValue::new(shared);
                    let sharing = move || {
                        let who = shared.with_value(|s| t3(s));
                        (!who.is_empty()).then(|| {
                            let (before, after) = crate::i18n::around(&voice.get(), "consent-shared-for", &[], "who");
                            let (who_lang, who_dir) = shared.with_value(marks);
                            view! { " " {before}<bdi lang=who_lang dir=who_dir>{who}</bdi>{after} }
                        })
                    };
                    view! {
                        <label class="choice" for=id.clone() lang=label_lang dir=label_dir>
                            <input
                                type="checkbox"
                                id=id.clone()
                                prop:checked=move || accepted.with(|a| a.contains(&pid))
                                on:change=move |_| accepted.update(|a| {
                                    if let Some(i) = a.iter().position(|x| *x == pid2) { a.remove(i); } else { a.push(pid2.clone()); }
                                })
                            />
                            <span><strong>{move || label.with_value(|l| t1(l))}</strong><br/>
                                <small lang=explained_lang dir=explained_dir>{move || explanation.with_value(|l| t2(l))}</small><br/>
                                <small class="terms" lang=move || voice.get() dir=voice_dir>{kept}{sharing}</small></span>
                        </label>
                    }
                })
                .collect_view()}
        </fieldset>
        <fieldset class="method">
            <legend>{t("consent-method")}</legend>
            {methods()
                .into_iter()
                .map(|m| {
                    let id = format!("method-{}", m.name());
                    let name = m.name();
                    let text = format!("consent-method-{name}");
                    view! {
                        <label class="choice" for=id.clone()>
                            <input type="radio" id=id.clone() name="method" prop:checked=move || method.read().as_ref().is_some_and(|m| m.name() == name) on:change=move |_| method.set(Some(m.clone()))/>
                            <span>{move || ui.t(&text)}</span>
                        </label>
                    }
                })
                .collect_view()}
        </fieldset>
        <p class="muted" id="consent-minimum-age" hidden=move || !shown().assent>
            {move || ui.t_with("consent-minimum-age", &[("age", minimum_age.to_string())])}
        </p>
        // `hidden` rather than <Show>: one view type less in the phone's download.
        <div hidden=move || !shown().pad>
            <SignaturePad image=signature/>
        </div>
        <div hidden=move || !shown().person>
            <div class="field">
                <label for="consent-person">{move || ui.t(if shown().reason { "consent-proxy" } else { "consent-guardian" })}</label>
                <input id="consent-person" type="text" autocomplete="off" prop:value=move || person.get() on:input=move |ev| person.set(event_target_value(&ev))/>
            </div>
            <TextField id="consent-relationship" label="consent-relationship" value=relationship/>
        </div>
        <label class="choice" for="consent-assent" hidden=move || !shown().assent>
            <input type="checkbox" id="consent-assent" prop:checked=move || assent.get() on:change=move |_| assent.update(|a| *a = !*a)/>
            <span>{t("consent-assent")}</span>
        </label>
        <div hidden=move || !shown().reason>
            <TextField id="consent-reason" label="consent-reason" value=reason/>
        </div>
        <div class="field" hidden=move || !shown().witness>
            <label for="witness">{t("consent-witness")}</label>
            <input id="witness" type="text" autocomplete="off" prop:value=move || witness.get() on:input=move |ev| witness.set(event_target_value(&ev))/>
        </div>
        <TextField id="consent-access" label="consent-access" value=access kind="tel" hint="consent-access-hint"/>
        <p class="muted" id="consent-access-skip">{t("consent-access-skip")}</p>
        <ErrorLine error=error/>
        // The live region around the list, not on it: a list that is an alert is no list.
        <div role="alert" aria-live="assertive">
            <ul id="consent-problems" class="errors">
                {move || problems.get().into_iter().map(|p| view! { <li class="error">{p}</li> }).collect_view()}
            </ul>
        </div>
        <div class="actions">
            <button id="consent-give" class="primary" type="button" on:click=give>{t("consent-give")}</button>
            <button id="consent-refuse" class="danger" type="button" on:click=refuse>{t("consent-refuse")}</button>
            <button id="consent-cancel" type="button" on:click=cancel>{t("consent-cancel")}</button>
        </div>
    }
}

/// Focus the field `css` names, its question or group scrolled into view (its label
/// with it, not the bare input at the top of the screen).
fn focus_problem(css: &'static str) {
    use wasm_bindgen::JsCast;
    request_animation_frame(move || {
        let doc = document();
        let Some(el) = doc.query_selector(css).ok().flatten() else {
            return;
        };
        let frame = el
            .closest(".understand, fieldset, .field, .signature, .choice")
            .ok()
            .flatten()
            .unwrap_or_else(|| el.clone());
        frame.scroll_into_view_with_bool(true);
        if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
            if !el.has_attribute("tabindex") && el.tag_name() == "CANVAS" {
                let _ = el.set_attribute("tabindex", "-1");
            }
            let _ = el.focus();
        }
    });
}
