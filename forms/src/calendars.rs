//! Local calendars a date question can be shown and entered in, named as ODK names them
//! in the `appearance` column (`ethiopian`, `coptic`, `islamic`, `persian`). A date is
//! always stored as its ISO (Gregorian) date; these only convert for the screen.
//!
//! Every conversion goes through a day count (days since 1970-01-01, as [`crate::dates`]
//! counts them):
//! - Ethiopian and Coptic: twelve months of 30 days and a 13th of 5 (6 in the year before
//!   a Julian leap year); the Coptic year is the Ethiopian year minus 276.
//! - Islamic: the tabular (civil) calendar, with 11 leap years in 30, as ODK uses; the
//!   calendar observed by sighting the moon can differ by a day.
//! - Persian (Solar Hijri): Borkowski's arithmetic, which follows the astronomical calendar
//!   of Iran and Afghanistan for the years people are alive in.
//! - Bikram Sambat (Nepal): its months' lengths follow the sun through the zodiac and are
//!   published year by year, so they come from a table: BS 1970 to 2090 (April 1913 to
//!   April 2034). Up to 2082 it is the published calendar (checked against new years and
//!   month starts in the tests); later years are the projection calendar makers use and
//!   may move by a day when Nepal publishes them. A date outside the table cannot be
//!   entered in this calendar.
//! - Myanmar: lunar months named by the sun's year, with watat years of an extra month;
//!   see [`myanmar`]. Years ME 1217 to 1462 (1855 to 2101).

use crate::dates::days_from_civil;

pub mod myanmar;

/// A calendar ODK forms ask for by appearance.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Calendar {
    Ethiopian,
    Coptic,
    Islamic,
    Persian,
    BikramSambat,
    Myanmar,
}

/// A date in a local calendar (months and days from 1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LocalDate {
    pub year: i64,
    pub month: u32,
    pub day: u32,
}

/// Day count of 1 Meskerem 1 (Ethiopian, Amete Mihret era).
const ETHIOPIAN_EPOCH: i64 = 1_724_221 - 2_440_588;
/// Day count of 1 Muharram 1 AH (civil epoch, 16 July 622 Julian).
const ISLAMIC_EPOCH: i64 = 1_948_440 - 2_440_588;
/// Years between the Ethiopian and the Coptic eras.
const COPTIC_OFFSET: i64 = 276;

impl Calendar {
    /// The calendar a question's appearance asks for, if any.
    pub fn from_appearance(appearance: &str) -> Option<Calendar> {
        appearance.split_whitespace().find_map(|a| match a {
            "ethiopian" => Some(Calendar::Ethiopian),
            "coptic" => Some(Calendar::Coptic),
            "islamic" => Some(Calendar::Islamic),
            "persian" => Some(Calendar::Persian),
            "bikram-sambat" => Some(Calendar::BikramSambat),
            "myanmar" => Some(Calendar::Myanmar),
            _ => None,
        })
    }

    /// The months' names, transliterated.
    pub fn months(self) -> &'static [&'static str] {
        match self {
            Calendar::Myanmar => &myanmar::MONTHS,
            Calendar::Ethiopian => &[
                "Meskerem", "Tikimt", "Hidar", "Tahsas", "Tir", "Yekatit", "Megabit", "Miazia",
                "Genbot", "Sene", "Hamle", "Nehase", "Pagume",
            ],
            Calendar::Coptic => &[
                "Thout", "Paopi", "Hathor", "Koiak", "Tobi", "Meshir", "Paremhat", "Parmouti",
                "Pashons", "Paoni", "Epip", "Mesori", "Nasie",
            ],
            Calendar::Islamic => &[
                "Muharram",
                "Safar",
                "Rabi al-Awwal",
                "Rabi al-Thani",
                "Jumada al-Ula",
                "Jumada al-Akhirah",
                "Rajab",
                "Shaban",
                "Ramadan",
                "Shawwal",
                "Dhu al-Qadah",
                "Dhu al-Hijjah",
            ],
            Calendar::BikramSambat => &[
                "Baishakh", "Jestha", "Asar", "Shrawan", "Bhadra", "Asoj", "Kartik", "Mangsir",
                "Poush", "Magh", "Falgun", "Chaitra",
            ],
            Calendar::Persian => &[
                "Farvardin",
                "Ordibehesht",
                "Khordad",
                "Tir",
                "Mordad",
                "Shahrivar",
                "Mehr",
                "Aban",
                "Azar",
                "Dey",
                "Bahman",
                "Esfand",
            ],
        }
    }

    /// How many days a month of a year has.
    pub fn month_length(self, year: i64, month: u32) -> u32 {
        if self == Calendar::Myanmar {
            return myanmar::month_length(year, month);
        }
        let next = if month as usize == self.months().len() {
            self.first_day(year + 1, 1)
        } else {
            self.first_day(year, month + 1)
        };
        (next - self.first_day(year, month)) as u32
    }

    /// The day count of a local date; `None` when that day does not exist.
    pub fn to_days(self, date: LocalDate) -> Option<i64> {
        if self == Calendar::Myanmar {
            return myanmar::to_days(date.year, date.month, date.day);
        }
        let months = self.months().len() as u32;
        let known = self != Calendar::BikramSambat || bs_year(date.year).is_some();
        let valid = known
            && (1..=months).contains(&date.month)
            && date.day >= 1
            && date.day <= self.month_length(date.year, date.month);
        valid.then(|| self.first_day(date.year, date.month) + i64::from(date.day) - 1)
    }

    /// The local date of a day count.
    pub fn from_days(self, days: i64) -> LocalDate {
        if self == Calendar::Myanmar {
            let (year, month, day) = myanmar::from_days(days);
            return LocalDate { year, month, day };
        }
        // The year: the estimate from the mean year length (days per 30 years, in whole
        // days) is off by one at most, then corrected.
        let thirty_years = match self {
            Calendar::Islamic => 10_631,
            _ => 10_957,
        };
        let origin = self.first_day(1, 1);
        let mut year = ((days - origin) * 30).div_euclid(thirty_years) + 1;
        while self.first_day(year + 1, 1) <= days {
            year += 1;
        }
        while self.first_day(year, 1) > days {
            year -= 1;
        }
        let mut month = self.months().len() as u32;
        while self.first_day(year, month) > days {
            month -= 1;
        }
        LocalDate {
            year,
            month,
            day: (days - self.first_day(year, month)) as u32 + 1,
        }
    }

    /// The day count of the first day of a month.
    fn first_day(self, year: i64, month: u32) -> i64 {
        let m = i64::from(month) - 1;
        match self {
            Calendar::Ethiopian => ETHIOPIAN_EPOCH + 365 * (year - 1) + year.div_euclid(4) + 30 * m,
            Calendar::Coptic => Calendar::Ethiopian.first_day(year + COPTIC_OFFSET, month),
            Calendar::Islamic => {
                ISLAMIC_EPOCH
                    + (year - 1) * 354
                    + (3 + 11 * year).div_euclid(30)
                    + 29 * m
                    + (6 * (m + 1) - 1).div_euclid(11)
            }
            Calendar::Persian => {
                let nowruz = persian_new_year(year);
                // Six months of 31 days, five of 30, then Esfand.
                nowruz + if m < 6 { 31 * m } else { 186 + 30 * (m - 6) }
            }
            Calendar::BikramSambat => bs_first_day(year, month),
            Calendar::Myanmar => myanmar::first_day(year, month),
        }
    }
}

/// Bikram Sambat month lengths, BS 1970 onwards: one digit per month (its length minus
/// 29), twelve per year, five years per line.
const BS_MONTHS: [&str; 25] = [
    "223222101011223231101011232321110012132321110102223222101011", // 1970
    "223312101011232321110012132321110102223222101011223321101011", // 1975
    "232321110012222322011011223222101011223321101011232321110012", // 1980
    "222322011011223222101011232321101011232321110012222322101011", // 1985
    "223222101011232321101011232321110102222322101011223222101011", // 1990
    "232321110011232321110102223222101011223222101011232321110012", // 1995
    "132321110102223222101011223321101011232321110012132321110102", // 2000
    "223222101011223321101011232321110012222322011002223222101011", // 2005
    "223321101011232321110012222322011011223222101011223321101011", // 2010
    "232321110012222322011011223222101011232321101011232321110102", // 2015
    "222322101011223222101011232321110011232321110102222322101011", // 2020
    "223222101011232321110012132321110102223222101011223231101011", // 2025
    "232321110012132321110102223222101011223321101011232321110012", // 2030
    "132322011002223222101011223321101011232321110012222322011011", // 2035
    "223222101011223321101011232321110012222322011011223222101011", // 2040
    "232321101011232321110012222322101011223222101011232321110011", // 2045
    "232321110102222322101011223222101011232321110011232321110102", // 2050
    "223222101011223231101011232321110012132321110102223222101011", // 2055
    "223321101011232321110012132322010102223222101011223321101011", // 2060
    "232321110012222322011002223222101011223321101011232321110012", // 2065
    "222322011011223222101011232321101011232321110012222322101011", // 2070
    "223222101011232321110011232321110102222322101011223222101011", // 2075
    "232321110011232321110102223222101011223221110111223221110111", // 2080
    "232312110111132321110111223222110111123312110111132321110111", // 2085
    "132321110111",                                                 // 2090
];
/// The first BS year of [`BS_MONTHS`].
const BS_FIRST_YEAR: i64 = 1970;
/// Day count of 1 Baishakh 1970 BS (13 April 1913).
const BS_EPOCH: i64 = -20_717;

/// The twelve month lengths of a year of the table.
fn bs_year(year: i64) -> Option<[u32; 12]> {
    let index = usize::try_from(year - BS_FIRST_YEAR).ok()?;
    let line = BS_MONTHS.get(index / 5)?.as_bytes();
    let digits = line.get(index % 5 * 12..index % 5 * 12 + 12)?;
    let mut out = [0; 12];
    for (length, digit) in out.iter_mut().zip(digits) {
        *length = 29 + u32::from(digit - b'0');
    }
    Some(out)
}

/// The day count of the first day of a BS month. Outside the table, years of 365.25
/// days in the table's usual pattern: only for finding the year of a day, never a date
/// anyone can enter.
fn bs_first_day(year: i64, month: u32) -> i64 {
    const USUAL: [u32; 12] = [31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30];
    let in_year = |lengths: &[u32; 12]| -> i64 {
        lengths[..month as usize - 1]
            .iter()
            .map(|&d| i64::from(d))
            .sum()
    };
    let year_length =
        |y: i64| -> i64 { bs_year(y).map_or(0, |l| l.iter().map(|&d| i64::from(d)).sum()) };
    let years: usize = BS_MONTHS.iter().map(|line| line.len() / 12).sum();
    let last = BS_FIRST_YEAR + years as i64;
    if year < BS_FIRST_YEAR {
        let before = ((BS_FIRST_YEAR - year) * 1461 + 3) / 4;
        return BS_EPOCH - before + in_year(&USUAL);
    }
    let start = (BS_FIRST_YEAR..year.min(last))
        .map(year_length)
        .sum::<i64>()
        + BS_EPOCH;
    match bs_year(year) {
        Some(lengths) => start + in_year(&lengths),
        None => start + (year - last) * 1461 / 4 + in_year(&USUAL),
    }
}

/// The day count of 1 Farvardin of a Solar Hijri year (Borkowski, 1996: the years in
/// which the 33-year cycle of leap years shifts, and the day of March Nowruz falls on).
fn persian_new_year(year: i64) -> i64 {
    const BREAKS: [i64; 20] = [
        -61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262, 2324,
        2394, 2456, 3178,
    ];
    let gregorian = year + 621;
    let mut leaps = -14;
    let mut previous = BREAKS[0];
    let mut jump = 0;
    for &next in &BREAKS[1..] {
        jump = next - previous;
        if year < next {
            break;
        }
        leaps += jump.div_euclid(33) * 8 + jump.rem_euclid(33).div_euclid(4);
        previous = next;
    }
    let n = year - previous;
    leaps += n.div_euclid(33) * 8 + (n.rem_euclid(33) + 3).div_euclid(4);
    if jump.rem_euclid(33) == 4 && jump - n == 4 {
        leaps += 1;
    }
    let gregorian_leaps =
        gregorian.div_euclid(4) - ((gregorian.div_euclid(100) + 1) * 3).div_euclid(4) - 150;
    let march = 20 + leaps - gregorian_leaps;
    days_from_civil(gregorian, 3, march as u32)
}

/// An ISO date shown in a local calendar: `17 Hidar 2019`.
pub fn show(calendar: Calendar, iso: &str) -> Option<String> {
    local_of(calendar, iso).map(|local| written(calendar, local))
}

/// How a local date is written: `17 Hidar 2019`; in the Myanmar calendar with the moon's
/// phase, `17 Tazaungmon 1388 (waning 2)`.
pub fn written(calendar: Calendar, local: LocalDate) -> String {
    written_with(calendar, local, myanmar::Phase::english)
}

/// [`written`], with the moon's phase in words of the caller's choosing (the phone's UI
/// language).
pub fn written_with(
    calendar: Calendar,
    local: LocalDate,
    phase: impl Fn(myanmar::Phase) -> String,
) -> String {
    let LocalDate { year, month, day } = local;
    if calendar == Calendar::Myanmar {
        return format!(
            "{day} {} {year} ({})",
            myanmar::month_name(year, month),
            phase(myanmar::Phase::of(year, month, day))
        );
    }
    let months = calendar.months();
    let name = month
        .checked_sub(1)
        .and_then(|m| months.get(m as usize))
        .unwrap_or(&"?");
    format!("{day} {name} {year}")
}

/// The date shown for a stored ISO date: the local date and how it is written, or `None`
/// when the calendar cannot show that day (outside its table).
pub fn local_of(calendar: Calendar, iso: &str) -> Option<LocalDate> {
    let (y, m, d) = crate::dates::parse_date(iso)?;
    let local = calendar.from_days(days_from_civil(y, m, d));
    calendar.to_days(local).map(|_| local)
}

/// The date a local date that does not exist is called instead, when it is a matter of
/// naming (a Myanmar day of Tagu before the new year is the old year's Late Tagu).
pub fn named_otherwise(calendar: Calendar, local: LocalDate) -> Option<LocalDate> {
    if calendar != Calendar::Myanmar {
        return None;
    }
    let (year, month, day) = myanmar::named_otherwise(local.year, local.month, local.day)?;
    Some(LocalDate { year, month, day })
}

/// The ISO date of a local date, `None` when that day does not exist.
pub fn to_iso(calendar: Calendar, date: LocalDate) -> Option<String> {
    calendar.to_days(date).map(crate::dates::iso_date)
}

#[cfg(test)]
mod tests {
    use super::*;

    const ALL: [Calendar; 4] = [
        Calendar::Ethiopian,
        Calendar::Coptic,
        Calendar::Islamic,
        Calendar::Persian,
    ];

    fn on(calendar: Calendar, iso: &str) -> LocalDate {
        let (y, m, d) = crate::dates::parse_date(iso).unwrap();
        calendar.from_days(days_from_civil(y, m, d))
    }

    fn date(year: i64, month: u32, day: u32) -> LocalDate {
        LocalDate { year, month, day }
    }

    #[test]
    fn known_new_years_fall_where_the_calendars_say() {
        // Ethiopian new year: 11 September, 12 September before a Gregorian leap year.
        assert_eq!(on(Calendar::Ethiopian, "2024-09-11"), date(2017, 1, 1));
        assert_eq!(on(Calendar::Ethiopian, "2023-09-12"), date(2016, 1, 1));
        assert_eq!(on(Calendar::Ethiopian, "2023-09-11"), date(2015, 13, 6));
        assert_eq!(on(Calendar::Coptic, "2024-09-11"), date(1741, 1, 1));
        // Nowruz.
        for (iso, year) in [
            ("2016-03-20", 1395),
            ("2017-03-21", 1396),
            ("2020-03-20", 1399),
            ("2021-03-21", 1400),
            ("2023-03-21", 1402),
            ("2024-03-20", 1403),
            ("2025-03-21", 1404),
        ] {
            assert_eq!(on(Calendar::Persian, iso), date(year, 1, 1), "{iso}");
        }
        // The Islamic civil epoch: 16 July 622 Julian, 19 July 622 proleptic Gregorian.
        assert_eq!(on(Calendar::Islamic, "0622-07-19"), date(1, 1, 1));
        // Tabular: a day after the 7 July 2024 that moon sighting gave in several countries.
        assert_eq!(on(Calendar::Islamic, "2024-07-08"), date(1446, 1, 1));
    }

    #[test]
    fn every_day_from_1900_to_2100_converts_there_and_back() {
        let (start, end) = (days_from_civil(1900, 1, 1), days_from_civil(2100, 12, 31));
        for calendar in ALL {
            let mut previous = calendar.from_days(start - 1);
            for days in start..=end {
                let local = calendar.from_days(days);
                assert_eq!(
                    calendar.to_days(local),
                    Some(days),
                    "{calendar:?} {local:?}"
                );
                // Days follow one another: the next day, or the first of the next month.
                let next_day = local.day == previous.day + 1 && local.month == previous.month;
                let next_month = local.day == 1
                    && (local.month == previous.month + 1 && local.year == previous.year
                        || local.month == 1 && local.year == previous.year + 1);
                assert!(
                    next_day || next_month,
                    "{calendar:?}: {previous:?} then {local:?}"
                );
                previous = local;
            }
        }
    }

    #[test]
    fn bikram_sambat_follows_the_published_calendar() {
        let bs = Calendar::BikramSambat;
        // New years (1 Baishakh) and month starts as Nepal's calendar gives them.
        for (iso, local) in [
            ("1943-04-14", date(2000, 1, 1)),
            ("2024-04-13", date(2081, 1, 1)),
            ("2024-10-17", date(2081, 7, 1)),
            ("2025-04-14", date(2082, 1, 1)),
            ("2025-05-15", date(2082, 2, 1)),
            ("2025-09-17", date(2082, 6, 1)),
            ("2026-04-14", date(2083, 1, 1)),
        ] {
            assert_eq!(on(bs, iso), local, "{iso}");
            assert_eq!(to_iso(bs, local).as_deref(), Some(iso));
        }
        assert_eq!(bs.month_length(2081, 12), 31);
        assert_eq!(bs.month_length(2082, 3), 32);
        // Every month of the table starts the day after the last one ends.
        for year in 1970..2091 {
            for month in 1..=12 {
                let first = bs.first_day(year, month);
                assert_eq!(bs.from_days(first), date(year, month, 1));
                assert_eq!(bs.from_days(first - 1).day, {
                    let (y, m) = if month == 1 {
                        (year - 1, 12)
                    } else {
                        (year, month - 1)
                    };
                    if y < 1970 {
                        bs.from_days(first - 1).day
                    } else {
                        bs.month_length(y, m)
                    }
                });
            }
        }
        // Every day of the years in use, there and back, one after the other.
        let (start, end) = (bs.first_day(2070, 1), bs.first_day(2091, 1));
        let mut previous = bs.from_days(start - 1);
        for days in start..end {
            let local = bs.from_days(days);
            assert_eq!(bs.to_days(local), Some(days), "{local:?}");
            assert!(
                local.day == previous.day + 1
                    || local.day == 1 && (local.month == previous.month % 12 + 1),
                "{previous:?} then {local:?}"
            );
            previous = local;
        }
        // Outside the table: no date to enter, nothing shown.
        assert_eq!(bs.to_days(date(2091, 1, 1)), None);
        assert_eq!(bs.to_days(date(1969, 12, 1)), None);
        assert_eq!(show(bs, "1900-01-01"), None);
        assert_eq!(show(bs, "2026-11-26").as_deref(), Some("11 Mangsir 2083"));
        assert_eq!(Calendar::from_appearance("bikram-sambat"), Some(bs));
    }

    #[test]
    fn years_have_their_lengths_and_bad_days_do_not_exist() {
        assert_eq!(Calendar::Ethiopian.month_length(2015, 13), 6);
        assert_eq!(Calendar::Ethiopian.month_length(2016, 13), 5);
        assert_eq!(
            Calendar::Persian.month_length(1403, 12),
            30,
            "1403 is a leap year"
        );
        assert_eq!(Calendar::Persian.month_length(1404, 12), 29);
        assert_eq!(Calendar::Persian.month_length(1404, 1), 31);
        assert_eq!(Calendar::Islamic.month_length(1446, 9), 30);
        assert_eq!(Calendar::Islamic.month_length(1446, 2), 29);
        assert_eq!(Calendar::Ethiopian.to_days(date(2016, 13, 6)), None);
        assert_eq!(Calendar::Persian.to_days(date(1404, 13, 1)), None);
        assert_eq!(Calendar::Islamic.to_days(date(1446, 2, 30)), None);
        assert_eq!(Calendar::Islamic.to_days(date(1446, 1, 0)), None);
    }

    #[test]
    fn dates_show_and_read_in_the_local_calendar() {
        assert_eq!(
            show(Calendar::Ethiopian, "2026-11-26").as_deref(),
            Some("17 Hidar 2019")
        );
        assert_eq!(
            to_iso(Calendar::Ethiopian, date(2019, 3, 17)).as_deref(),
            Some("2026-11-26")
        );
        assert_eq!(
            show(Calendar::Persian, "2026-11-26").as_deref(),
            Some("5 Azar 1405")
        );
        // Myanmar: the day of the month, and the moon's phase as it is said.
        let myanmar = Calendar::Myanmar;
        assert_eq!(
            show(myanmar, "2026-11-26").as_deref(),
            Some("17 Tazaungmon 1388 (waning 2)")
        );
        assert_eq!(
            show(myanmar, "2023-08-01").as_deref(),
            Some("15 Second Waso 1385 (full moon)")
        );
        assert_eq!(
            to_iso(myanmar, date(1386, 2, 15)).as_deref(),
            Some("2024-05-22")
        );
        assert_eq!(show(myanmar, "1850-01-01"), None);
        assert_eq!(Calendar::from_appearance("myanmar"), Some(myanmar));
        assert_eq!(
            Calendar::from_appearance("no-calendar persian"),
            Some(Calendar::Persian)
        );
        assert_eq!(Calendar::from_appearance("minimal"), None);
    }
}
