//! The Myanmar (Burmese) lunisolar calendar, as Myanmar's calendar advisory board publishes
//! it, worked out by Yan Naing Aye's arithmetic ("Algorithm, Program and Calculation of
//! Myanmar Calendar", 2013; MIT-licensed reference at github.com/yan9a/mmcal), written
//! here on its own terms.
//!
//! How the calendar works:
//! - Months follow the moon: 29 and 30 days in turn from Tagu (29), so a common year has
//!   354 days. Day 15 is the full moon; the last day is the new moon.
//! - The year number follows the sun: a Myanmar Era (ME) year starts on the day after the
//!   moment the sun's year turns (the Thingyan "atat" time), a day in Tagu or Kason.
//!   The part of Tagu and Kason before that day belongs to the old year, as its
//!   *Late Tagu* and *Late Kason*.
//! - To keep the months with the seasons, some years are *watat*: a First Waso of 30 days
//!   comes before Waso (384 days). Some watat years also give Nayon a 30th day (385).
//! - Whether a year is watat, and its Waso full moon, come from the mean solar year and
//!   lunar month of the Surya Siddhanta, with offsets that changed with each era (kings,
//!   colony, independence) and the few years the board decided otherwise (tables below).
//!
//! Sauti uses the calendar from ME 1217 (1855) to ME 1462 (2101): the years people alive
//! today were born in, and the next decades. Years after the last published one are the
//! arithmetic's projection; the board can still declare an exception for them.

/// The mean solar year, in days (Surya Siddhanta: days in a mahayuga over its years).
const SOLAR_YEAR: f64 = 1_577_917_828.0 / 4_320_000.0;
/// The mean lunar month, in days.
const LUNAR_MONTH: f64 = 1_577_917_828.0 / 53_433_336.0;
/// The Julian date (Myanmar time) at which year 0 of the Myanmar Era began.
const ERA_ZERO: f64 = 1_954_168.050_623;
/// The Julian day number of 1970-01-01, the day count's origin.
const JDN_1970: i64 = 2_440_588;

/// The first and last years Sauti converts.
pub const FIRST_YEAR: i64 = 1217;
pub const LAST_YEAR: i64 = 1462;

/// The months in the order they come in a year; numbers from 1. First Waso exists in watat
/// years only; Late Tagu and Late Kason are the part of the next lunar year's Tagu and Kason
/// that comes before the next solar new year.
pub const MONTHS: [&str; 15] = [
    "Tagu",
    "Kason",
    "Nayon",
    "First Waso",
    "Waso",
    "Wagaung",
    "Tawthalin",
    "Thadingyut",
    "Tazaungmon",
    "Nadaw",
    "Pyatho",
    "Tabodwe",
    "Tabaung",
    "Late Tagu",
    "Late Kason",
];

/// Month numbers the code refers to.
const NAYON: u32 = 3;
const FIRST_WASO: u32 = 4;
const WASO: u32 = 5;
const TABAUNG: u32 = 13;

/// How a calendar era computes its years: the offset (days) of the Waso full moon, the
/// number of months over which excess days are counted, whether watat years follow the
/// excess days (from 1217) or the 19-year cycle, and the board's exceptions: years whose
/// full moon moved by whole days, and years whose watat status was swapped.
struct Era {
    offset: f64,
    months: f64,
    by_excess_days: bool,
    moved_full_moons: &'static [(i64, f64)],
    swapped_watat: &'static [i64],
}

/// The era a year belongs to. Years from 1100 are known; earlier ones are only reached by
/// the lookback of the first supported years and are outside [`FIRST_YEAR`].
fn era(year: i64) -> Era {
    if year >= 1312 {
        // Since independence.
        Era {
            offset: -0.5,
            months: 8.0,
            by_excess_days: true,
            moved_full_moons: &[(1377, 1.0)],
            swapped_watat: &[1344, 1345],
        }
    } else if year >= 1217 {
        // Under the British.
        Era {
            offset: -1.0,
            months: 4.0,
            by_excess_days: true,
            moved_full_moons: &[(1234, 1.0), (1261, -1.0)],
            swapped_watat: &[1263, 1264],
        }
    } else {
        // The last kings (Thandeikta, from 1100).
        Era {
            offset: -0.85,
            months: -1.0,
            by_excess_days: false,
            moved_full_moons: &[
                (1120, 1.0),
                (1126, -1.0),
                (1150, 1.0),
                (1172, -1.0),
                (1207, 1.0),
            ],
            swapped_watat: &[1201, 1202],
        }
    }
}

/// Whether a year is watat, and the Julian day number of its (second) Waso full moon.
fn watat(year: i64) -> (bool, i64) {
    let era = era(year);
    let offset = era.offset
        + era
            .moved_full_moons
            .iter()
            .find(|(y, _)| *y == year)
            .map_or(0.0, |(_, days)| *days);
    // Days the solar year has run past the last whole lunar month, kept above the era's
    // threshold.
    let threshold = (SOLAR_YEAR / 12.0 - LUNAR_MONTH) * (12.0 - era.months);
    let mut excess = (SOLAR_YEAR * (year + 3739) as f64) % LUNAR_MONTH;
    if excess < threshold {
        excess += LUNAR_MONTH;
    }
    let full_moon =
        (SOLAR_YEAR * year as f64 + ERA_ZERO - excess + 4.5 * LUNAR_MONTH + offset + 0.5).floor();
    let watat = if era.by_excess_days {
        excess >= LUNAR_MONTH - (SOLAR_YEAR / 12.0 - LUNAR_MONTH) * era.months
    } else {
        // Seven watat years in every 19.
        (year * 7 + 2).rem_euclid(19) >= 12
    };
    (watat != era.swapped_watat.contains(&year), full_moon as i64)
}

/// What the months of a year are made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Year {
    /// Whether the year has a First Waso.
    watat: bool,
    /// Whether Nayon has 30 days (a "big watat" year).
    long_nayon: bool,
    /// The Julian day number of 1 Tagu of the year.
    tagu: i64,
}

impl Year {
    fn of(year: i64) -> Year {
        let (watat, full_moon) = watat(year);
        // The last watat year before this one (one is never more than three years back).
        let mut back = 1;
        let mut last = self::watat(year - 1);
        while !last.0 && back < 3 {
            back += 1;
            last = self::watat(year - back);
        }
        // From one Waso full moon to the next: 354 days a year, plus 30 for the First Waso,
        // plus 1 when Nayon is long.
        let long_nayon = watat && (full_moon - last.1).rem_euclid(354) == 31;
        Year {
            watat,
            long_nayon,
            tagu: last.1 + 354 * back - 102,
        }
    }

    /// The days of each month of the year, in [`MONTHS`] order (0 when it has none).
    fn lengths(self) -> [u32; 15] {
        let mut lengths = [
            29, 30, 29, 30, 30, 29, 30, 29, 30, 29, 30, 29, 30, // Tagu to Tabaung
            29, 30, // the next Tagu and Kason
        ];
        if !self.watat {
            lengths[FIRST_WASO as usize - 1] = 0;
        }
        if self.long_nayon {
            lengths[NAYON as usize - 1] = 30;
        }
        lengths
    }

    /// The days from 1 Tagu to the first day of a month.
    fn before(self, month: u32) -> i64 {
        self.lengths()[..month as usize - 1]
            .iter()
            .map(|&l| i64::from(l))
            .sum()
    }
}

/// The Myanmar year a Julian day number falls in: the solar year, from new year's day.
fn year_of(jdn: i64) -> i64 {
    ((jdn as f64 - 0.5 - ERA_ZERO) / SOLAR_YEAR).floor() as i64
}

/// Whether Sauti converts dates of this year.
pub fn known(year: i64) -> bool {
    (FIRST_YEAR..=LAST_YEAR).contains(&year)
}

/// The days of a month in a year (0 for First Waso in a common year).
pub fn month_length(year: i64, month: u32) -> u32 {
    match month {
        1..=15 => Year::of(year).lengths()[month as usize - 1],
        _ => 0,
    }
}

/// The day count of the first day of a month, whether or not the year has all of it.
pub fn first_day(year: i64, month: u32) -> i64 {
    let this = Year::of(year);
    this.tagu + this.before(month.clamp(1, 15)) - JDN_1970
}

/// The day count (days since 1970-01-01) of a date, `None` when the year has no such day:
/// a First Waso in a common year, a 30th of a 29-day month, or a day of Tagu or Kason that
/// falls before the new year (it is the previous year's Late Tagu or Late Kason).
pub fn to_days(year: i64, month: u32, day: u32) -> Option<i64> {
    if !known(year) || day == 0 || day > month_length(year, month) {
        return None;
    }
    let this = Year::of(year);
    let jdn = this.tagu + this.before(month) + i64::from(day) - 1;
    (year_of(jdn) == year).then_some(jdn - JDN_1970)
}

/// The date of a day count: (year, month, day). Outside the known years the result is the
/// arithmetic's, which [`to_days`] will not take back.
pub fn from_days(days: i64) -> (i64, u32, u32) {
    let jdn = days + JDN_1970;
    let year = year_of(jdn);
    let this = Year::of(year);
    let mut left = jdn - this.tagu;
    let lengths = this.lengths();
    let mut month = 1;
    while month < 15 && left >= i64::from(lengths[month as usize - 1]) {
        left -= i64::from(lengths[month as usize - 1]);
        month += 1;
    }
    (year, month, (left + 1).max(1) as u32)
}

/// The month's name in a year: Waso is "Second Waso" in a watat year.
pub fn month_name(year: i64, month: u32) -> &'static str {
    if month == WASO && Year::of(year).watat {
        "Second Waso"
    } else {
        month
            .checked_sub(1)
            .and_then(|m| MONTHS.get(m as usize))
            .unwrap_or(&"?")
    }
}

/// The moon's phase on a day, as Myanmar counts the days: the waxing days 1 to 14, the
/// full moon (day 15), the waning days 1 to 13 or 14, and the new moon (the last day).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    Waxing(u32),
    FullMoon,
    Waning(u32),
    NewMoon,
}

impl Phase {
    /// The phase of a day of a month.
    pub fn of(year: i64, month: u32, day: u32) -> Phase {
        match day {
            15 => Phase::FullMoon,
            d if d == month_length(year, month) => Phase::NewMoon,
            d if d < 15 => Phase::Waxing(d),
            d => Phase::Waning(d - 15),
        }
    }

    /// The phase in English: "waxing 5", "full moon", "waning 3", "new moon".
    pub fn english(self) -> String {
        match self {
            Phase::Waxing(d) => format!("waxing {d}"),
            Phase::FullMoon => "full moon".to_string(),
            Phase::Waning(d) => format!("waning {d}"),
            Phase::NewMoon => "new moon".to_string(),
        }
    }
}

/// The name a day has when the one typed does not exist because of where the new year
/// falls: Tagu 5 before the new year is the previous year's Late Tagu 5, and Late Kason 20
/// after it is the next year's Kason 20.
pub fn named_otherwise(year: i64, month: u32, day: u32) -> Option<(i64, u32, u32)> {
    let other = match month {
        1 | 2 => (year - 1, month + 13, day),
        14 | 15 => (year + 1, month - 13, day),
        _ => return None,
    };
    to_days(other.0, other.1, other.2).map(|_| other)
}

/// Whether a month comes after Tabaung (the next lunar year's, before the solar new year).
pub fn is_late(month: u32) -> bool {
    month > TABAUNG
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dates::{days_from_civil, iso_date, parse_date};

    fn on(iso: &str) -> (i64, u32, u32) {
        let (y, m, d) = parse_date(iso).unwrap();
        from_days(days_from_civil(y, m, d))
    }

    fn month(name: &str) -> u32 {
        MONTHS.iter().position(|m| *m == name).unwrap() as u32 + 1
    }

    /// Myanmar's public holidays as the government announced them (2015, 2020-2025):
    /// the full moons of Tabaung, Kason, Waso (the start of Buddhist Lent), Thadingyut (the
    /// middle one of its days off) and Tazaungmon, and Karen New Year (1 Pyatho). 2015 is
    /// ME 1377, whose full moon the board moved by a day.
    const GAZETTED: &str = "
        Tabaung 15: 2015-03-04 2020-03-08 2021-03-27 2022-03-16 2023-03-05 2024-03-24 2025-03-13
        Kason 15: 2015-05-02 2020-05-06 2021-05-25 2022-05-14 2023-05-03 2024-05-22 2025-05-11
        Waso 15: 2015-07-31 2020-08-03 2021-07-23 2022-07-12 2023-08-01 2024-07-20 2025-07-09
        Thadingyut 15: 2015-10-28 2020-10-31 2021-10-20 2022-10-09 2023-10-29 2024-10-17 2025-10-06
        Tazaungmon 15: 2015-11-26 2020-11-29 2021-11-18 2022-11-07 2023-11-27 2024-11-15 2025-11-04
        Pyatho 1: 2019-12-26 2021-01-13 2022-01-02 2022-12-22 2024-01-11 2024-12-30 2025-12-19";

    #[test]
    fn full_moons_fall_on_the_gazetted_holidays() {
        for line in GAZETTED.lines().filter(|l| !l.trim().is_empty()) {
            let (day, dates) = line.split_once(':').unwrap();
            let (name, day) = day.trim().split_once(' ').unwrap();
            let day: u32 = day.parse().unwrap();
            for iso in dates.split_whitespace() {
                let (year, m, d) = on(iso);
                assert_eq!(
                    (MONTHS[m as usize - 1], d),
                    (name, day),
                    "{iso} is {year} {m} {d}"
                );
                assert_eq!(to_days(year, m, d).map(iso_date).as_deref(), Some(iso));
            }
        }
        // National Day is the 10th waning day of Tazaungmon.
        for (iso, year) in [("2015-12-06", 1377), ("2024-11-25", 1386)] {
            let (y, m, d) = on(iso);
            assert_eq!(
                (y, MONTHS[m as usize - 1], Phase::of(y, m, d)),
                (year, "Tazaungmon", Phase::Waning(10))
            );
        }
    }

    #[test]
    fn years_start_on_new_years_day() {
        // The day after the atat day of Thingyan (the water festival).
        for iso in [
            "1939-04-17",
            "1940-04-16",
            "1946-04-17",
            "1979-04-17",
            "1980-04-16",
            "1981-04-17",
            "2021-04-17",
            "2022-04-17",
            "2023-04-17",
            "2024-04-17",
            "2025-04-17",
            "2034-04-17",
            "2035-04-18",
            "2036-04-17",
            "2050-04-17",
            "2051-04-18",
            "2052-04-17",
        ] {
            let (y, m, d) = parse_date(iso).unwrap();
            let today = from_days(days_from_civil(y, m, d));
            let eve = from_days(days_from_civil(y, m, d) - 1);
            assert_eq!(today.0, y - 638, "{iso}");
            assert_eq!(eve.0, y - 639, "{iso}");
            // The eve is in the old year's Late Tagu or Late Kason; the day is the same
            // month's next day, in the new year.
            assert!(
                is_late(eve.1) && !is_late(today.1),
                "{iso}: {eve:?} then {today:?}"
            );
            assert_eq!((today.1, today.2), (eve.1 - 13, eve.2 + 1), "{iso}");
        }
    }

    #[test]
    fn watat_years_have_a_first_waso() {
        // 2020 and 2023 had a First Waso (Lent began at the start of August); 2021, 2022,
        // 2024 and 2025 did not.
        for (year, watat) in [
            (1382, true),
            (1383, false),
            (1384, false),
            (1385, true),
            (1386, false),
            (1387, false),
        ] {
            assert_eq!(month_length(year, FIRST_WASO) > 0, watat, "{year}");
        }
        assert_eq!(on("2023-07-03"), (1385, month("First Waso"), 16));
        assert_eq!(month_name(1385, WASO), "Second Waso");
        assert_eq!(month_name(1386, WASO), "Waso");
    }

    #[test]
    fn every_year_has_its_length_and_seven_in_nineteen_are_watat() {
        let mut watat_years = 0;
        for year in FIRST_YEAR..=LAST_YEAR {
            let this = Year::of(year);
            let next = Year::of(year + 1);
            let length = next.tagu - this.tagu;
            let expected = 354 + if this.watat { 30 } else { 0 } + i64::from(this.long_nayon);
            assert_eq!(length, expected, "{year}");
            assert!(!this.long_nayon || this.watat, "{year}");
            watat_years += i64::from(this.watat);
        }
        let years = LAST_YEAR - FIRST_YEAR + 1;
        assert!(
            (watat_years * 19 - years * 7).abs() <= 19 * 2,
            "{watat_years} of {years}"
        );
    }

    #[test]
    fn every_day_converts_there_and_back_and_follows_the_last() {
        // From the first known year's Kason (1855) to the last one's Tabaung (2101).
        let start = days_from_civil(1855, 5, 1);
        let end = days_from_civil(2101, 4, 1);
        assert_eq!(
            (from_days(start).0, from_days(end).0),
            (FIRST_YEAR, LAST_YEAR)
        );
        let mut previous = from_days(start);
        for days in start + 1..=end {
            let today = from_days(days);
            assert_eq!(to_days(today.0, today.1, today.2), Some(days), "{today:?}");
            let (year, month, day) = previous;
            let next = if day < month_length(year, month) {
                (year, month, day + 1)
            } else {
                let mut m = month + 1;
                while month_length(year, m) == 0 {
                    m += 1;
                }
                (year, m, 1)
            };
            // The new year relabels the old year's late months as the new year's.
            let relabelled = (next.0 + 1, next.1.saturating_sub(13), next.2);
            assert!(
                today == next || today == relabelled && is_late(next.1),
                "{previous:?} then {today:?}"
            );
            previous = today;
        }
    }

    #[test]
    fn days_that_are_not_there_are_refused() {
        // 1386 is a common year: no First Waso.
        assert_eq!(to_days(1386, FIRST_WASO, 1), None);
        // Tagu has 29 days.
        assert_eq!(to_days(1386, 1, 30), None);
        // 1 Tagu 1386 came before the new year (17 April 2024): it is 1 Late Tagu 1385.
        assert_eq!(to_days(1386, 1, 1), None);
        let late = to_days(1385, month("Late Tagu"), 1).unwrap();
        assert_eq!(from_days(late), (1385, month("Late Tagu"), 1));
        assert_eq!(
            named_otherwise(1386, 1, 1),
            Some((1385, month("Late Tagu"), 1))
        );
        // 1386 began on 9 Tagu: 1385 has no Late Kason.
        assert_eq!(month_length(1385, month("Late Kason")), 30);
        assert_eq!(to_days(1385, month("Late Kason"), 20), None);
        assert_eq!(
            named_otherwise(1385, month("Late Kason"), 20),
            Some((1386, 2, 20))
        );
        assert_eq!(named_otherwise(1386, 1, 30), None);
        assert_eq!(
            named_otherwise(1385, month("Late Tagu"), 28),
            Some((1386, 1, 28))
        );
        assert_eq!(named_otherwise(1386, 5, 1), None);
        assert_eq!(to_days(1386, 16, 1), None);
        assert_eq!(to_days(1386, 0, 1), None);
        assert_eq!(to_days(FIRST_YEAR - 1, 5, 1), None);
        assert_eq!(to_days(LAST_YEAR + 1, 5, 1), None);
    }

    #[test]
    fn phases_are_said_as_in_myanmar() {
        let said = |month, day| Phase::of(1386, month, day).english();
        assert_eq!(said(1, 5), "waxing 5");
        assert_eq!(said(1, 15), "full moon");
        assert_eq!(said(1, 16), "waning 1");
        assert_eq!(said(1, 29), "new moon");
        assert_eq!(said(2, 29), "waning 14");
        assert_eq!(said(2, 30), "new moon");
    }
}
