//! Choices in random order: XLSForm's `randomize=true` in a select's `parameters`, with an
//! optional `seed` (a number, or `${q}`, typically a `once(random())` kept in the record).
//! With a seed the order is ODK's for that seed (JavaRosa's Park-Miller generator and its
//! shuffle), so an order a supervisor checks on Collect reads the same in Sauti and the
//! order a record was asked in can be worked out again from the record. Without one the
//! phone picks a seed per interview: the order stays put while the enumerator pages back
//! and forth, and differs between respondents, which is what randomising is for.

/// How a select asks for its choices to be ordered.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Order {
    /// As the list gives them.
    #[default]
    AsListed,
    /// Shuffled with the phone's own seed.
    Random,
    /// Shuffled with the seed this expression gives.
    Seeded(String),
}

/// What `randomize` and `seed` of a select's `parameters` ask for, or why they cannot be
/// (said as pyxform says it).
pub fn order(randomize: Option<String>, seed: Option<String>) -> Result<Order, String> {
    let randomize = match randomize.as_deref() {
        None => false,
        Some("true") => true,
        Some("false") => false,
        Some(other) => {
            return Err(format!(
                "randomize must be set to true or false: '{other}' is an invalid value"
            ));
        }
    };
    match (randomize, seed) {
        (false, None) => Ok(Order::AsListed),
        (false, Some(_)) => Err("parameters must include randomize=true to use a seed".into()),
        (true, None) => Ok(Order::Random),
        (true, Some(seed)) => {
            let reference = seed.starts_with("${") && seed.ends_with('}');
            if reference || crate::num::parse_decimal(&seed).is_some_and(f64::is_finite) {
                Ok(Order::Seeded(seed))
            } else {
                Err(format!(
                    "seed `{seed}`: a seed must be a number or a reference to another field (`${{q}}`)"
                ))
            }
        }
    }
}

/// `values` in the order JavaRosa's `randomize(nodeset, seed)` gives them. The seed is
/// read as Java reads a double as a long (`NaN` as 0, a fraction cut off, beyond the
/// range the nearest end), so an empty or non-numeric seed gives one fixed order, as on
/// Collect.
pub fn shuffle<T: Clone>(values: &[T], seed: f64) -> Vec<T> {
    let mut generator = ParkMiller::new(seed as i64);
    // The "inside-out" Fisher-Yates shuffle: each value goes to a random place among the
    // first i + 1, and what was there moves to the end.
    let mut out: Vec<T> = Vec::with_capacity(values.len());
    for (i, value) in values.iter().enumerate() {
        let j = (generator.next() * (i + 1) as f64) as usize;
        if j == i {
            out.push(value.clone());
        } else {
            let displaced = out[j].clone();
            out.push(displaced);
            out[j] = value.clone();
        }
    }
    out
}

/// A seed made from `text` (FNV-1a, started from `start`): a record's id gives the phone's
/// seed, and that seed with a question's path gives each list its own.
pub fn seed_of(start: u32, text: &str) -> u32 {
    text.bytes().fold(0x811c_9dc5 ^ start, |hash, byte| {
        (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193)
    })
}

/// 2^31 - 1, the generator's modulus (a prime).
const MODULUS: i64 = 2_147_483_647;

/// The Lehmer generator of Park and Miller ("minimal standard", multiplier 16807), as
/// JavaRosa and ODK Web Forms seed and step it.
struct ParkMiller(i64);

impl ParkMiller {
    fn new(seed: i64) -> ParkMiller {
        let mut state = seed % MODULUS;
        if state <= 0 {
            state += MODULUS - 1;
        }
        // One class of seeds (-2147483646 and its like) lands on 0, where the generator
        // stays for ever (JavaRosa's too): the order would be a mere rotation. Start at 1.
        ParkMiller(state.max(1))
    }

    /// The next number in [0, 1).
    fn next(&mut self) -> f64 {
        self.0 = self.0 * 16_807 % MODULUS;
        (self.0 - 1) as f64 / (MODULUS - 1) as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parameters_are_read_as_pyxform_reads_them() {
        let o = |r: Option<&str>, s: Option<&str>| order(r.map(String::from), s.map(String::from));
        assert_eq!(o(None, None), Ok(Order::AsListed));
        assert_eq!(o(Some("false"), None), Ok(Order::AsListed));
        assert_eq!(o(Some("true"), None), Ok(Order::Random));
        assert_eq!(
            o(Some("true"), Some("${s}")),
            Ok(Order::Seeded("${s}".into()))
        );
        assert_eq!(o(Some("true"), Some("42")), Ok(Order::Seeded("42".into())));
        assert!(o(Some("yes"), None).unwrap_err().contains("'yes'"));
        assert!(o(None, Some("3")).unwrap_err().contains("randomize=true"));
        assert!(o(Some("true"), Some("abc")).unwrap_err().contains("`abc`"));
    }

    /// Orders of a list of eight given by ODK Web Forms' `randomize()` (the function of
    /// `@getodk/xforms-engine`, which follows JavaRosa's), by seed.
    #[test]
    fn a_seed_gives_odk_s_order() {
        let list: Vec<u8> = (1..=8).collect();
        let odk: [(f64, [u8; 8]); 10] = [
            (1.0, [7, 6, 5, 1, 3, 8, 2, 4]),
            (42.0, [1, 6, 3, 2, 8, 5, 7, 4]),
            (1234567.0, [2, 4, 1, 3, 6, 7, 5, 8]),
            (0.5, [3, 2, 8, 1, 6, 4, 7, 5]),
            (-3.0, [6, 1, 8, 2, 5, 7, 4, 3]),
            (f64::NAN, [3, 2, 8, 1, 6, 4, 7, 5]),
            (3e12, [3, 6, 5, 7, 2, 4, 1, 8]),
            (0.0, [3, 2, 8, 1, 6, 4, 7, 5]),
            (2_147_483_647.0, [3, 2, 8, 1, 6, 4, 7, 5]),
            (2_147_483_648.0, [7, 6, 5, 1, 3, 8, 2, 4]),
        ];
        for (seed, order) in odk {
            assert_eq!(shuffle(&list, seed), order, "seed {seed}");
        }
        assert!(shuffle::<u8>(&[], 5.0).is_empty());
        // The seed that would stall the generator still shuffles.
        assert_ne!(shuffle(&list, -2_147_483_646.0), [8, 1, 2, 3, 4, 5, 6, 7]);
    }
}
