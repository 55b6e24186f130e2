//! Attachments: the answer to a photo, recording, video or file question is the file
//! itself, as a `data:` URL, so that it is encrypted in the phone's vault and travels in
//! the batch with the rest of the record. Photos are made smaller on the phone before they
//! are stored (see the client's image widget); every attachment has a size cap because the
//! phone's browser storage is small and shared by every record waiting to sync.
//!
//! The phone and the server check an answer with [`check`]; lists and exports name the
//! file ([`Attachment::file_name`], [`named`]) instead of repeating its bytes, and the
//! server hands out one file by that name ([`find`]).

use crate::model::{Answer, Answers, CompiledForm, Kind, Step, answer_path};

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
    /// Reads `data:<type>/<subtype>[;parameters];base64,<data>`: the type made of the
    /// characters media types use, the data canonical base64 (padding only at the end).
    pub fn parse(value: &'a str) -> Option<Self> {
        let rest = value.strip_prefix("data:")?;
        let (media_type, base64) = rest.split_once(";base64,")?;
        let token = |s: &str| {
            !s.is_empty()
                && s.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"!#$&-^_.+".contains(&b))
        };
        let mut parts = media_type.split(';');
        let well_typed = parts
            .next()
            .and_then(|t| t.split_once('/'))
            .is_some_and(|(kind, sub)| token(kind) && token(sub))
            && parts.all(|p| p.split_once('=').is_some_and(|(k, v)| token(k) && token(v)));
        let body = base64.trim_end_matches('=');
        let well_formed = base64.len() % 4 == 0
            && base64.len() - body.len() <= 2
            && body
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/'));
        (well_typed && well_formed).then_some(Attachment { media_type, base64 })
    }

    /// The decoded size in bytes.
    pub fn len(&self) -> usize {
        let padding = self.base64.bytes().rev().take_while(|&b| b == b'=').count();
        (self.base64.len() / 4 * 3).saturating_sub(padding)
    }

    /// Whether the file is empty.
    pub fn is_empty(&self) -> bool {
        self.base64.is_empty()
    }

    /// The file's usual extension, for the name an export gives it: one of the kinds a
    /// field team attaches, else `bin` (never one the phone chose freely).
    pub fn extension(&self) -> &'static str {
        let subtype = self.media_type.split_once('/').map_or("", |(_, s)| s);
        let subtype = subtype.split([';', '+']).next().unwrap_or("");
        match subtype {
            "jpeg" => "jpg",
            "mpeg" if self.media_type.starts_with("audio/") => "mp3",
            "mpeg" => "mpeg",
            "png" => "png",
            "webp" => "webp",
            "gif" => "gif",
            "heic" => "heic",
            "webm" => "webm",
            "ogg" => "ogg",
            "mp4" => "mp4",
            "aac" => "aac",
            "wav" | "x-wav" => "wav",
            "3gpp" => "3gp",
            "quicktime" => "mov",
            "pdf" => "pdf",
            "csv" => "csv",
            "plain" => "txt",
            _ => "bin",
        }
    }

    /// Whether a browser may show the file itself (a picture, a recording, a video);
    /// anything else is handed out as plain bytes.
    pub fn is_media(&self) -> bool {
        ["image/", "audio/", "video/"]
            .iter()
            .any(|f| self.media_type.starts_with(f))
            && !self.media_type.starts_with("image/svg")
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

/// Every attachment answer of a record, with where it is: `photo`, or `members[2]/photo`
/// (1-based) inside a repeat.
pub fn attachments<'a>(form: &CompiledForm, answers: &'a Answers) -> Vec<(String, Attachment<'a>)> {
    fn walk<'a>(
        form: &CompiledForm,
        answers: &'a Answers,
        at: &mut Vec<Step>,
        out: &mut Vec<(String, Attachment<'a>)>,
    ) {
        for (name, answer) in answers {
            match answer {
                Answer::Value(v) => {
                    let media = form
                        .node(name)
                        .is_some_and(|n| matches!(n.kind, Kind::Media { .. }));
                    if let Some(file) = Attachment::parse(v).filter(|_| media) {
                        out.push((answer_path(name, at), file));
                    }
                }
                Answer::Repeat(items) => {
                    for (i, item) in items.iter().enumerate() {
                        at.push((name.clone(), i));
                        walk(form, item, at, out);
                        at.pop();
                    }
                }
            }
        }
    }
    let mut out = Vec::new();
    walk(form, answers, &mut Vec::new(), &mut out);
    out
}

/// The record's answers with each attachment replaced by its file's name
/// ([`Attachment::file_name`]): what a list of records shows, so that it does not carry
/// every photo.
pub fn named(form: &CompiledForm, answers: &Answers, record: &str) -> Answers {
    fn walk(form: &CompiledForm, answers: &Answers, record: &str, at: &mut Vec<Step>) -> Answers {
        answers
            .iter()
            .map(|(name, answer)| {
                let answer = match answer {
                    Answer::Value(v) => match Attachment::parse(v) {
                        Some(file)
                            if form
                                .node(name)
                                .is_some_and(|n| matches!(n.kind, Kind::Media { .. })) =>
                        {
                            Answer::Value(file.file_name(record, &answer_path(name, at)))
                        }
                        _ => answer.clone(),
                    },
                    Answer::Repeat(items) => Answer::Repeat(
                        items
                            .iter()
                            .enumerate()
                            .map(|(i, item)| {
                                at.push((name.clone(), i));
                                let named = walk(form, item, record, at);
                                at.pop();
                                named
                            })
                            .collect(),
                    ),
                };
                (name.clone(), answer)
            })
            .collect()
    }
    walk(form, answers, record, &mut Vec::new())
}

/// Answers sent back from a list of records (a steward's correction), where each
/// attachment was shown by its file's name ([`named`]): every such name is put back to the
/// attachment of `stored` it names, so that correcting another answer neither fails on
/// the name nor drops the photo. Only a file of the same question is taken (a name of
/// another question's file, one the caller's view may hide, is not copied across); a
/// value naming no such file is left for validation.
pub fn unname(form: &CompiledForm, sent: &mut Answers, stored: &Answers, record: &str) {
    let files = attachments(form, stored);
    let of_question = |path: &str, name: &str| path.rsplit('/').next() == Some(name);
    walk(form, sent, &|name: &str, v: &str| {
        files
            .iter()
            .find(|(path, a)| of_question(path, name) && a.file_name(record, path) == v)
            .map(|(_, a)| format!("data:{};base64,{}", a.media_type, a.base64))
    });
    fn walk(form: &CompiledForm, sent: &mut Answers, file: &dyn Fn(&str, &str) -> Option<String>) {
        for (name, answer) in sent.iter_mut() {
            match answer {
                Answer::Value(v)
                    if Attachment::parse(v).is_none()
                        && form
                            .node(name)
                            .is_some_and(|n| matches!(n.kind, Kind::Media { .. })) =>
                {
                    if let Some(data) = file(name, v) {
                        *v = data;
                    }
                }
                Answer::Repeat(items) => {
                    for item in items {
                        walk(form, item, file);
                    }
                }
                Answer::Value(_) => {}
            }
        }
    }
}

/// The attachment whose file a list or an export named `file`.
pub fn find<'a>(
    form: &CompiledForm,
    answers: &'a Answers,
    record: &str,
    file: &str,
) -> Option<Attachment<'a>> {
    attachments(form, answers)
        .into_iter()
        .find(|(at, a)| a.file_name(record, at) == file)
        .map(|(_, a)| a)
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
            "data:image/png;base64,A=AA",
            "data:image/png;base64,====",
            "data:image/\"x;base64,AAAA",
            "data:text/html; x;base64,AAAA",
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

    #[test]
    fn a_record_lists_and_finds_its_files_by_name() {
        use crate::model::{Form, Node};
        let image = || Kind::Media {
            media: "image".into(),
        };
        let mut members = Node::new("members", Kind::Repeat);
        members.children = vec![Node::new("face", image())];
        let form = Form {
            id: "f".into(),
            version: "1".into(),
            title: Default::default(),
            default_language: "en".into(),
            languages: Vec::new(),
            body: vec![
                Node::new("shelter", image()),
                Node::new("notes", Kind::Text),
                members,
            ],
            choices: Default::default(),
            style: String::new(),
            instance_name: None,
        }
        .compile()
        .unwrap();
        let v = |s: &str| Answer::Value(s.into());
        let answers: Answers = [
            ("shelter".to_string(), v(PNG)),
            // Text that looks like a file stays text.
            ("notes".to_string(), v(PNG)),
            (
                "members".to_string(),
                Answer::Repeat(vec![Answers::new(), [("face".to_string(), v(PNG))].into()]),
            ),
        ]
        .into();
        let named = named(&form, &answers, "r1");
        assert_eq!(named["shelter"], v("r1-shelter.png"));
        assert_eq!(named["notes"], v(PNG));
        let Answer::Repeat(members) = &named["members"] else {
            panic!()
        };
        assert_eq!(members[1]["face"], v("r1-members-2-face.png"));
        assert_eq!(
            find(&form, &answers, "r1", "r1-members-2-face.png").map(|a| a.len()),
            Some(8)
        );
        assert!(find(&form, &answers, "r1", "r1-notes.png").is_none());
        assert!(find(&form, &answers, "r2", "r1-shelter.png").is_none());
    }
}
