//! Every function the evaluator knows, in one list: its spelling and the argument counts it
//! accepts sit together in [`functions!`], and the evaluator's `match` over [`Function`] has
//! no fallback, so a function cannot be named without being evaluated, nor evaluated
//! without being named.

/// No upper bound on the argument count.
const MANY: usize = usize::MAX;

/// Declares [`Function`] from `Variant = "name", min, max;` rows: the enum, its list, its
/// spelling and its argument counts.
macro_rules! functions {
    ($($(#[$doc:meta])* $variant:ident = $name:literal, $min:expr, $max:expr;)*) => {
        /// A function an expression may call.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Function {
            $($(#[$doc])* $variant,)*
        }

        impl Function {
            /// Every function, in the order of the list.
            pub const ALL: &[Function] = &[$(Function::$variant,)*];

            /// How a form spells it (`count-selected`, `jr:choice-name`).
            pub fn name(self) -> &'static str {
                match self {
                    $(Function::$variant => $name,)*
                }
            }

            /// The argument counts it accepts: at least the first, at most the second.
            pub fn arity(self) -> (usize, usize) {
                match self {
                    $(Function::$variant => ($min, $max),)*
                }
            }

            /// The function a form spells `name`, if there is one.
            pub fn from_name(name: &str) -> Option<Function> {
                match name {
                    $($name => Some(Function::$variant),)*
                    // JavaRosa's other spelling of `area` (pyxform's own tests use it).
                    "enclosed-area" => Some(Function::Area),
                    _ => None,
                }
            }
        }
    };
}

functions! {
    // logic and conversion
    If = "if", 3, 3;
    Not = "not", 1, 1;
    True = "true", 0, 0;
    False = "false", 0, 0;
    Boolean = "boolean", 1, 1;
    BooleanFromString = "boolean-from-string", 1, 1;
    Number = "number", 1, 1;
    String = "string", 1, 1;
    Coalesce = "coalesce", 2, 2;
    Once = "once", 1, 1;
    // numbers
    Int = "int", 1, 1;
    Round = "round", 1, 2;
    Floor = "floor", 1, 1;
    Ceiling = "ceiling", 1, 1;
    Abs = "abs", 1, 1;
    Pow = "pow", 2, 2;
    Sqrt = "sqrt", 1, 1;
    Exp = "exp", 1, 1;
    Exp10 = "exp10", 1, 1;
    Log = "log", 1, 1;
    Log10 = "log10", 1, 1;
    Pi = "pi", 0, 0;
    Sin = "sin", 1, 1;
    Cos = "cos", 1, 1;
    Tan = "tan", 1, 1;
    Asin = "asin", 1, 1;
    Acos = "acos", 1, 1;
    Atan = "atan", 1, 1;
    Atan2 = "atan2", 2, 2;
    Random = "random", 0, 0;
    // node sets (repeats)
    Count = "count", 1, 1;
    CountNonEmpty = "count-non-empty", 1, 1;
    Sum = "sum", 1, 1;
    Min = "min", 1, MANY;
    Max = "max", 1, MANY;
    Position = "position", 0, 1;
    IndexedRepeat = "indexed-repeat", 3, MANY;
    // geopoints: metres along a path, square metres inside a shape
    Distance = "distance", 1, MANY;
    Area = "area", 1, 1;
    // scores: how many conditions hold (weighted), within bounds (-1: none)
    Checklist = "checklist", 2, MANY;
    WeightedChecklist = "weighted-checklist", 2, MANY;
    Version = "version", 0, 0;
    // selections
    Selected = "selected", 2, 2;
    SelectedAt = "selected-at", 2, 2;
    CountSelected = "count-selected", 1, 1;
    ChoiceName = "jr:choice-name", 2, 2;
    /// `pulldata('file', 'column', 'key column', key)`: a column of an attached CSV file.
    Pulldata = "pulldata", 4, 4;
    // text
    Concat = "concat", 0, MANY;
    Join = "join", 2, MANY;
    Contains = "contains", 2, 2;
    StartsWith = "starts-with", 2, 2;
    EndsWith = "ends-with", 2, 2;
    Substr = "substr", 2, 3;
    Substring = "substring", 2, 3;
    SubstringBefore = "substring-before", 2, 2;
    SubstringAfter = "substring-after", 2, 2;
    Translate = "translate", 3, 3;
    StringLength = "string-length", 0, 1;
    NormalizeSpace = "normalize-space", 0, 1;
    Regex = "regex", 2, 2;
    Uuid = "uuid", 0, 1;
    // dates and times
    Today = "today", 0, 0;
    Now = "now", 0, 0;
    Date = "date", 1, 1;
    DateTime = "date-time", 1, 1;
    DecimalDateTime = "decimal-date-time", 1, 1;
    DecimalTime = "decimal-time", 1, 1;
    FormatDate = "format-date", 2, 2;
    FormatDateTime = "format-date-time", 2, 2;
}

impl Function {
    /// Whether its result differs from one evaluation to the next (or depends on the
    /// moment): the server cannot recompute it, so it keeps the value the phone stored.
    pub fn is_volatile(self) -> bool {
        matches!(
            self,
            Function::Random | Function::Uuid | Function::Now | Function::Once
        )
    }

    /// The function `name` called with `args` arguments, or why it cannot be.
    pub fn resolve(name: &str, args: usize) -> Result<Function, String> {
        let Some(function) = Function::from_name(name) else {
            return Err(format!("`{name}()` is not a function Sauti knows"));
        };
        let (min, max) = function.arity();
        if args < min || args > max {
            let expected = if min == max {
                format!("{min}")
            } else if max == MANY {
                format!("at least {min}")
            } else {
                format!("{min} to {max}")
            };
            return Err(format!(
                "`{name}()` takes {expected} argument(s), not {args}"
            ));
        }
        Ok(function)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_function_is_found_by_its_name_and_no_name_is_used_twice() {
        for &f in Function::ALL {
            assert_eq!(Function::from_name(f.name()), Some(f), "{}", f.name());
            let (min, max) = f.arity();
            assert!(min <= max, "{}", f.name());
        }
        let mut names: Vec<&str> = Function::ALL.iter().map(|f| f.name()).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), Function::ALL.len());
    }

    #[test]
    fn argument_counts_are_checked() {
        assert_eq!(Function::resolve("concat", 0), Ok(Function::Concat));
        assert_eq!(Function::resolve("max", 9), Ok(Function::Max));
        assert!(Function::resolve("frobnicate", 1).is_err());
        assert_eq!(
            Function::resolve("substr", 1),
            Err("`substr()` takes 2 to 3 argument(s), not 1".into())
        );
        assert_eq!(
            Function::resolve("min", 0),
            Err("`min()` takes at least 1 argument(s), not 0".into())
        );
        assert_eq!(
            Function::resolve("pi", 1),
            Err("`pi()` takes 0 argument(s), not 1".into())
        );
    }
}
