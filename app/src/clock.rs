//! Time on the device. Local time with its offset, so that the date part is the calendar
//! day the enumerator saw, which is the day `today()` meant in the form's constraints.

/// Milliseconds since the Unix epoch.
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// Now as RFC 3339 in local time, e.g. `2026-11-25T14:03:09+03:00`.
pub fn now_local_rfc3339() -> String {
    let d = js_sys::Date::new_0();
    let offset = -(d.get_timezone_offset() as i32); // minutes east of UTC
    let sign = if offset < 0 { '-' } else { '+' };
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}{}{:02}:{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date(),
        d.get_hours(),
        d.get_minutes(),
        d.get_seconds(),
        sign,
        offset.abs() / 60,
        offset.abs() % 60
    )
}

/// Today's local date, `YYYY-MM-DD`.
pub fn today() -> String {
    now_local_rfc3339()[..10].to_string()
}

/// A date-time typed in the phone's picker, kept with the phone's UTC offset at that
/// moment (daylight saving included), as `now()` is (`forms::dates::with_offset`); text
/// that is not such a date-time is kept as typed.
pub fn typed_date_time(typed: &str) -> String {
    // Without an offset, JavaScript reads an ISO date-time as local time.
    let offset = js_sys::Date::new(&wasm_bindgen::JsValue::from_str(typed)).get_timezone_offset();
    if offset.is_nan() {
        return typed.to_string();
    }
    forms::dates::with_offset(typed, -(offset as i32)).unwrap_or_else(|| typed.to_string())
}
