//! The comprehension check of the consent step: yes/no questions the enumerator asks after
//! reading the text. A wrong answer shows what to explain again; consent can be given only
//! once every answer is right (`forms::consent::Consent::check` says so).

use forms::consent::Understanding;
use forms::model::Text;
use leptos::prelude::*;

use crate::i18n::t;

/// Adds `id` to `list` once.
fn keep(list: &mut Vec<String>, id: &str) {
    if !list.iter().any(|x| x == id) {
        list.push(id.to_string());
    }
}

/// The questions, each with Yes / No. `understood` holds the ids answered rightly now,
/// `explained` those answered wrongly at least once.
#[component]
pub fn Comprehension(
    checks: Vec<Understanding>,
    localise: impl Fn(&Text) -> String + Clone + Send + Sync + 'static,
    /// The `lang` and `dir` a text of the template is shown in (the respondent's words;
    /// Yes and No are the enumerator's, who taps them).
    marks: impl Fn(&Text) -> (String, &'static str) + Copy + Send + Sync + 'static,
    understood: RwSignal<Vec<String>>,
    explained: RwSignal<Vec<String>>,
) -> impl IntoView {
    let none = checks.is_empty();
    let questions = checks
        .into_iter()
        .map(|q| {
            let said = RwSignal::new(None::<bool>);
            let right = q.answer;
            let id = StoredValue::new(q.id.clone());
            let answer = move |yes: bool| {
                said.set(Some(yes));
                id.with_value(|id| {
                    if yes == right {
                        understood.update(|u| keep(u, id));
                    } else {
                        understood.update(|u| u.retain(|x| x != id));
                        explained.update(|e| keep(e, id));
                    }
                })
            };
            let question = StoredValue::new(q.question);
            let explanation = StoredValue::new(q.explanation);
            let ask = {
                let localise = localise.clone();
                move || question.with_value(|x| localise(x))
            };
            let explain = {
                let localise = localise.clone();
                move || explanation.with_value(|x| localise(x))
            };
            let option = move |yes: bool| {
                let name = id.with_value(|id| format!("understand-{id}"));
                let input = format!("{name}-{}", if yes { "yes" } else { "no" });
                let target = input.clone();
                view! {
                    <label class="choice" for=target>
                        <input type="radio" id=input name=name prop:checked=move || said.get() == Some(yes) on:change=move |_| answer(yes)/>
                        <span>{t(if yes { "consent-yes" } else { "consent-no" })}</span>
                    </label>
                }
            };
            let asked = id.with_value(|id| format!("understand-{id}-question"));
            let labelled = asked.clone();
            view! {
                <div class="understand" role="radiogroup" aria-labelledby=labelled>
                    <p id=asked lang=move || question.with_value(|q| marks(q).0) dir=move || question.with_value(|q| marks(q).1)>{ask}</p>
                    <div class="inline-choices">{option(true)}{option(false)}</div>
                    <p class="warn" role="alert" hidden=move || said.get() != Some(!right)>
                        {t("consent-explain-again")}<br/>
                        <span lang=move || explanation.with_value(|q| marks(q).0) dir=move || explanation.with_value(|q| marks(q).1)>{explain}</span>
                    </p>
                </div>
            }
        })
        .collect_view();
    view! {
        <fieldset class="understanding" hidden=none>
            <legend>{t("consent-understanding")}</legend>
            {questions}
        </fieldset>
    }
}
