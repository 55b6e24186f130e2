//! Attachments: the answer to a photo, recording, video or file question is the file
//! itself, as a `data:` URL, so that it is encrypted in the phone's vault and travels in
//! the batch with the rest of the record. Photos are made smaller on the phone before they
//! are stored (see the client's image widget); every attachment has a size cap because the
//! phone's browser storage is small and shared by every record waiting to sync.
//!
//! The phone and the server check an answer with [`check`]; exports name the file
//! ([`Attachment::file_name`]) instead of repeating its bytes.

/// The largest attachment kept, in bytes once decoded: a phone's storage holds only a few
/// megabytes for every record not yet synced.
pub const MAX_BYTES: usize = 1_500_000;

/// The longest side of a photo, in pixels, after the phone has made it smaller (ODK's
/// `max-pixels` parameter, which a question can set lower).
pub const MAX_PIXELS: u32 = 1024;

/// An attachment answer, split into its parts (no copy).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Attachment<'a> {
    /// `image/jpeg`, `audio/webm`…
    pub media_type: &'a str,
    /// The file, base64-encoded.
    pub base64: &'a str,
}

/// Why an attachment answer was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// Not a `data:…;base64,` value, or not base64.
    Malformed,
    /// A recording given to a photo question, and the like.
    WrongType,
    /// Bigger than [`MAX_BYTES`].
    TooLarge,
}

impl<'a> Attachment<'a> {
    /// Reads `data:<type>;base64,<data>`.
    pub fn parse(value: &'a str) -> Option<Self> {
        let rest = value.strip_prefix("data:")?;
        let (media_type, base64) = rest.split_once(";base64,")?;
        let well_formed = media_type.contains('/')
            && base64.len() % 4 == 0
            && base64
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'='));
        well_formed.then_some(Attachment { media_type, base64 })
    }

    /// The decoded size in bytes.
    pub fn len(&self) -> usize {
        let padding = self.base64.bytes().rev().take_while(|&b| b == b'=').count();
        self.base64.len() / 4 * 3 - padding
    }

    /// Whether the file is empty.
    pub fn is_empty(&self) -> bool {
        self.base64.is_empty()
    }

    /// The file's usual extension, for the name an export gives it.
    pub fn extension(&self) -> &'a str {
        let subtype = self.media_type.split_once('/').map_or("", |(_, s)| s);
        let subtype = subtype.split([';', '+']).next().unwrap_or("");
        match subtype {
            "jpeg" => "jpg",
            "mpeg" if self.media_type.starts_with("audio/") => "mp3",
            "" => "bin",
            other => other,
        }
    }

    /// The name an export gives the file: the record, the question and, in a repeat, the
    /// instance (`<record>-members-2-photo.jpg`).
    pub fn file_name(&self, record: &str, path: &str) -> String {
        let path: String = path
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || c == '_' {
                    c
                } else {
                    '-'
                }
            })
            .collect();
        let path = path.trim_matches('-').replace("--", "-");
        format!("{record}-{path}.{}", self.extension())
    }
}

/// Checks an attachment answer for a question of XLSForm type `media` (`image`, `audio`,
/// `video`, `file`, and `photo`, an old name for `image`).
pub fn check(media: &str, value: &str) -> Result<(), Refusal> {
    let file = Attachment::parse(value).ok_or(Refusal::Malformed)?;
    let family = match media {
        "image" | "photo" => Some("image/"),
        "audio" => Some("audio/"),
        "video" => Some("video/"),
        _ => None,
    };
    if family.is_some_and(|f| !file.media_type.starts_with(f)) {
        return Err(Refusal::WrongType);
    }
    if file.len() > MAX_BYTES {
        return Err(Refusal::TooLarge);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const PNG: &str = "data:image/png;base64,iVBORw0KGgo=";

    #[test]
    fn reads_a_data_url_and_its_size() {
        let a = Attachment::parse(PNG).unwrap();
        assert_eq!(a.media_type, "image/png");
        assert_eq!(a.len(), 8);
        assert_eq!(a.extension(), "png");
        assert_eq!(
            Attachment::parse("data:audio/mpeg;base64,AAAA")
                .unwrap()
                .extension(),
            "mp3"
        );
        assert_eq!(
            Attachment::parse("data:image/jpeg;base64,")
                .unwrap()
                .extension(),
            "jpg"
        );
        assert_eq!(
            Attachment::parse("data:audio/webm;codecs=opus;base64,AA==")
                .unwrap()
                .extension(),
            "webm"
        );
    }

    #[test]
    fn refuses_what_is_not_a_base64_data_url() {
        for bad in [
            "photo.jpg",
            "data:image/png,raw",
            "data:image/png;base64,abc",
            "data:png;base64,AAAA",
            "data:image/png;base64,AA A",
        ] {
            assert_eq!(check("image", bad), Err(Refusal::Malformed), "{bad}");
        }
    }

    #[test]
    fn the_type_must_fit_the_question() {
        assert_eq!(check("image", PNG), Ok(()));
        assert_eq!(check("photo", PNG), Ok(()));
        assert_eq!(check("audio", PNG), Err(Refusal::WrongType));
        assert_eq!(check("video", PNG), Err(Refusal::WrongType));
        assert_eq!(check("file", PNG), Ok(()));
        assert_eq!(check("audio", "data:audio/ogg;base64,AAAA"), Ok(()));
    }

    #[test]
    fn a_file_over_the_cap_is_refused() {
        let big = format!(
            "data:application/pdf;base64,{}",
            "A".repeat((MAX_BYTES + 3) / 3 * 4)
        );
        assert_eq!(check("file", &big), Err(Refusal::TooLarge));
        let fits = format!(
            "data:application/pdf;base64,{}",
            "A".repeat(MAX_BYTES / 3 * 4)
        );
        assert_eq!(check("file", &fits), Ok(()));
    }

    #[test]
    fn export_names_say_record_question_and_instance() {
        let a = Attachment::parse(PNG).unwrap();
        assert_eq!(a.file_name("r1", "photo"), "r1-photo.png");
        assert_eq!(
            a.file_name("r1", "members[2]/photo"),
            "r1-members-2-photo.png"
        );
    }
}
