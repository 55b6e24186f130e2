//! Receipt codes: what a respondent keeps to look up, narrow or withdraw their consent.
//!
//! Twelve Crockford base32 symbols (60 random bits) and one check symbol, grouped for reading
//! aloud: `7K3M-9QPA-X2RT-5`. Crockford's alphabet has no I, L, O or U, and reading accepts
//! the look-alikes (`O`→0, `I`/`L`→1) and any case. The check symbol is the value mod 37, so
//! any single mistyped symbol is detected.

use serde::{Deserialize, Serialize};

const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const CHECK_ALPHABET: &[u8; 37] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ*~$=U";
const DATA_SYMBOLS: usize = 12;

/// A receipt code in its canonical printed form.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReceiptCode(String);

fn check_symbol(value: u64) -> u8 {
    CHECK_ALPHABET[(value % 37) as usize]
}

fn decode_symbol(c: char) -> Option<u64> {
    let c = match c.to_ascii_uppercase() {
        'O' => '0',
        'I' | 'L' => '1',
        c => c,
    };
    ALPHABET
        .iter()
        .position(|&a| a as char == c)
        .map(|p| p as u64)
}

impl ReceiptCode {
    /// A new code from 60 random bits (the caller supplies them from a secure source).
    pub fn from_random(bits: u64) -> ReceiptCode {
        let value = bits & ((1 << 60) - 1);
        let mut symbols = Vec::with_capacity(DATA_SYMBOLS);
        for i in (0..DATA_SYMBOLS).rev() {
            symbols.push(ALPHABET[((value >> (i * 5)) & 31) as usize]);
        }
        let mut out = String::with_capacity(16);
        for (i, chunk) in symbols.chunks(4).enumerate() {
            if i > 0 {
                out.push('-');
            }
            out.push_str(std::str::from_utf8(chunk).expect("ASCII"));
        }
        out.push('-');
        out.push(check_symbol(value) as char);
        ReceiptCode(out)
    }

    /// A fresh code from the system's secure random source.
    pub fn generate() -> Result<ReceiptCode, crate::Error> {
        let mut bytes = [0u8; 8];
        getrandom::fill(&mut bytes).map_err(|_| crate::Error::Random)?;
        Ok(ReceiptCode::from_random(u64::from_le_bytes(bytes)))
    }

    /// Read a code as a person typed it: any case, with or without dashes or spaces.
    pub fn parse(input: &str) -> Result<ReceiptCode, ReceiptError> {
        let symbols: Vec<char> = input
            .chars()
            .filter(|c| !matches!(c, '-' | ' ' | '\u{a0}'))
            .collect();
        if symbols.len() != DATA_SYMBOLS + 1 {
            return Err(ReceiptError::Length);
        }
        let mut value = 0u64;
        for &c in &symbols[..DATA_SYMBOLS] {
            value = (value << 5) | decode_symbol(c).ok_or(ReceiptError::Symbol(c))?;
        }
        let check = symbols[DATA_SYMBOLS].to_ascii_uppercase();
        let check = match check {
            'O' => '0',
            'I' | 'L' => '1',
            c => c,
        };
        if check != check_symbol(value) as char {
            return Err(ReceiptError::Check);
        }
        Ok(ReceiptCode::from_random(value))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The start of a receipt code as a person typed it (any case, with or without dashes,
/// look-alikes forgiven), in the printed form codes are stored in (`7K3M-9Q`), for a
/// search by prefix; `None` when it cannot begin a code (a symbol no code has, too long).
pub fn prefix(typed: &str) -> Option<String> {
    let symbols: Vec<char> = typed
        .chars()
        .filter(|c| !matches!(c, '-' | ' ' | '\u{a0}'))
        .collect();
    if symbols.is_empty() || symbols.len() > DATA_SYMBOLS + 1 {
        return None;
    }
    let mut out = String::new();
    for (i, c) in symbols.iter().enumerate() {
        if i > 0 && i % 4 == 0 {
            out.push('-');
        }
        if i == DATA_SYMBOLS {
            // The check symbol has five more signs than the data symbols.
            let c = match c.to_ascii_uppercase() {
                'O' => '0',
                'I' | 'L' => '1',
                c => c,
            };
            if !CHECK_ALPHABET.contains(&(c as u8)) || !c.is_ascii() {
                return None;
            }
            out.push(c);
        } else {
            out.push(ALPHABET[decode_symbol(*c)? as usize] as char);
        }
    }
    Some(out)
}

/// Why a typed receipt code was not accepted.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ReceiptError {
    #[error("a receipt code has 13 letters and digits")]
    Length,
    #[error("`{0}` does not appear in receipt codes")]
    Symbol(char),
    #[error("the code has a typing mistake")]
    Check,
}

impl TryFrom<String> for ReceiptCode {
    type Error = ReceiptError;
    fn try_from(s: String) -> Result<Self, ReceiptError> {
        ReceiptCode::parse(&s)
    }
}

impl From<ReceiptCode> for String {
    fn from(c: ReceiptCode) -> String {
        c.0
    }
}

impl std::fmt::Display for ReceiptCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_typed_prefix_reads_as_codes_are_printed() {
        let code = ReceiptCode::from_random(0x0123_4567_89ab_cdef);
        let printed = code.as_str();
        let typed = printed.replace('-', "").to_lowercase();
        for n in 1..=typed.len() {
            let p = prefix(&typed[..n]).unwrap();
            assert!(printed.starts_with(&p), "{p} starts {printed}");
        }
        assert_eq!(prefix("o1l-i").as_deref(), Some("0111"));
        assert_eq!(prefix("abcde").as_deref(), Some("ABCD-E"));
        assert_eq!(prefix("u"), None, "no code has a U among its data symbols");
        assert_eq!(prefix(""), None);
        assert_eq!(prefix("0000 0000 0000 00"), None, "too long");
    }

    #[test]
    fn printed_code_reads_back() {
        let code = ReceiptCode::from_random(0x0123_4567_89ab_cdef);
        assert_eq!(code.as_str().len(), 16);
        assert_eq!(ReceiptCode::parse(code.as_str()).unwrap(), code);
        let sloppy = code.as_str().to_lowercase().replace('-', " ");
        assert_eq!(ReceiptCode::parse(&sloppy).unwrap(), code);
    }

    #[test]
    fn every_single_symbol_typo_is_caught() {
        for seed in [1u64, 0xdead_beef, 0x0fff_ffff_ffff_ffff, 42 << 33] {
            let code = ReceiptCode::from_random(seed);
            let chars: Vec<char> = code.as_str().chars().collect();
            for (i, &original) in chars.iter().enumerate() {
                if original == '-' {
                    continue;
                }
                for &sub in ALPHABET.iter().chain(b"*~$=U") {
                    let sub = sub as char;
                    if sub == original {
                        continue;
                    }
                    let mut typo = chars.clone();
                    typo[i] = sub;
                    let typo: String = typo.into_iter().collect();
                    assert!(
                        ReceiptCode::parse(&typo).is_err(),
                        "{typo} (from {code}) was accepted"
                    );
                }
            }
        }
    }

    #[test]
    fn look_alike_letters_are_read_as_digits() {
        let code = ReceiptCode::from_random(0);
        assert_eq!(code.as_str(), "0000-0000-0000-0");
        assert_eq!(ReceiptCode::parse("oooo-OOOO-0000-o").unwrap(), code);
        assert_eq!(
            ReceiptCode::parse("0000-0000").unwrap_err(),
            ReceiptError::Length
        );
    }
}
