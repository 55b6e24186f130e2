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
