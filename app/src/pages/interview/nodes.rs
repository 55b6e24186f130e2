//! One node of a form on screen: a question with its input, a note, a group, or a repeat
//! with its instances. Labels follow the respondent's language; relevance and errors come
//! from `forms::validate`, the same code the server runs.

use forms::model::{self, Kind, Node, Step};
use forms::validate::Problem;
use leptos::prelude::*;

use super::engine::InterviewCtx;
use crate::i18n::{t, ui};
use crate::widgets::calendar::LocalDateInput;
use crate::widgets::capture::Capture;
use crate::widgets::choices::Choices;
use crate::widgets::geo::{GeoPath, locate};
use crate::widgets::prompt::Prompt;
use crate::widgets::rank::Ranking;
use crate::widgets::scale::Scale;
use crate::widgets::signature::SignaturePad;
use forms::calendars::Calendar;

/// The part of a date a `month-year` or `year` question asks for.
#[derive(Clone, Copy, PartialEq)]
enum DatePart {
    Month,
    Year,
}

impl DatePart {
    /// What the input shows of a stored ISO date: `2026-11`, or `2026`.
    fn show(self, stored: &str) -> String {
        let len = match self {
            DatePart::Month => 7,
            DatePart::Year => 4,
        };
        stored.get(..len).unwrap_or(stored).to_string()
    }

    /// The ISO date kept for what was typed. A year typed half-way is kept as it is (and
    /// refused as "not a date" if left so): erasing it would wipe the digits being typed.
    fn store(self, typed: &str) -> String {
        let typed = typed.trim();
        let whole = match self {
            DatePart::Month => typed.len() == 7 && typed.as_bytes()[4] == b'-',
            DatePart::Year => typed.len() == 4,
        };
        if !whole || !typed.bytes().all(|b| b.is_ascii_digit() || b == b'-') {
            return typed.to_string();
        }
        match self {
            DatePart::Month => format!("{typed}-01"),
            DatePart::Year => format!("{typed}-01-01"),
        }
    }
}

/// `1234567.5` as `1 234 567.5` (narrow spaces, the same in every language), or nothing
/// for a number too small to need it.
fn group_digits(value: &str) -> String {
    let value = value.trim();
    let (sign, rest) = value.strip_prefix('-').map_or(("", value), |r| ("-", r));
    let (int, frac) = rest
        .split_once('.')
        .map_or((rest, None), |(i, f)| (i, Some(f)));
    if int.len() < 4 || !int.bytes().all(|b| b.is_ascii_digit()) {
        return String::new();
    }
    let mut out = String::from(sign);
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push('\u{202f}');
        }
        out.push(c);
    }
    if let Some(f) = frac {
        out.push('.');
        out.push_str(f);
    }
    out
}

/// OpenStreetMap at the point of a geopoint answer (`lat lon …`).
fn map_link(value: &str) -> Option<String> {
    let mut parts = value.split_whitespace();
    let (lat, lon) = (parts.next()?, parts.next()?);
    let ok = |s: &str| forms::num::parse_decimal(s).is_some();
    (ok(lat) && ok(lon))
        .then(|| format!("https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=17/{lat}/{lon}"))
}

/// `members[2]/member_age` for the second member, `members[2]/children[1]/child_age` for
/// their first child, `member_age` at the top level: the path `validate` reports.
fn path(name: &str, instance: &[Step]) -> String {
    let mut out: String = instance
        .iter()
        .map(|(r, i)| format!("{r}[{}]/", i + 1))
        .collect();
    out.push_str(name);
    out
}

/// A DOM id tests and labels can rely on: `q-member_age`, `q-members-2-member_age`,
/// `q-members-2-children-1-child_age`.
fn dom_id(name: &str, instance: &[Step]) -> String {
    let mut out = String::from("q-");
    for (r, i) in instance {
        out.push_str(&format!("{r}-{}-", i + 1));
    }
    out.push_str(name);
    out
}

/// Render a node (and its children).
#[component]
pub fn NodeView(
    node: Node,
    #[prop(optional)] instance: Vec<Step>,
    ctx: InterviewCtx,
) -> impl IntoView {
    let name = node.name.clone();
    let inst = instance.clone();
    let visible = move || ctx.relevant(&name, &inst);
    let node = StoredValue::new(node);
    let instance = StoredValue::new(instance);
    view! {
        <Show when=visible>
            {move || {
                let node = node.get_value();
                let instance = instance.get_value();
                match node.kind {
                    Kind::Group => view! { <GroupView node=node instance=instance ctx=ctx/> }.into_any(),
                    Kind::Repeat => view! { <RepeatView node=node at=instance ctx=ctx/> }.into_any(),
                    Kind::Note => {
                        let attributes = StoredValue::new(node.attributes.clone());
                        let (label, at) = (node.label.clone(), instance.clone());
                        let (lang, dir) = ctx.marks(StoredValue::new(node.label.clone()));
                        view! {
                            <p class="note" lang=lang dir=dir>
                                {move || rich(ctx.rich(&node.label, &instance))}
                            </p>
                            <Prompt attributes=attributes ctx=ctx alt=Signal::derive(move || ctx.label(&label, &at))/>
                        }
                        .into_any()
                    }
                    Kind::Hidden | Kind::Meta { .. } => ().into_any(),
                    Kind::Calculate => {
                        if node.label.is_empty() {
                            ().into_any()
                        } else {
                            let (n, at) = (node.clone(), instance.clone());
                            let (lang, dir) = ctx.marks(StoredValue::new(node.label.clone()));
                            view! {
                                <p class="calculated" lang=lang dir=dir>
                                    {move || ctx.label(&node.label, &at)} ": "
                                    <output id=dom_id(&n.name, &instance)>{let (n, instance) = (n.clone(), instance.clone()); move || ctx.calculated(&n, &instance)}</output>
                                </p>
                            }
                            .into_any()
                        }
                    }
                    _ => view! { <QuestionView node=node instance=instance ctx=ctx/> }.into_any(),
                }
            }}
        </Show>
    }
}

#[component]
fn GroupView(node: Node, instance: Vec<Step>, ctx: InterviewCtx) -> impl IntoView {
    let label = node.label.clone();
    let at = instance.clone();
    // `table-list`: the selects inside share one list; its labels head the columns once,
    // and each question is a row of bare choices.
    let table = node.has_appearance("table-list");
    let head = table.then(|| {
        provide_context(crate::widgets::choices::TableList);
        let list = node
            .children
            .iter()
            .find_map(|c| c.kind.choice_list())
            .unwrap_or_default()
            .to_string();
        let labels: Vec<model::Text> = ctx
            .form
            .with_value(|f| f.choices(&list).iter().map(|c| c.label.clone()).collect());
        let grid = format!(
            "grid-template-columns: repeat({}, minmax(0, 1fr))",
            labels.len()
        );
        view! {
            <div class="choices table-head" aria-hidden="true" style=grid dir=move || ctx.respondent_dir()>
                {labels.into_iter().map(|l| {
                    let l = StoredValue::new(l);
                    let (lang, dir) = ctx.marks(l);
                    view! { <span lang=lang dir=dir>{move || l.with_value(|l| ctx.text(l))}</span> }
                }).collect_view()}
            </div>
        }
    });
    let (lang, dir) = ctx.marks(StoredValue::new(label.clone()));
    view! {
        <fieldset class="group" class:table-list=table>
            <legend lang=lang dir=dir>{move || ctx.label(&label, &at)}</legend>
            {head}
            {node
                .children
                .into_iter()
                .map(|child| view! { <NodeView node=child instance=instance.clone() ctx=ctx/> })
                .collect_view()}
        </fieldset>
    }
}

/// A repeat's instances, each a fieldset, with buttons to add and remove them (unless
/// `repeat_count` decides how many). `at` is the instance holding the repeat: empty at the
/// top level, a member for the children of that member.
#[component]
fn RepeatView(node: Node, at: Vec<Step>, ctx: InterviewCtx) -> impl IntoView {
    let ui = ui();
    let name = StoredValue::new(node.name.clone());
    let at = StoredValue::new(at);
    let label = StoredValue::new(node.label.clone());
    let children = StoredValue::new(node.children.clone());
    // With `repeat_count` the form decides how many instances there are.
    let counted = node.repeat_count.is_some();
    let count = move || {
        let repeat = name.get_value();
        ctx.watch(&repeat);
        at.with_value(|at| {
            ctx.answers
                .with_untracked(|a| model::repeat_len(a, &repeat, at))
        })
    };
    // `q-members-2-children`: one id per repeat in each instance holding it.
    let id = at.with_value(|at| dom_id(&node.name, at));
    let section = StoredValue::new(format!("repeat-{}", &id[2..]));
    let add = move |_| {
        let repeat = name.get_value();
        let form = ctx.form.get_value();
        let today = ctx.today.get_value();
        let instance = ctx.answers.with_untracked(|a| {
            at.with_value(|at| forms::prefill::new_instance(&form, &repeat, a, at, &today))
        });
        ctx.change(&repeat, None, |a| {
            at.with_value(|at| model::add_instance(a, &repeat, at, instance))
        });
        // Into the new member's first answer, as it is drawn (not left on Add, below it).
        let section = section.get_value();
        request_animation_frame(move || {
            use wasm_bindgen::JsCast;
            // By id, not a CSS selector: an XLSForm name may hold a `.`.
            let first = document()
                .get_element_by_id(&section)
                .and_then(|s| {
                    s.query_selector(
                        ":scope > fieldset.instance:last-of-type :is(input:not([type=hidden]):not([hidden]), select, textarea)",
                    )
                    .ok()
                    .flatten()
                })
                .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
            if let Some(first) = first {
                if let Some(frame) = first.closest("fieldset.instance").ok().flatten() {
                    frame.scroll_into_view_with_bool(true);
                }
                let _ = first.focus();
            }
        });
    };
    let title = move || label.with_value(|l| at.with_value(|at| ctx.label(l, at)));
    let (lang, dir) = ctx.marks(label);
    // "Remove Member 2": the interface's sentence, the form's label isolated inside it in
    // its own language and direction.
    let numbered = move |id: &'static str, i: Option<usize>| {
        let n = i.map(|i| (i + 1).to_string()).unwrap_or_default();
        move || {
            let (before, after) =
                crate::i18n::around(&ui.lang.get(), id, &[("n", n.clone())], "label");
            view! { {before}<bdi lang=lang dir=dir>{title}</bdi>{after} }
        }
    };
    view! {
        <section class="repeat" id=format!("repeat-{}", &id[2..])>
            <h2 lang=lang dir=dir>{title}</h2>
            <For each=move || 0..count() key=|i| *i let:i>
                <fieldset class="instance">
                    <legend>{numbered("interview-member", Some(i))}</legend>
                    {children
                        .get_value()
                        .into_iter()
                        .map(|child| {
                            let mut inside = at.get_value();
                            inside.push((name.get_value(), i));
                            view! { <NodeView node=child instance=inside ctx=ctx/> }
                        })
                        .collect_view()}
                    <button
                        type="button"
                        class="remove"
                        hidden=counted
                        on:click=move |_| {
                            let repeat = name.get_value();
                            ctx.change(&repeat, None, |a| {
                                at.with_value(|at| model::remove_instance(a, &repeat, at, i))
                            });
                        }
                    >
                        {numbered("interview-remove-member", Some(i))}
                    </button>
                </fieldset>
            </For>
            <button type="button" id=format!("add-{}", &id[2..]) class="add" hidden=counted on:click=add>
                {numbered("interview-add-member", None)}
            </button>
        </section>
    }
}

#[component]
fn QuestionView(node: Node, instance: Vec<Step>, ctx: InterviewCtx) -> impl IntoView {
    let ui = ui();
    let id = dom_id(&node.name, &instance);
    let my_path = StoredValue::new(path(&node.name, &instance));
    let node = StoredValue::new(node);
    let instance = StoredValue::new(instance);
    // The problem with this answer, and the form's own message for it (empty: none).
    let found = move || {
        ctx.errors.with(|errors| {
            errors
                .iter()
                .find(|e| my_path.with_value(|p| e.path == *p))
                .map(|e| {
                    let n = node.get_value();
                    let own = match e.problem {
                        Problem::Constraint => n.constraint_message,
                        Problem::Required => n.required_message,
                        _ => model::Text::default(),
                    };
                    (e.problem, own)
                })
        })
    };
    // The form's own message, in the respondent's language, when it has one; else the
    // interface's, in the interface's language (each marked so on screen).
    let error = move || {
        found().map(|(problem, own)| {
            if own.is_empty() {
                ui.t(problem.message_id())
            } else {
                instance.with_value(|at| ctx.label(&own, at))
            }
        })
    };
    let error_lang = move || match found() {
        Some((_, own)) if !own.is_empty() => ctx.lang_of(&own),
        _ => ui.lang.get(),
    };
    let error_dir = move || match found() {
        Some((_, own)) if !own.is_empty() => ctx.dir_of(&own),
        _ => ui.dir(),
    };
    // `w1`–`w12`: the question's share of a row in the `theme-grid` style (wide screens).
    let grid_width = node.get_value().appearance.and_then(|a| {
        a.split_whitespace()
            .find_map(|w| w.strip_prefix('w')?.parse::<u8>().ok())
            .filter(|n| (1..=12).contains(n))
            .map(|n| format!("--w: {n}"))
    });
    let label_text = move || instance.with_value(|at| ctx.label(&node.get_value().label, at));
    let hint_text = move || instance.with_value(|at| ctx.label(&node.get_value().hint, at));
    // A question said only by a picture the server does not have (not uploaded), and no
    // hint: its name, so the enumerator still knows what is asked (Collect names the
    // missing file). Not a question said by a recording alone (audio-first forms).
    let unlabelled = move || {
        label_text().is_empty()
            && hint_text().is_empty()
            && node.with_value(|n| {
                forms::media::names_picture(&n.attributes)
                    && ["image", "big-image", "video"]
                        .iter()
                        .all(|kind| ctx.media(&n.attributes, kind).is_none())
            })
    };
    // Required always, or (`required` as an expression) only while it holds.
    let required = move || node.with_value(|n| instance.with_value(|at| ctx.required(n, at)));
    let read_only = node.get_value().read_only;
    let no_label = node.with_value(|n| n.has_appearance("no-label"));
    let error_id = format!("{id}-error");
    // The hint and the error describe the input: a screen reader reads both with it.
    let hint_id = format!("{id}-hint");
    let has_hint = !node.with_value(|n| n.hint.is_empty());
    let described = if has_hint {
        format!("{hint_id} {error_id}")
    } else {
        error_id.clone()
    };
    let (label_lang, label_dir) = ctx.marks(StoredValue::new(node.get_value().label));
    let (hint_lang, hint_dir) = ctx.marks(StoredValue::new(node.get_value().hint));
    let input = {
        let id = id.clone();
        let error_id = described;
        let current = move || ctx.value(&node.get_value().name, &instance.get_value());
        let set = move |v: String| ctx.set(&node.get_value().name, &instance.get_value(), v);
        match node.get_value().kind {
            Kind::SelectOne { .. } | Kind::SelectMultiple { .. } | Kind::Acknowledge => view! {
                <Choices node=node instance=instance ctx=ctx id=id.clone() error_id=error_id required=Signal::derive(required)/>
            }
            .into_any(),
            Kind::Rank { .. } => view! {
                <Ranking node=node instance=instance ctx=ctx id=id.clone() error_id=error_id/>
            }
            .into_any(),
            Kind::Range { start, end, step } => {
                let stars = node.with_value(|n| n.has_appearance("rating"));
                view! {
                    <Scale id=id.clone() error_id start end step stars
                        value=Signal::derive(current) set=Callback::new(set)/>
                }
                .into_any()
            }
            Kind::Geotrace | Kind::Geoshape => {
                let shape = node.with_value(|n| n.kind == Kind::Geoshape);
                view! {
                    <GeoPath id=id.clone() error_id shape value=Signal::derive(current) set=Callback::new(set)/>
                }
                .into_any()
            }
            // `signature` on an image: drawn with a finger on the pad consent uses, kept
            // as the PNG it makes (a photo of a signature on paper is the camera's job).
            Kind::Media { media } if media == "image" && node.with_value(|n| n.has_appearance("signature")) => {
                let image = RwSignal::new(None::<String>);
                Effect::watch(move || image.get(), move |drawn, _, _| set(drawn.clone().unwrap_or_default()), false);
                view! { <div class="signature-question" id=id.clone()><SignaturePad image/></div> }.into_any()
            }
            Kind::Media { media } => {
                let n = node.get_value();
                let max_pixels = n.parameter("max-pixels").and_then(|p| p.parse().ok());
                view! {
                    <Capture media appearance=n.appearance.unwrap_or_default() max_pixels id=id.clone() error_id required=Signal::derive(required)
                        value=Signal::derive(current) set=Callback::new(set)/>
                }
                .into_any()
            }
            kind => {
                let has = |word: &str| node.with_value(|n| n.has_appearance(word));
                // `month-year` and `year`: only that part of a date is asked; the answer is
                // still a whole ISO date (the first of the month, or of the year).
                let part = match kind {
                    Kind::Date if has("month-year") => Some(DatePart::Month),
                    Kind::Date if has("year") => Some(DatePart::Year),
                    _ => None,
                };
                let (input_type, mode) = match (&kind, part) {
                    (_, Some(DatePart::Month)) => ("month", "none"),
                    (_, Some(DatePart::Year)) => ("text", "numeric"),
                    (Kind::Integer, _) => ("text", "numeric"),
                    (Kind::Decimal | Kind::Geopoint, _) => ("text", "decimal"),
                    (Kind::Date, _) => ("date", "none"),
                    (Kind::Time, _) => ("time", "none"),
                    (Kind::DateTime, _) => ("datetime-local", "none"),
                    // `numbers`: a text of digits (a phone number, an ID) with the number pad.
                    (Kind::Text, _) if has("numbers") => ("text", "numeric"),
                    _ => ("text", "text"),
                };
                let date_time = kind == Kind::DateTime;
                let shown = move || match part {
                    Some(p) => p.show(&current()),
                    // A time recorded by the phone (`now()`) carries its offset, which the
                    // picker does not take: its wall-clock time is shown.
                    // Whole minutes as the picker writes them (`…T14:30`), so the value
                    // given back while typing is the picker's own.
                    None if date_time => {
                        let wall: String = current().chars().take(19).collect();
                        match wall.strip_suffix(":00") {
                            Some(minutes) if wall.len() == 19 => minutes.to_string(),
                            _ => wall,
                        }
                    }
                    None => current(),
                };
                // A number typed on a keyboard in another script (`٣٤`, `৩৪`), or a phone
                // number in a text question that holds digits, is kept as the ASCII digits
                // it is, as the server reads it (`forms::digits::typed_as_digits`).
                let numeric = part == Some(DatePart::Year)
                    || node.with_value(|n| {
                        ctx.form
                            .with_value(|f| forms::digits::typed_as_digits(f, &n.name))
                    });
                let keep = move |typed: String| {
                    let typed = if numeric {
                        forms::digits::to_ascii(&typed).into_owned()
                    } else if date_time && !typed.is_empty() {
                        // With the phone's offset, as `now()`: else it counts as UTC.
                        crate::clock::typed_date_time(&typed)
                    } else {
                        typed
                    };
                    match part {
                        Some(p) => set(p.store(&typed)),
                        None => set(typed),
                    }
                };
                // `thousands-sep`: the number written out with its digits grouped.
                let grouped = (matches!(kind, Kind::Integer | Kind::Decimal) && has("thousands-sep"))
                    .then(|| view! { <p class="hint grouped" aria-hidden="true">{move || group_digits(&current())}</p> });
                // `map`, `placement-map`: the point on OpenStreetMap, while the phone is online.
                let map = (kind == Kind::Geopoint && (has("map") || has("placement-map") || has("maps")))
                    .then(|| {
                        let href = move || map_link(&current());
                        view! {
                            <a class="map-link" id=format!("{id}-map") href=move || href().unwrap_or_default()
                                hidden=move || href().is_none() target="_blank" rel="noopener">{t("geo-map")}</a>
                        }
                    });
                // A geopoint is typed, or taken from the phone's location with its accuracy.
                let status = RwSignal::new(None::<String>);
                let locate = (kind == Kind::Geopoint).then(|| {
                    view! {
                        <button type="button" class="locate" id=format!("{id}-locate") on:click=move |_| locate(set, status, ui)>
                            {t("geo-locate")}
                        </button>
                        <p class="hint" role="status" aria-live="polite">{move || status.get().unwrap_or_default()}</p>
                    }
                });
                // `multiline`: a text written over several lines (notes, an address).
                let multiline = kind == Kind::Text && has("multiline");
                let calendar = (kind == Kind::Date)
                    .then(|| node.get_value().appearance)
                    .flatten()
                    .and_then(|a| Calendar::from_appearance(&a));
                if let Some(calendar) = calendar {
                    view! {
                        <LocalDateInput calendar=calendar id=id.clone() value=Signal::derive(current) set=Callback::new(set)/>
                    }
                    .into_any()
                } else if multiline {
                    view! {
                        <textarea
                            id=id.clone()
                            rows="4"
                            aria-required=move || required().to_string()
                            aria-invalid=move || error().is_some().to_string()
                            aria-describedby=error_id
                            dir="auto"
                            prop:value=current
                            on:input=move |ev| set(event_target_value(&ev))
                        ></textarea>
                    }
                    .into_any()
                } else {
                    view! {
                        <input
                            id=id.clone()
                            type=input_type
                            inputmode=mode
                            autocomplete="off"
                            aria-required=move || required().to_string()
                            aria-invalid=move || error().is_some().to_string()
                            aria-describedby=error_id
                            dir="auto"
                            prop:value=shown
                            on:input=move |ev| keep(event_target_value(&ev))
                        />
                        {locate}
                        {grouped}
                        {map}
                    }
                    .into_any()
                }
            }
        }
    };
    view! {
        <div class="question" class:invalid=move || error().is_some() data-name=node.get_value().name data-appearance=node.get_value().appearance style=grid_width>
            // `no-label`: the label is not shown (a table's header says it), still read out.
            <label id=format!("{id}-label") for=id.clone() lang=label_lang dir=label_dir class:sr-only=no_label>
                {move || instance.with_value(|at| rich(ctx.rich(&node.get_value().label, at)))}
                {move || unlabelled().then(|| view! { <span class="unlabelled" translate="no">{node.get_value().name}</span> })}
                {move || required().then(|| view! { <span class="required">" *" <span class="sr-only" lang=move || ui.lang.get() dir=move || ui.dir()>{t("interview-required")}</span></span> })}
            </label>
            <Prompt attributes=StoredValue::new(node.get_value().attributes) ctx=ctx alt=Signal::derive(label_text)/>
            <p class="hint" id=hint_id hidden=move || hint_text().is_empty() lang=hint_lang dir=hint_dir>
                {move || instance.with_value(|at| rich(ctx.rich(&node.get_value().hint, at)))}
            </p>
            // `guidance_hint`: for the enumerator, folded away until wanted.
            {move || {
                let guidance = node.with_value(|n| instance.with_value(|at| ctx.label(&n.guidance, at)));
                let (lang, dir) = ctx.marks(StoredValue::new(node.get_value().guidance));
                (!guidance.is_empty()).then(|| view! {
                    <details class="guidance"><summary>{t("interview-guidance")}</summary><p lang=lang dir=dir>{guidance}</p></details>
                })
            }}
            // `read_only`: shown, not changed (its value comes from a default or a calculation).
            <fieldset class="bare" disabled=read_only>{input}</fieldset>
            <p class="error" id=error_id.clone() aria-live="polite" lang=error_lang dir=error_dir>{move || error().unwrap_or_default()}</p>
        </div>
    }
}

/// Pieces of a label, hint or note (`forms::markup`) as elements: strong, emphasis, a
/// coloured run (`mark-<hue>`, colours with AA contrast in the stylesheet), line breaks,
/// links.
/// Text only ever becomes text nodes.
fn rich(pieces: Vec<forms::markup::Piece>) -> impl IntoView {
    use forms::markup::Piece;
    pieces
        .into_iter()
        .map(|piece| match piece {
            Piece::Break => view! { <br/> }.into_any(),
            Piece::Text {
                text,
                strong,
                em,
                color,
                link,
            } => {
                let mut shown = match link {
                    // Opened beside the interview, never in its place.
                    Some(href) => {
                        view! { <a href=href target="_blank" rel="noopener noreferrer">{text}</a> }
                            .into_any()
                    }
                    None => text.into_any(),
                };
                if em {
                    shown = view! { <em>{shown}</em> }.into_any();
                }
                if strong {
                    shown = view! { <strong>{shown}</strong> }.into_any();
                }
                if let Some(hue) = color {
                    shown = view! { <span class=format!("mark-{hue}")>{shown}</span> }.into_any();
                }
                shown
            }
        })
        .collect_view()
}
