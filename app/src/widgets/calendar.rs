//! A date entered in a local calendar (`appearance`: `ethiopian`, `coptic`, `islamic`,
//! `persian`, `bikram-sambat`, `myanmar`): day, month by name and year as the respondent
//! counts them; the answer is stored as the ISO date, which the screen also shows (with the
//! moon's phase in the Myanmar calendar). Conversions are `forms::calendars`.

use forms::calendars::{self, Calendar, LocalDate};
use leptos::prelude::*;

use crate::i18n::ui;

#[component]
pub fn LocalDateInput(
    calendar: Calendar,
    id: String,
    value: Signal<String>,
    set: Callback<String>,
) -> impl IntoView {
    let ui = ui();
    // What is typed, kept apart from the answer so a half-typed date stays on screen.
    let start = forms::dates::parse_date(&value.get_untracked())
        .map(|(y, m, d)| calendar.from_days(forms::dates::days_from_civil(y, m, d)));
    let day = RwSignal::new(start.map(|d| d.day.to_string()).unwrap_or_default());
    let month = RwSignal::new(start.map_or(0, |d| d.month));
    let year = RwSignal::new(start.map(|d| d.year.to_string()).unwrap_or_default());
    let typed_date = move || {
        Some(LocalDate {
            year: year.get().trim().parse().ok()?,
            month: month.get(),
            day: day.get().trim().parse().ok()?,
        })
    };
    // The ISO date of what is typed; a day typed under its other name (a Myanmar Tagu
    // before the new year, which is the old year's Late Tagu) is that day.
    let typed = move || {
        typed_date().map(|date| {
            calendars::to_iso(calendar, date).or_else(|| {
                calendars::named_otherwise(calendar, date)
                    .and_then(|other| calendars::to_iso(calendar, other))
            })
        })
    };
    let changed = move || match typed() {
        Some(Some(iso)) => set.run(iso),
        _ => set.run(String::new()),
    };
    let status = move || match typed() {
        Some(None) => ui.t("date-no-such-day"),
        _ if value.get().is_empty() => String::new(),
        _ => {
            let saved = ui.t_with("date-gregorian", &[("date", value.get())]);
            match calendars::local_of(calendar, &value.get()) {
                // A renamed day says how it is written.
                Some(local) if typed_date().is_some_and(|d| d != local) => {
                    let called =
                        ui.t_with("date-called", &[("date", written(ui, calendar, local))]);
                    format!("{called} {saved}")
                }
                Some(local) => format!("{}. {saved}", written(ui, calendar, local)),
                None => saved,
            }
        }
    };
    // Labels in the UI language at the time the question is drawn.
    let number = move |signal: RwSignal<String>, label: &'static str| {
        let label = ui.t(label);
        view! {
            <input type="text" inputmode="numeric" autocomplete="off" aria-label=label.clone() placeholder=label
                prop:value=move || signal.get() on:input=move |ev| { signal.set(event_target_value(&ev)); changed() }/>
        }
    };
    view! {
        <div class="local-date" role="group" id=id>
            {number(day, "date-day")}
            <select aria-label=ui.t("date-month") on:change=move |ev| { month.set(event_target_value(&ev).parse().unwrap_or(0)); changed() }>
                <option value="0">{ui.t("date-month")}</option>
                {calendar.months().iter().enumerate().map(|(i, name)| {
                    let n = i as u32 + 1;
                    view! { <option value=n.to_string() selected=month.get_untracked() == n>{*name}</option> }
                }).collect_view()}
            </select>
            {number(year, "date-year")}
        </div>
        <p class="hint" role="status" aria-live="polite">{status}</p>
    }
}

/// A local date as the UI language writes it: the Myanmar moon's phase is translated, the
/// months keep their own names.
fn written(ui: crate::i18n::Ui, calendar: Calendar, date: LocalDate) -> String {
    use calendars::myanmar::Phase;
    calendars::written_with(calendar, date, |phase| match phase {
        Phase::Waxing(day) => ui.t_with("date-waxing", &[("day", day.to_string())]),
        Phase::FullMoon => ui.t("date-full-moon"),
        Phase::Waning(day) => ui.t_with("date-waning", &[("day", day.to_string())]),
        Phase::NewMoon => ui.t("date-new-moon"),
    })
}
