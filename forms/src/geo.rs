//! Places as ODK stores them: a geopoint `lat lon [alt [acc]]`, and a geotrace (a line) or
//! geoshape (an area) as geopoints joined by `;` (`lat lon alt acc;lat lon alt acc;…`).
//!
//! One reading of these texts for the phone's widget, validation on both sides, the
//! expression functions `distance()` and `area()` and the exports, so a line the phone
//! measured is the line the server checks and the partner receives. A geoshape closes on
//! its first point, as Collect and Enketo write it: the widget closes it, and validation
//! refuses an open one (an export reading it as a polygon must not guess the last side).
//!
//! Distances and areas are ODK's: a sphere of radius 6,378,100 m (JavaRosa's
//! `GeoUtils`), so `area(${plot})` gives the number Collect gives.

use crate::expr::math;

/// ODK's Earth radius in metres.
const RADIUS: f64 = 6_378_100.0;

/// The fewest points of a line.
pub const TRACE_MIN_POINTS: usize = 2;
/// The fewest distinct points of an area (it is written with the first point again at
/// the end, so its text holds one more).
pub const SHAPE_MIN_POINTS: usize = 3;

/// One geopoint: latitude and longitude in degrees, altitude and accuracy in metres when
/// known.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    pub lat: f64,
    pub lon: f64,
    pub alt: Option<f64>,
    pub acc: Option<f64>,
}

impl Point {
    /// Read `lat lon [alt [acc]]`: two to four numbers, the latitude within ±90, the
    /// longitude within ±180, the accuracy not negative.
    pub fn parse(text: &str) -> Option<Point> {
        let words: Vec<&str> = text.split_whitespace().collect();
        if !(2..=4).contains(&words.len()) {
            return None;
        }
        let numbers: Vec<f64> = words
            .iter()
            .map(|w| crate::num::parse_decimal(w).filter(|n| n.is_finite()))
            .collect::<Option<_>>()?;
        let point = Point {
            lat: numbers[0],
            lon: numbers[1],
            alt: numbers.get(2).copied(),
            acc: numbers.get(3).copied(),
        };
        let ok = (-90.0..=90.0).contains(&point.lat)
            && (-180.0..=180.0).contains(&point.lon)
            && point.acc.is_none_or(|a| a >= 0.0);
        ok.then_some(point)
    }

    /// (latitude, longitude), what distances are computed on.
    pub fn at(&self) -> (f64, f64) {
        (self.lat, self.lon)
    }

    /// Whether two points are the same place (a shape's closing point repeats its first,
    /// perhaps with another altitude or accuracy).
    pub fn same_place(&self, other: &Point) -> bool {
        self.lat == other.lat && self.lon == other.lon
    }
}

impl std::fmt::Display for Point {
    /// `lat lon alt acc` as ODK writes it, with `0` for an altitude or accuracy not known
    /// (Collect does the same when the phone gives none).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let n = crate::num::format;
        write!(
            f,
            "{} {} {} {}",
            n(self.lat),
            n(self.lon),
            n(self.alt.unwrap_or(0.0)),
            n(self.acc.unwrap_or(0.0))
        )
    }
}

/// Read a geotrace or geoshape: points separated by `;` (spaces around them and a
/// trailing `;`, which older Collect versions write, are allowed). `None` when any point
/// is not a geopoint.
pub fn parse_path(text: &str) -> Option<Vec<Point>> {
    let text = text.trim().trim_end_matches(';');
    if text.trim().is_empty() {
        return Some(Vec::new());
    }
    text.split(';').map(Point::parse).collect()
}

/// Write points as a geotrace or geoshape.
pub fn write_path(points: &[Point]) -> String {
    points
        .iter()
        .map(Point::to_string)
        .collect::<Vec<_>>()
        .join(";")
}

/// Why a line or area is not one (the caller maps it to the user's language).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PathProblem {
    /// A point that is not `lat lon [alt [acc]]` in range.
    NotAPoint,
    /// Fewer points than a line ([`TRACE_MIN_POINTS`]) or an area ([`SHAPE_MIN_POINTS`]).
    TooFewPoints,
    /// An area whose last point is not its first.
    NotClosed,
}

/// Check a geotrace's text.
pub fn check_trace(text: &str) -> Result<Vec<Point>, PathProblem> {
    let points = parse_path(text).ok_or(PathProblem::NotAPoint)?;
    if points.len() < TRACE_MIN_POINTS {
        return Err(PathProblem::TooFewPoints);
    }
    Ok(points)
}

/// Check a geoshape's text: at least three distinct points, the first written again at
/// the end.
pub fn check_shape(text: &str) -> Result<Vec<Point>, PathProblem> {
    let points = parse_path(text).ok_or(PathProblem::NotAPoint)?;
    let closed = points.len() > 1 && points[0].same_place(&points[points.len() - 1]);
    let distinct = points.len() - usize::from(closed);
    if distinct < SHAPE_MIN_POINTS {
        return Err(PathProblem::TooFewPoints);
    }
    if !closed {
        return Err(PathProblem::NotClosed);
    }
    Ok(points)
}

/// An area's points as the widget keeps them (open) written as ODK stores them: closed on
/// the first point. An empty list stays empty.
pub fn close(points: &[Point]) -> Vec<Point> {
    let mut closed = points.to_vec();
    if let (Some(first), Some(last)) = (points.first(), points.last())
        && (points.len() == 1 || !first.same_place(last))
    {
        closed.push(*first);
    }
    closed
}

/// An area as stored, without its closing point (what the widget lists and edits).
pub fn open(mut points: Vec<Point>) -> Vec<Point> {
    if points.len() > 1 && points[0].same_place(&points[points.len() - 1]) {
        points.pop();
    }
    points
}

/// Great-circle distance in metres between two (latitude, longitude) points, by the
/// haversine formula.
pub fn distance(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (la1, lo1, la2, lo2) = (
        a.0.to_radians(),
        a.1.to_radians(),
        b.0.to_radians(),
        b.1.to_radians(),
    );
    let h = math::sin((la2 - la1) / 2.0).powi(2)
        + math::cos(la1) * math::cos(la2) * math::sin((lo2 - lo1) / 2.0).powi(2);
    2.0 * RADIUS * math::asin(h.sqrt().min(1.0))
}

/// Length in metres of the line through the points, in order.
pub fn length(points: &[Point]) -> f64 {
    points
        .windows(2)
        .map(|w| distance(w[0].at(), w[1].at()))
        .sum()
}

/// Area in square metres of the polygon through the points (closed or not), on the
/// sphere; fewer than three points enclose nothing.
pub fn area(points: &[(f64, f64)]) -> f64 {
    if points.len() < 3 {
        return 0.0;
    }
    let mut sum = 0.0;
    for i in 0..points.len() {
        let (a, b) = (points[i], points[(i + 1) % points.len()]);
        sum += (b.1 - a.1).to_radians()
            * (2.0 + math::sin(a.0.to_radians()) + math::sin(b.0.to_radians()));
    }
    (sum * RADIUS * RADIUS / 2.0).abs()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(lat: f64, lon: f64) -> Point {
        Point {
            lat,
            lon,
            alt: None,
            acc: None,
        }
    }

    #[test]
    fn points_are_read_in_range_and_written_as_odk_writes_them() {
        assert_eq!(Point::parse("-1.29 36.82").unwrap().at(), (-1.29, 36.82));
        let full = Point::parse("1 2 300.5 4").unwrap();
        assert_eq!((full.alt, full.acc), (Some(300.5), Some(4.0)));
        for bad in [
            "",
            "1",
            "91 0",
            "0 181",
            "0 0 0 -1",
            "a b",
            "1 2 3 4 5",
            "NaN 0",
        ] {
            assert!(Point::parse(bad).is_none(), "{bad}");
        }
        assert_eq!(p(-1.5, 36.25).to_string(), "-1.5 36.25 0 0");
        assert_eq!(full.to_string(), "1 2 300.5 4");
    }

    #[test]
    fn a_trace_needs_two_points_and_every_point_valid() {
        assert_eq!(check_trace("0 0 0 0;0 1 0 0").unwrap().len(), 2);
        // Collect has written a trailing `;`, and spaces around the separator.
        assert_eq!(check_trace("0 0 0 0; 0 1 0 0;").unwrap().len(), 2);
        assert_eq!(check_trace("0 0 0 0"), Err(PathProblem::TooFewPoints));
        assert_eq!(check_trace("0 0;95 0"), Err(PathProblem::NotAPoint));
        assert_eq!(check_trace("0 0;;0 1"), Err(PathProblem::NotAPoint));
    }

    #[test]
    fn a_shape_needs_three_points_and_closes_on_its_first() {
        assert!(check_shape("0 0;0 1;1 1;0 0").is_ok());
        // The closing point may carry another altitude or accuracy.
        assert!(check_shape("0 0 5 3;0 1 0 0;1 1 0 0;0 0 7 2").is_ok());
        assert_eq!(check_shape("0 0;0 1;1 1"), Err(PathProblem::NotClosed));
        assert_eq!(check_shape("0 0;0 1;0 0"), Err(PathProblem::TooFewPoints));
        assert_eq!(check_shape(""), Err(PathProblem::TooFewPoints));
        let open_points = vec![p(0.0, 0.0), p(0.0, 1.0), p(1.0, 1.0)];
        let closed = close(&open_points);
        assert_eq!(closed.len(), 4);
        assert!(check_shape(&write_path(&closed)).is_ok());
        // Closing twice adds nothing; opening gives back what the widget edits.
        assert_eq!(close(&closed), closed);
        assert_eq!(open(closed), open_points);
        assert!(close(&[]).is_empty());
    }

    #[test]
    fn lengths_and_areas_are_odks() {
        // One degree of latitude on ODK's sphere: 111,319 m.
        let line = [p(0.0, 0.0), p(1.0, 0.0)];
        assert!((length(&line) - 111_318.8).abs() < 1.0);
        // A square of 0.001 degree at the equator, closed or not: about 12,391 m².
        let square = [(0.0, 0.0), (0.0, 0.001), (0.001, 0.001), (0.001, 0.0)];
        assert!((area(&square) - 12_391.5).abs() < 5.0);
        let mut closed = square.to_vec();
        closed.push(square[0]);
        assert!((area(&closed) - area(&square)).abs() < 1e-6);
        assert_eq!(area(&square[..2]), 0.0);
    }
}
