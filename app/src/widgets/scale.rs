//! A `range` question: a number on a scale from `start` to `end` by `step`.
//!
//! A slider alone is hard to set exactly with a thumb in the sun, and cannot say "not
//! answered" (it always shows a value), so it comes with 48 px "less" and "more" buttons and
//! the value written out. With the `rating` appearance it is a row of stars instead, one
//! button per value. The answer is stored as XPath prints the number.

use forms::num;
use leptos::prelude::*;

use crate::i18n::ui;

/// The most stars a rating draws; a longer scale falls back to the slider.
const MAX_STARS: usize = 12;

/// The number `k` steps from `start`, rid of binary noise (0.1 + 0.2).
fn nth(start: f64, step: f64, k: f64) -> f64 {
    ((start + k * step) * 1e9).round() / 1e9
}

#[component]
pub fn Scale(
    id: String,
    error_id: String,
    start: f64,
    end: f64,
    step: f64,
    /// `rating`: stars rather than a slider.
    stars: bool,
    value: Signal<String>,
    set: Callback<String>,
) -> impl IntoView {
    let ui = ui();
    // Its lowest and highest values: the ends, or the last whole step before the far end
    // when the ends are not a whole number of steps apart (1 to 49 for 1 to 50 by 4).
    let (low, high) = forms::validate::scale_bounds(start, end, step);
    let step = step.abs();
    let count = ((high - low) / step).round() as usize + 1;
    let current = move || num::parse_decimal(value.get().trim());

    if stars && count <= MAX_STARS {
        let max = count.to_string();
        let label_id = format!("{id}-label");
        let star = move |k: usize| {
            let v = nth(low, step, k as f64);
            let label = ui.t_with(
                "rating-star",
                &[("n", (k + 1).to_string()), ("max", max.clone())],
            );
            let on = move || current().is_some_and(|c| c >= v - step / 2.0);
            view! {
                <button
                    type="button"
                    class="star"
                    id=format!("{id}-{}", k + 1)
                    aria-label=label
                    aria-pressed=move || current().is_some_and(|c| (c - v).abs() < step / 2.0).to_string()
                    class:on=on
                    on:click=move |_| set.run(num::format(v))
                >
                    {move || if on() { "★" } else { "☆" }}
                </button>
            }
        };
        return view! {
            <div class="stars" role="group" aria-labelledby=label_id aria-describedby=error_id.clone()>
                {(0..count).map(star).collect_view()}
            </div>
        }
        .into_any();
    }

    // One step down or up from the answer; the first press of either gives the start.
    let nudge = move |by: f64| {
        let next = match current() {
            None => start,
            Some(c) => nth(low, step, ((c - low) / step).round() + by).clamp(low, high),
        };
        set.run(num::format(next));
    };
    view! {
        <div class="scale">
            <button type="button" class="nudge" id=format!("{id}-less") aria-label=ui.t("range-less") on:click=move |_| nudge(-1.0)>"−"</button>
            <input
                id=id.clone()
                type="range"
                min=num::format(low)
                max=num::format(high)
                step=num::format(step)
                class:unset=move || current().is_none()
                aria-describedby=error_id
                prop:value=move || current().map_or(num::format(start), num::format)
                on:input=move |ev| set.run(event_target_value(&ev))
            />
            <button type="button" class="nudge" id=format!("{id}-more") aria-label=ui.t("range-more") on:click=move |_| nudge(1.0)>"+"</button>
        </div>
        <p class="scale-value" id=format!("{id}-value") aria-live="polite">
            {move || current().map_or_else(|| ui.t("range-unset"), num::format)}
        </p>
        <p class="scale-ends" aria-hidden="true"><span>{num::format(low)}</span><span>{num::format(high)}</span></p>
    }
    .into_any()
}
