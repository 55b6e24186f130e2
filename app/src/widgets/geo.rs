//! Places on the phone: the geopoint's "Record location", and the `geotrace` (a line) and
//! `geoshape` (an area) questions.
//!
//! A line or area is drawn offline, so with no map tiles: the enumerator walks to each
//! point and taps "Add my location" (the Geolocation API, with its accuracy), or types a
//! latitude and longitude read elsewhere (a GPS unit, a paper map); each point is listed
//! with a Remove button, and the count, length and area say whether the walk looks right.
//! Every button is 48 px and every input labelled. The answer is kept as ODK writes it
//! (`forms::geo`): points joined by `;`, an area closed on its first point, so validation,
//! `area()`/`distance()` and exports read what Collect would have written.

use forms::geo::{self, Point};
use leptos::prelude::*;

use crate::i18n::{t, ui};

/// Ask the browser for the phone's position and record it as XForms store a geopoint:
/// `latitude longitude altitude accuracy` (metres). The status line says how precise it
/// is, or why there is none (location off, permission refused, no fix in 30 s).
pub fn locate(
    set: impl Fn(String) + 'static,
    status: RwSignal<Option<String>>,
    ui: crate::i18n::Ui,
) {
    use wasm_bindgen::{JsCast, JsValue};
    let Ok(geolocation) = window().navigator().geolocation() else {
        status.set(Some(ui.t("geo-failed")));
        return;
    };
    status.set(Some(ui.t("geo-busy")));
    let found = wasm_bindgen::closure::Closure::once_into_js(move |position: JsValue| {
        let coords = js_sys::Reflect::get(&position, &"coords".into()).unwrap_or_default();
        let number = |key: &str| {
            js_sys::Reflect::get(&coords, &key.into())
                .ok()
                .and_then(|v| v.as_f64())
        };
        let (Some(lat), Some(lon)) = (number("latitude"), number("longitude")) else {
            status.set(Some(ui.t("geo-failed")));
            return;
        };
        let accuracy = number("accuracy").unwrap_or(0.0).round();
        let altitude = number("altitude").unwrap_or(0.0);
        let f = forms::num::format;
        set(format!(
            "{} {} {} {}",
            f(lat),
            f(lon),
            f(altitude),
            f(accuracy)
        ));
        status.set(Some(ui.t_with("geo-done", &[("accuracy", f(accuracy))])));
    });
    let failed = wasm_bindgen::closure::Closure::once_into_js(move |_: JsValue| {
        status.set(Some(ui.t("geo-failed")));
    });
    let options = web_sys::PositionOptions::new();
    options.set_enable_high_accuracy(true);
    options.set_timeout(30_000);
    let _ = geolocation.get_current_position_with_error_callback_and_options(
        found.unchecked_ref(),
        Some(failed.unchecked_ref()),
        &options,
    );
}

/// Metres, or square metres, as a whole number.
fn whole(n: f64) -> String {
    forms::num::format(n.round())
}

/// A `geotrace` (`shape`: false) or `geoshape` question.
#[component]
pub fn GeoPath(
    id: String,
    error_id: String,
    /// An area (closed on its first point) rather than a line.
    shape: bool,
    value: Signal<String>,
    set: Callback<String>,
) -> impl IntoView {
    let ui = ui();
    // The points as the enumerator edits them: an area without its closing point. A
    // stored text that is not a path (a default typed wrong) lists nothing, and is kept
    // until the first point is added.
    let points = move || {
        let read = geo::parse_path(&value.get()).unwrap_or_default();
        if shape { geo::open(read) } else { read }
    };
    let store = move |list: Vec<Point>| {
        let kept = if shape { geo::close(&list) } else { list };
        set.run(geo::write_path(&kept));
    };
    let add = move |p: Point| {
        let mut list = points();
        list.push(p);
        store(list);
    };
    let remove = move |i: usize| {
        let mut list = points();
        if i < list.len() {
            list.remove(i);
        }
        store(list);
    };

    // A point typed: latitude and longitude, in any script's digits.
    let lat = RwSignal::new(String::new());
    let lon = RwSignal::new(String::new());
    let typed_error = RwSignal::new(None::<String>);
    let add_typed = move |_| {
        let text = format!(
            "{} {}",
            forms::digits::to_ascii(lat.get_untracked().trim()),
            forms::digits::to_ascii(lon.get_untracked().trim())
        );
        match Point::parse(&text) {
            Some(p) => {
                add(p);
                lat.set(String::new());
                lon.set(String::new());
                typed_error.set(None);
            }
            None => typed_error.set(Some(ui.t("field-not-geopoint"))),
        }
    };
    let status = RwSignal::new(None::<String>);
    let add_here = move |_| {
        locate(
            move |text| {
                if let Some(p) = Point::parse(&text) {
                    add(p);
                }
            },
            status,
            ui,
        )
    };

    let summary = move || {
        let list = points();
        let line = if shape {
            geo::close(&list)
        } else {
            list.clone()
        };
        let mut text = ui.t_with(
            "geo-points-summary",
            &[
                ("count", list.len().to_string()),
                ("length", whole(geo::length(&line))),
            ],
        );
        if shape && list.len() >= geo::SHAPE_MIN_POINTS {
            let at: Vec<(f64, f64)> = list.iter().map(Point::at).collect();
            let m2 = geo::area(&at);
            text.push_str(" · ");
            text.push_str(&ui.t_with(
                "geo-area",
                &[
                    ("area", whole(m2)),
                    ("hectares", forms::num::format((m2 / 100.0).round() / 100.0)),
                ],
            ));
        }
        text
    };
    let row = move |(i, p): (usize, Point)| {
        let n = (i + 1).to_string();
        let accuracy = p
            .acc
            .filter(|a| *a > 0.0)
            .map(|a| format!(" ± {} m", whole(a)))
            .unwrap_or_default();
        view! {
            <li>
                <span dir="ltr">{format!("{}, {}{accuracy}", forms::num::format(p.lat), forms::num::format(p.lon))}</span>
                <button type="button" class="remove-point"
                    aria-label=ui.t_with("geo-remove-point", &[("n", n)])
                    on:click=move |_| remove(i)>"✕"</button>
            </li>
        }
    };
    let (lat_id, lon_id) = (format!("{id}-lat"), format!("{id}-lon"));
    view! {
        <div class="geo-path" id=id.clone() role="group" aria-labelledby=format!("{id}-label") aria-describedby=error_id>
            <p class="hint" hidden=move || !points().is_empty()>{t("geo-no-points")}</p>
            <ol class="geo-points">{move || points().into_iter().enumerate().map(row).collect_view()}</ol>
            <p class="geo-summary" role="status" aria-live="polite">{summary}</p>
            <button type="button" class="locate" id=format!("{id}-locate") on:click=add_here>{t("geo-add-location")}</button>
            <p class="hint" role="status" aria-live="polite">{move || status.get().unwrap_or_default()}</p>
            <div class="geo-typed">
                <div>
                    <label for=lat_id.clone()>{t("geo-latitude")}</label>
                    <input id=lat_id type="text" inputmode="decimal" autocomplete="off"
                        prop:value=move || lat.get() on:input=move |ev| lat.set(event_target_value(&ev))/>
                </div>
                <div>
                    <label for=lon_id.clone()>{t("geo-longitude")}</label>
                    <input id=lon_id type="text" inputmode="decimal" autocomplete="off"
                        prop:value=move || lon.get() on:input=move |ev| lon.set(event_target_value(&ev))/>
                </div>
            </div>
            <p class="error" aria-live="polite">{move || typed_error.get().unwrap_or_default()}</p>
            <button type="button" class="add-point" id=format!("{id}-add") on:click=add_typed>{t("geo-add-point")}</button>
        </div>
    }
}
