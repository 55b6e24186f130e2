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
    // The phone's offset at that wall-clock moment, from a Date built of its parts: parsing
    // the text instead would read it as UTC on WebViews older than ES2015's rule.
    let (Some((date, _)), Some(days)) = (typed.split_once('T'), forms::dates::to_days(typed))
    else {
        return typed.to_string();
    };
    let Some((year, month, day)) = forms::dates::parse_date(date) else {
        return typed.to_string();
    };
    let minutes = ((days - days.floor()) * 1440.0).round() as i32;
    let local = js_sys::Date::new_with_year_month_day_hr_min(
        year as u32,
        month as i32 - 1,
        day as i32,
        minutes / 60,
        minutes % 60,
    );
    let offset = local.get_timezone_offset();
    if offset.is_nan() {
        return typed.to_string();
    }
    forms::dates::with_offset(typed, -(offset as i32)).unwrap_or_else(|| typed.to_string())
}
