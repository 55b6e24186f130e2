//! Calendar arithmetic for form expressions and XLSForm cells, without a time-zone database.
//!
//! XLSForm (like JavaRosa) turns a date into a number of days since 1970-01-01 so that
//! `(today() - ${dob}) div 365.25` works; a date-time becomes days with a fraction. Dates are
//! always stored as ISO `YYYY-MM-DD`; date-times as ISO 8601 with their UTC offset.
//! The day-count conversions are Howard Hinnant's `days_from_civil` / `civil_from_days`.

/// Days since 1970-01-01 of a proleptic Gregorian date.
pub fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date `days` after 1970-01-01, as (year, month, day).
pub fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (yoe + era * 400 + i64::from(month <= 2), month, day)
}

/// Day counts dates are computed for: ±100 million days (±270,000 years) is far beyond
/// any real date and far from overflowing the arithmetic.
pub const MAX_DAYS: f64 = 1e8;

/// `YYYY-MM-DD` of a day count.
pub fn iso_date(days: i64) -> String {
    let (y, m, d) = civil_from_days(days);
    format!("{y:04}-{m:02}-{d:02}")
}

fn digits(s: &str) -> Option<u32> {
    (!s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()))
        .then(|| s.parse().ok())
        .flatten()
}

/// (year, month, day) of an ISO date `YYYY-MM-DD` that exists in the calendar.
pub fn parse_date(s: &str) -> Option<(i64, u32, u32)> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let (y, m, d) = (digits(&s[..4])?, digits(&s[5..7])?, digits(&s[8..])?);
    if !(1..=12).contains(&m) || d == 0 || d > days_in_month(i64::from(y), m) {
        return None;
    }
    Some((i64::from(y), m, d))
}

fn days_in_month(year: i64, month: u32) -> u32 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Fraction of a day of a time `HH:MM[:SS[.fff]]`, and the rest of the text after it.
fn parse_clock(s: &str) -> Option<(f64, &str)> {
    let b = s.as_bytes();
    if b.len() < 5 || b[2] != b':' {
        return None;
    }
    let (h, m) = (digits(s.get(..2)?)?, digits(s.get(3..5)?)?);
    let mut seconds = 0.0;
    let mut rest = &s[5..];
    if let Some(after) = rest.strip_prefix(':') {
        let end = after
            .find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .unwrap_or(after.len());
        seconds = crate::num::parse_decimal(&after[..end])?;
        rest = &after[end..];
    }
    if h > 24 || m > 59 || seconds >= 61.0 {
        return None;
    }
    Some((
        (f64::from(h) * 3600.0 + f64::from(m) * 60.0 + seconds) / 86_400.0,
        rest,
    ))
}

/// A UTC offset `Z`, `+03:00`, `+0300` or nothing, in days.
fn parse_offset(s: &str) -> Option<f64> {
    match s {
        "" | "Z" => Some(0.0),
        _ => {
            let sign = match s.as_bytes()[0] {
                b'+' => 1.0,
                b'-' => -1.0,
                _ => return None,
            };
            let body = s[1..].replace(':', "");
            if body.len() != 4 {
                return None;
            }
            let (h, m) = (digits(body.get(..2)?)?, digits(body.get(2..)?)?);
            Some(sign * f64::from(h * 60 + m) / 1440.0)
        }
    }
}

/// Fraction of a day of a time of day `HH:MM:SS.fff+03:00`, in local time.
pub fn parse_time(s: &str) -> Option<f64> {
    let (fraction, rest) = parse_clock(s)?;
    parse_offset(rest)?;
    Some(fraction)
}

/// Days since the epoch (with a fraction for the time) of an ISO date or date-time, read on
/// the date-time's own wall clock: its offset is checked, not applied. A date and
/// `today()` count from the phone's local midnight, so a date-time must count from that
/// midnight too, as ODK reads both on the phone's clock: else, in Nairobi, a time typed at
/// 01:30 (`…T01:30:00+03:00`, 22:30 the day before in UTC) would fail `. >= today()`, and
/// `int(decimal-date-time(.))` would give the day before. `now()` and a typed time carry
/// the phone's offset, so they compare on the same clock. Exports, which write instants,
/// apply the offset (`server::export::table::utc_millis`).
pub fn to_days(s: &str) -> Option<f64> {
    if s.len() == 10 {
        let (y, m, d) = parse_date(s)?;
        return Some(days_from_civil(y, m, d) as f64);
    }
    let (date, time) = s.split_once('T')?;
    let (y, m, d) = parse_date(date)?;
    let (fraction, rest) = parse_clock(time)?;
    parse_offset(rest)?;
    Some(days_from_civil(y, m, d) as f64 + fraction)
}

/// A wall-clock date-time as a phone's picker gives it (`2026-11-25T14:30`, seconds
/// optional, no offset) with the phone's UTC offset at that moment, `minutes_east`:
/// `2026-11-25T14:30:00+03:00`, the shape `now()` has on the phone. Without its offset a
/// typed time counts as UTC, so in Nairobi the time just typed is three hours in the future
/// to `. <= now()`, and a steward cannot tell when it was. `None` for anything else (a
/// value that already has an offset, a date that does not exist).
pub fn with_offset(local: &str, minutes_east: i32) -> Option<String> {
    let (date, time) = local.split_once('T')?;
    parse_date(date)?;
    let (_, rest) = parse_clock(time)?;
    if !rest.is_empty() || minutes_east.abs() > 18 * 60 {
        return None;
    }
    let seconds = if time.len() == 5 { ":00" } else { "" };
    let sign = if minutes_east < 0 { '-' } else { '+' };
    let m = minutes_east.unsigned_abs();
    Some(format!("{local}{seconds}{sign}{:02}:{:02}", m / 60, m % 60))
}

/// An ISO date-time in UTC (`2026-11-25T07:30:00.000Z`) for a number of days; empty
/// beyond [`MAX_DAYS`].
pub fn iso_date_time(days: f64) -> String {
    if days.is_nan() || days.abs() > MAX_DAYS {
        return String::new();
    }
    let whole = days.floor();
    let ms = ((days - whole) * 86_400_000.0).round() as i64;
    let (whole, ms) = if ms >= 86_400_000 {
        (whole as i64 + 1, ms - 86_400_000)
    } else {
        (whole as i64, ms)
    };
    format!(
        "{}T{:02}:{:02}:{:02}.{:03}Z",
        iso_date(whole),
        ms / 3_600_000,
        ms / 60_000 % 60,
        ms / 1000 % 60,
        ms % 1000
    )
}

/// [`iso_date_time`] on the clock of `now` (`now()` as the phone gives it, with its
/// offset): days count on the wall clock ([`to_days`]), so the time they give is the
/// phone's own and carries the phone's offset, as ODK's `date-time()` writes it
/// (`2026-11-25T01:30:00.000+03:00`). Written with `Z`, a calculation such as
/// `date-time(decimal-date-time(${start}) + 1)` would have been read three hours off in
/// Nairobi by anything that applies the zone (an export). A `now` without an offset (a
/// date alone) keeps `Z`.
pub fn iso_date_time_on(days: f64, now: &str) -> String {
    let text = iso_date_time(days);
    let zone = now
        .split_once('T')
        .and_then(|(_, time)| parse_clock(time))
        .map(|(_, zone)| zone)
        .filter(|zone| !zone.is_empty() && parse_offset(zone).is_some());
    match (text.strip_suffix('Z'), zone) {
        (Some(local), Some(zone)) => format!("{local}{zone}"),
        _ => text,
    }
}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
const WEEKDAYS: [&str; 7] = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"];

/// ODK's `format-date` / `format-date-time`: `%Y %y %m %n %b %d %e %a %H %h %M %S %3`.
/// The wall-clock time is the one written in the value (its offset is not applied), so a
/// time entered at 09:00 in Nairobi formats as 09:00.
pub fn format(value: &str, pattern: &str) -> Option<String> {
    let (days, fraction) = match value.split_once('T') {
        Some((date, time)) => {
            let (y, m, d) = parse_date(date)?;
            (days_from_civil(y, m, d), parse_clock(time)?.0)
        }
        None => {
            let (y, m, d) = parse_date(value)?;
            (days_from_civil(y, m, d), 0.0)
        }
    };
    let (y, m, d) = civil_from_days(days);
    let ms = (fraction * 86_400_000.0).round() as i64;
    let mut out = String::new();
    let mut chars = pattern.chars();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('Y') => out.push_str(&format!("{y:04}")),
            Some('y') => out.push_str(&format!("{:02}", y.rem_euclid(100))),
            Some('m') => out.push_str(&format!("{m:02}")),
            Some('n') => out.push_str(&m.to_string()),
            Some('b') => out.push_str(MONTHS[m as usize - 1]),
            Some('d') => out.push_str(&format!("{d:02}")),
            Some('e') => out.push_str(&d.to_string()),
            Some('a') => out.push_str(WEEKDAYS[days.rem_euclid(7) as usize]),
            Some('H') => out.push_str(&format!("{:02}", ms / 3_600_000)),
            Some('h') => out.push_str(&(ms / 3_600_000).to_string()),
            Some('M') => out.push_str(&format!("{:02}", ms / 60_000 % 60)),
            Some('S') => out.push_str(&format!("{:02}", ms / 1000 % 60)),
            Some('3') => out.push_str(&format!("{:03}", ms % 1000)),
            Some(other) => {
                out.push('%');
                out.push(other);
            }
            None => out.push('%'),
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_counts_round_trip_across_leap_years_and_eras() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
        assert_eq!(iso_date(-1), "1969-12-31");
        for days in (-800_000..800_000).step_by(997) {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
        }
    }

    #[test]
    fn dates_that_do_not_exist_are_refused() {
        assert!(parse_date("2024-02-29").is_some());
        assert!(parse_date("2026-02-29").is_none());
        assert!(parse_date("1900-02-29").is_none());
        assert!(parse_date("2026-04-31").is_none());
        assert!(parse_date("2026-4-3").is_none());
        assert!(parse_date("26-04-03xx").is_none());
    }

    #[test]
    fn date_times_count_on_their_own_clock() {
        let d = days_from_civil(2026, 11, 25) as f64;
        assert_eq!(to_days("2026-11-25"), Some(d));
        assert_eq!(to_days("2026-11-25T12:00:00Z"), Some(d + 0.5));
        // Three in the morning in Nairobi is three in the morning of the 25th, whatever
        // the hour in UTC: the same day as `today()` there.
        assert_eq!(to_days("2026-11-25T03:00:00.000+03:00"), Some(d + 0.125));
        assert_eq!(to_days("2026-11-25T03:00+0300"), Some(d + 0.125));
        assert_eq!(to_days("2026-11-25T01:30:00-05:00"), Some(d + 0.0625));
        assert_eq!(to_days("2026-11-25T03:00+3"), None);
        assert_eq!(to_days("2026-11-25T25:00"), None);
        assert_eq!(iso_date_time(d + 0.25), "2026-11-25T06:00:00.000Z");
        assert_eq!(parse_time("18:00:00.000+03:00"), Some(0.75));
    }

    #[test]
    fn a_typed_date_time_gets_the_phones_offset() {
        assert_eq!(
            with_offset("2026-11-25T14:30", 180).as_deref(),
            Some("2026-11-25T14:30:00+03:00")
        );
        assert_eq!(
            with_offset("2026-11-25T14:30:15", 270).as_deref(),
            Some("2026-11-25T14:30:15+04:30")
        );
        assert_eq!(
            with_offset("2026-11-25T14:30:15.250", -90).as_deref(),
            Some("2026-11-25T14:30:15.250-01:30")
        );
        assert_eq!(
            with_offset("2026-11-25T00:00", 0).as_deref(),
            Some("2026-11-25T00:00:00+00:00")
        );
        // Read back on its own clock: 03:00 of the 25th.
        let typed = with_offset("2026-11-25T03:00", 180).unwrap();
        assert_eq!(
            to_days(&typed),
            Some(days_from_civil(2026, 11, 25) as f64 + 0.125)
        );
        assert_eq!(with_offset("2026-11-25T14:30+03:00", 180), None);
        assert_eq!(with_offset("2026-02-30T14:30", 180), None);
        assert_eq!(with_offset("2026-11-25", 180), None);
        assert_eq!(with_offset("2026-11-25T14:30", 24 * 60), None);
    }

    #[test]
    fn formats_like_odk() {
        assert_eq!(
            format("2026-03-05", "%e/%n/%y %b %a").as_deref(),
            Some("5/3/26 Mar Thu")
        );
        assert_eq!(
            format("2026-11-25T09:05:07.250+03:00", "%Y-%m-%d %H:%M:%S.%3 %h").as_deref(),
            Some("2026-11-25 09:05:07.250 9")
        );
        assert_eq!(format("2026-11-25", "100%").as_deref(), Some("100%"));
        assert_eq!(format("not a date", "%Y"), None);
    }

    #[test]
    fn odd_text_and_huge_numbers_never_panic() {
        assert_eq!(to_days("2026-11-25T12:3é"), None);
        assert_eq!(to_days("2026-11-25T12:30+0é:00"), None);
        assert_eq!(parse_time("1é:30"), None);
        assert_eq!(iso_date_time(1e300), "");
        assert_eq!(iso_date_time(f64::NAN), "");
    }
}
