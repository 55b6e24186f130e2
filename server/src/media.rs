//! Files a project keeps beside its forms and consent templates: recordings of the consent
//! text for respondents who do not read, pictures and recordings a form shows beside its
//! questions and choices, and CSV or XML files of choices that forms read. A name points
//! at the content uploaded under it last. A recording, picture or video is kept for good
//! by its SHA-256, which is how templates and phones address it, so an address never
//! changes meaning and one replaced under its name stays playable where older versions
//! name it; a replaced choice file is deleted (it may list people, and forms read it
//! only at import).
//!
//! CSV and XML choice files are read by the next form import and never served. Pictures
//! (never SVG, which can carry scripts), recordings and videos a form names are resolved
//! when it is imported (`catalog::resolve_media`; a missing file is a warning). `GET
//! /media/{sha256}` serves content without an account, cached for a year; the phone keeps
//! it in the service worker's `sauti-media` cache.

use sha2::{Digest, Sha256};

use crate::db::Db;
use crate::error::{Error, Result};

/// How browsers and spreadsheet programs label a CSV file.
const CSV_TYPES: &[&str] = &[
    "text/csv",
    "text/plain",
    "application/csv",
    "application/vnd.ms-excel",
];

/// How XML files are labelled.
const XML_TYPES: &[&str] = &["application/xml", "text/xml", "text/plain"];

/// How GeoJSON files (map features to choose from, `select_one_from_file x.geojson`) are
/// labelled.
const GEOJSON_TYPES: &[&str] = &[
    "application/geo+json",
    "application/json",
    "application/octet-stream",
    "text/plain",
];

/// Audio every current phone browser plays.
const AUDIO_TYPES: &[&str] = &[
    "audio/mpeg",
    "audio/mp4",
    "audio/aac",
    "audio/ogg",
    "audio/webm",
    "audio/wav",
    "audio/x-wav",
];

/// Pictures a form shows beside a question or a choice (no SVG: it can carry scripts).
const IMAGE_TYPES: &[&str] = &["image/jpeg", "image/png", "image/webp", "image/gif"];

/// Videos a form plays beside a question.
const VIDEO_TYPES: &[&str] = &["video/mp4", "video/webm"];

/// The largest recording made in the browser that the server keeps (a prompt or the
/// consent text read aloud: Opus at 32 kbit/s is about 4 KB a second, so this is over
/// half an hour, and a phone downloads every recording of its form to work offline).
pub const MAX_RECORDING_BYTES: usize = 8 * 1024 * 1024;

/// The file name ending of a recording's media type (`audio/webm;codecs=opus` is
/// `webm`), or `None` when it is not one phones play.
pub fn audio_extension(content_type: &str) -> Option<&'static str> {
    let essence = content_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    if !AUDIO_TYPES.contains(&essence.as_str()) {
        return None;
    }
    Some(match essence.as_str() {
        "audio/mpeg" => "mp3",
        "audio/mp4" => "m4a",
        "audio/aac" => "aac",
        "audio/ogg" => "ogg",
        "audio/webm" => "webm",
        _ => "wav",
    })
}

/// Whether a content type is one phones are served (recordings, pictures, videos: what
/// respondents see and hear, so no secret).
pub fn is_public(content_type: &str) -> bool {
    [AUDIO_TYPES, IMAGE_TYPES, VIDEO_TYPES]
        .iter()
        .any(|types| types.contains(&content_type))
}

/// The content type a file is stored with, from its name's ending: what the command line
/// sends for `sauti form import --attach` (a browser or `curl` names it itself). Choice
/// files (CSV, XML, GeoJSON) and the recordings, pictures and videos a form shows; `None`
/// for any other ending, which [`store`] would refuse anyway.
pub fn type_of_file(name: &str) -> Option<&'static str> {
    let (_, ending) = name.rsplit_once('.')?;
    Some(match ending.to_ascii_lowercase().as_str() {
        "csv" => "text/csv",
        "xml" => "application/xml",
        "geojson" => "application/geo+json",
        "mp3" => "audio/mpeg",
        "m4a" => "audio/mp4",
        "aac" => "audio/aac",
        "ogg" | "opus" => "audio/ogg",
        "wav" => "audio/wav",
        "jpg" | "jpeg" => "image/jpeg",
        "png" => "image/png",
        "webp" => "image/webp",
        "gif" => "image/gif",
        "mp4" => "video/mp4",
        "webm" => "video/webm",
        _ => return None,
    })
}

/// Whether a file name is one a template can name: letters, digits, `.`, `-`, `_`.
pub fn name_ok(name: &str) -> bool {
    (1..=100).contains(&name.len())
        && !name.starts_with('.')
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_'))
}

/// Keep a file under `name` for a project (the name then points at it; an older recording,
/// picture or video stays at its address), checking the
/// name and that the content type fits it; audited. Returns the content's SHA-256 (hex).
pub async fn store(
    db: &Db,
    project_id: &str,
    actor: &str,
    name: &str,
    content_type: &str,
    bytes: &[u8],
) -> Result<String> {
    if !name_ok(name) {
        return Err(Error::InvalidMedia(format!(
            "{name:?}: use letters, digits, '.', '-' and '_' only (at most 100)"
        )));
    }
    let content_type = content_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    // A CSV, XML or GeoJSON file (choices a form reads) is kept as such (never served);
    // anything else must be a recording, a picture or a video.
    let lower = name.to_ascii_lowercase();
    let (csv, xml, geojson) = (
        lower.ends_with(".csv"),
        lower.ends_with(".xml"),
        lower.ends_with(".geojson"),
    );
    let content_type = if csv && CSV_TYPES.contains(&content_type.as_str()) {
        "text/csv".to_string()
    } else if xml && XML_TYPES.contains(&content_type.as_str()) {
        "application/xml".to_string()
    } else if geojson && GEOJSON_TYPES.contains(&content_type.as_str()) {
        "application/geo+json".to_string()
    } else if !csv && !xml && !geojson && is_public(&content_type) {
        content_type
    } else {
        return Err(Error::InvalidMedia(format!(
            "{content_type:?} does not fit {name}: send a recording ({}), a picture ({}) or a video ({}), or choices as a CSV file named *.csv, an XML file named *.xml or a GeoJSON file named *.geojson",
            AUDIO_TYPES.join(", "),
            IMAGE_TYPES.join(", "),
            VIDEO_TYPES.join(", ")
        )));
    };
    if bytes.is_empty() {
        return Err(Error::InvalidMedia(format!("{name}: the file is empty")));
    }
    let sha: String = Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    db.put_media(project_id, name, &sha, &content_type, bytes)
        .await?;
    db.audit(
        actor,
        "media-uploaded",
        &format!("{project_id}/{name} {sha}"),
    )
    .await?;
    Ok(sha)
}

#[cfg(test)]
mod tests {
    use super::name_ok;

    #[test]
    fn recordings_are_named_by_their_type() {
        use super::audio_extension;
        assert_eq!(audio_extension("audio/webm;codecs=opus"), Some("webm"));
        assert_eq!(audio_extension("Audio/Ogg"), Some("ogg"));
        assert_eq!(audio_extension("audio/mpeg"), Some("mp3"));
        assert_eq!(audio_extension("video/webm"), None);
        assert_eq!(audio_extension("text/html"), None);
    }

    /// Every ending the command line names is one `store` keeps under that name (the CLI
    /// once sent every file but XML as CSV, so a GeoJSON file was refused).
    #[test]
    fn a_file_is_typed_by_its_ending() {
        use super::{CSV_TYPES, GEOJSON_TYPES, XML_TYPES, is_public, type_of_file};
        assert_eq!(
            type_of_file("features.geojson"),
            Some("application/geo+json")
        );
        assert_eq!(type_of_file("Villages.CSV"), Some("text/csv"));
        assert_eq!(type_of_file("items.xml"), Some("application/xml"));
        assert_eq!(type_of_file("logo.JPG"), Some("image/jpeg"));
        assert_eq!(type_of_file("prompt.mp3"), Some("audio/mpeg"));
        for none in ["notes.txt", "form.xlsx", "README", "script.svg"] {
            assert_eq!(type_of_file(none), None, "{none}");
        }
        for ending in
            "csv xml geojson mp3 m4a aac ogg opus wav jpg png webp gif mp4 webm".split(' ')
        {
            let name = format!("a.{ending}");
            let t = type_of_file(&name).unwrap();
            let kept = match ending {
                "csv" => CSV_TYPES.contains(&t),
                "xml" => XML_TYPES.contains(&t),
                "geojson" => GEOJSON_TYPES.contains(&t),
                _ => is_public(t),
            };
            assert!(kept, "{name}: {t}");
        }
    }

    #[test]
    fn file_names_are_plain() {
        assert!(name_ok("consent-fr.mp3"));
        assert!(name_ok("consent_ar_v2.ogg"));
        for bad in [
            "",
            ".hidden",
            "../x.mp3",
            "a b.mp3",
            "dir/x.mp3",
            &"x".repeat(101),
        ] {
            assert!(!name_ok(bad), "{bad:?}");
        }
    }
}
