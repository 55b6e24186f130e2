//! What the phone encrypts: a record's JSON, compressed with LZ4 when that makes it
//! smaller. Phones have a few megabytes of browser storage; a household with its members
//! shrinks by a third or more, a short record stays as it is.
//!
//! The first byte tells which: JSON always starts with `{`, `[` or `"`, a packed record
//! with [`PACKED`]. The marker is inside the encrypted, authenticated plaintext, so it
//! cannot be altered without the record failing to open; records written before packing
//! existed open unchanged.

use crate::Error;

/// First byte of a compressed plaintext (never the first byte of JSON).
pub const PACKED: u8 = 0x01;

/// The largest record a packed plaintext may claim to expand to: far above any real
/// record, low enough that a damaged length cannot exhaust a phone's memory.
const MAX_UNPACKED: usize = 16 * 1024 * 1024;

/// Compress `plain` if that makes it smaller; otherwise return it as it is.
pub fn pack(plain: Vec<u8>) -> Vec<u8> {
    let compressed = lz4_flex::block::compress_prepend_size(&plain);
    if compressed.len() + 1 < plain.len() {
        let mut out = Vec::with_capacity(compressed.len() + 1);
        out.push(PACKED);
        out.extend_from_slice(&compressed);
        out
    } else {
        plain
    }
}

/// The plaintext `pack` was given. `id` names the record in the error.
pub fn unpack(bytes: Vec<u8>, id: &str) -> Result<Vec<u8>, Error> {
    let Some((&PACKED, body)) = bytes.split_first() else {
        return Ok(bytes);
    };
    let malformed = || Error::Malformed { id: id.to_string() };
    let claimed = body
        .get(..4)
        .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize)
        .ok_or_else(malformed)?;
    if claimed > MAX_UNPACKED {
        return Err(malformed());
    }
    lz4_flex::block::decompress_size_prepended(body).map_err(|_| malformed())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_household_shrinks_and_reads_back_exactly() {
        let json = serde_json::to_vec(&crate::demo::sample_household()).unwrap();
        let packed = pack(json.clone());
        assert_eq!(packed[0], PACKED);
        assert!(
            packed.len() * 10 < json.len() * 8,
            "{} → {} bytes",
            json.len(),
            packed.len()
        );
        assert_eq!(unpack(packed, "r").unwrap(), json);
    }

    #[test]
    fn short_records_stay_plain_and_old_records_still_open() {
        let short = br#"{"a":"1"}"#.to_vec();
        assert_eq!(pack(short.clone()), short);
        assert_eq!(unpack(short.clone(), "r").unwrap(), short);
    }

    #[test]
    fn a_damaged_length_is_refused_not_allocated() {
        let mut bad = vec![PACKED];
        bad.extend_from_slice(&u32::MAX.to_le_bytes());
        bad.extend_from_slice(b"xxxx");
        assert!(matches!(unpack(bad, "r"), Err(Error::Malformed { .. })));
        assert!(unpack(vec![PACKED, 1], "r").is_err());
    }
}
