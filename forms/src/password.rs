//! What a new password must be, checked the same on the admin's page (before sending) and
//! on the server (everywhere a password is set: changing one's own, the first admin at
//! `sauti setup`). Passwords the server generates (new accounts, resets) are 75 random
//! bits and pass by construction.
//!
//! At least 12 characters (a few words are easy to remember and hard to guess), at most
//! 256, not holding the username, not one repeated character, and not one of the
//! passwords guessers try first ([`COMMON`]), whatever their case or spacing.
//!
//! ```
//! use forms::password::{Problem, check};
//! assert_eq!(check("amina", "short"), Err(Problem::TooShort));
//! assert_eq!(check("amina", "amina-password-1"), Err(Problem::HoldsUsername));
//! assert_eq!(check("amina", "Password1234"), Err(Problem::Common));
//! assert_eq!(check("amina", "tamarind by the well"), Ok(()));
//! ```

/// The fewest characters a password has.
pub const MIN_LENGTH: usize = 12;
/// The most characters a password has.
pub const MAX_LENGTH: usize = 256;

/// Why a password is refused; each is a message id of `locales/*.ftl` the client shows in
/// the user's language (and the server's error code).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    TooShort,
    TooLong,
    HoldsUsername,
    Common,
}

impl Problem {
    /// The message id (`err-password-…`).
    pub fn code(self) -> &'static str {
        match self {
            Problem::TooShort => "err-password-short",
            Problem::TooLong => "err-password-long",
            Problem::HoldsUsername => "err-password-username",
            Problem::Common => "err-password-common",
        }
    }

    /// The same in English, for API users and the command line.
    pub fn message(self) -> &'static str {
        match self {
            Problem::TooShort => {
                "a password has at least 12 characters; a few words make a good one"
            }
            Problem::TooLong => "a password has at most 256 characters",
            Problem::HoldsUsername => "a password must not hold the username",
            Problem::Common => {
                "this password is one of those tried first by anyone guessing; choose another"
            }
        }
    }
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.message())
    }
}

/// Passwords (and stems) that guessers try first, lower-case, without spaces: a password
/// is refused when, lower-cased and without spaces, dashes, dots and underscores, it is one
/// of these, or one of these followed by digits and punctuation only (`password2024!`).
pub const COMMON: &[&str] = &[
    "123456789012",
    "1234567890",
    "12345678",
    "123456",
    "qwertyuiop",
    "qwertyuiopasdf",
    "qwerty",
    "asdfghjkl",
    "asdfghjkl;'",
    "zxcvbnm",
    "1q2w3e4r5t6y",
    "1qaz2wsx3edc",
    "password",
    "passw0rd",
    "p@ssw0rd",
    "p@ssword",
    "motdepasse",
    "contrasena",
    "contrasenha",
    "senha",
    "passwort",
    "iloveyou",
    "letmein",
    "welcome",
    "welcometo",
    "changeme",
    "changethis",
    "admin",
    "administrator",
    "administrateur",
    "adminadmin",
    "root",
    "secret",
    "letmeinplease",
    "trustno1",
    "sunshine",
    "princess",
    "football",
    "baseball",
    "superman",
    "batman",
    "dragon",
    "monkey",
    "master",
    "shadow",
    "michael",
    "jennifer",
    "computer",
    "internet",
    "abcdefghijkl",
    "abcdefgh",
    "abc123",
    "aaaaaaaaaaaa",
    "111111111111",
    "000000000000",
    "sauti",
    "sautiadmin",
    "survey",
    "surveypassword",
    "kobotoolbox",
    "kobo",
    "odkcollect",
    "odk",
    "enumerator",
    "steward",
    "reviewer",
    "partner",
    "passwordpassword",
    "correcthorsebatterystaple",
    "qwerty123456",
    "myPassword",
    "mypassword",
    "newpassword",
    "password1234",
    "starwars",
    "whatever",
    "freedom",
];

/// The password as compared with [`COMMON`]: lower-case, without spaces and separators,
/// and without digits and punctuation at its end.
fn stem(password: &str) -> String {
    let plain: String = password
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '-' | '.' | '_'))
        .flat_map(char::to_lowercase)
        .collect();
    let trimmed = plain.trim_end_matches(|c: char| c.is_ascii_digit() || c.is_ascii_punctuation());
    if trimmed.is_empty() {
        plain
    } else {
        trimmed.to_string()
    }
}

/// Check a new password for an account; the first problem found.
pub fn check(username: &str, password: &str) -> Result<(), Problem> {
    let length = password.chars().count();
    if length < MIN_LENGTH {
        return Err(Problem::TooShort);
    }
    if length > MAX_LENGTH {
        return Err(Problem::TooLong);
    }
    let name = username.trim().to_lowercase();
    if !name.is_empty() && password.to_lowercase().contains(&name) {
        return Err(Problem::HoldsUsername);
    }
    if password.chars().all(|c| password.starts_with(c)) {
        return Err(Problem::Common);
    }
    let stem = stem(password);
    let plain: String = password
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '-' | '.' | '_'))
        .flat_map(char::to_lowercase)
        .collect();
    let common = COMMON.iter().any(|c| {
        let c = c.to_lowercase();
        c == stem
            || c == plain
            || (c.len() >= 6 && stem.chars().all(|s| s.is_ascii_digit()) && plain.starts_with(&c))
    });
    if common {
        return Err(Problem::Common);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_long_and_named_passwords_are_refused() {
        assert_eq!(check("amina", "eleven char"), Err(Problem::TooShort));
        assert_eq!(check("amina", "twelve chars"), Ok(()));
        assert_eq!(check("amina", &"x y".repeat(100)), Err(Problem::TooLong));
        assert_eq!(
            check("amina", "AMINA is a good name"),
            Err(Problem::HoldsUsername)
        );
        // Length counts characters, not bytes.
        assert_eq!(check("amina", "ሰላም ለዓለም"), Err(Problem::TooShort));
        assert_eq!(check("amina", "ሰላም ለዓለም ሰላም"), Ok(()));
    }

    #[test]
    fn common_passwords_are_refused_whatever_their_dress() {
        for weak in [
            "password1234",
            "Password 2024!",
            "PASSWORD-PASSWORD",
            "123456789012",
            "qwertyuiop12",
            "Admin12345678",
            "aaaaaaaaaaaaaa",
            "correct horse battery staple",
            "Motdepasse2026",
            "1234567890123",
        ] {
            assert_eq!(check("amina", weak), Err(Problem::Common), "{weak}");
        }
        for good in [
            "tamarind by the well",
            "password manager of the village",
            "river stone 42 goats",
        ] {
            assert_eq!(check("amina", good), Ok(()), "{good}");
        }
    }

    #[test]
    fn every_problem_has_a_message_id() {
        for p in [
            Problem::TooShort,
            Problem::TooLong,
            Problem::HoldsUsername,
            Problem::Common,
        ] {
            assert!(p.code().starts_with("err-password-"));
            assert!(!p.message().is_empty());
        }
    }
}
