//! Pictures and recordings that go with a question or a choice (XLSForm's `image`,
//! `audio`, `video` and `big-image` columns, per language: `media::audio::Pashto (ps)`),
//! for respondents and enumerators who do not read the form's language well.
//!
//! They travel in the node's or choice's `attributes` as `media::<kind>::<language code>`
//! (or `media::<kind>` when the column names no language). The form names each file as
//! the team uploaded it; when the server installs the form it replaces each name by the
//! address of the file's content (`/media/<sha256>`), which phones fetch and keep for
//! interviews without network. A name the server does not have stays a name, which the
//! phone does not show.

use std::collections::BTreeMap;

use crate::model::{Form, Node};

/// The kinds of media a question or choice can carry.
pub const KINDS: [&str; 4] = ["image", "big-image", "audio", "video"];

/// The attribute key of a kind of media in a language (`None`: the column named none).
pub fn key(kind: &str, lang: Option<&str>) -> String {
    match lang {
        Some(lang) => format!("media::{kind}::{lang}"),
        None => format!("media::{kind}"),
    }
}

/// Whether the form names a picture or a video for this question or choice (in any
/// language), whether or not the server has the file: a question said only by a picture
/// that never reached the server shows its name instead (the phone's questions screen).
pub fn names_picture(attributes: &BTreeMap<String, String>) -> bool {
    attributes.keys().any(|k| {
        k.strip_prefix("media::")
            .map(|rest| rest.split("::").next().unwrap_or(rest))
            .is_some_and(|kind| matches!(kind, "image" | "big-image" | "video"))
    })
}

/// The file of a kind of media for a language: that language's, else the one with no
/// language, else the form's default language's.
pub fn pick<'a>(
    attributes: &'a BTreeMap<String, String>,
    kind: &str,
    lang: &str,
    default: &str,
) -> Option<&'a str> {
    [Some(lang), None, Some(default)]
        .into_iter()
        .find_map(|l| attributes.get(&key(kind, l)))
        .map(String::as_str)
}

/// Whether a file name was replaced by the address the server serves it from:
/// `/media/` and a SHA-256 in hex, nothing else (the phone fetches it).
pub fn is_served(value: &str) -> bool {
    value
        .strip_prefix("/media/")
        .is_some_and(|sha| sha.len() == 64 && sha.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// Every media file a form names, each with its kind, mutably: the server turns names
/// into addresses with it.
pub fn for_each_mut(form: &mut Form, mut f: impl FnMut(&str, &mut String)) {
    fn visit(attributes: &mut BTreeMap<String, String>, f: &mut impl FnMut(&str, &mut String)) {
        for (k, v) in attributes.iter_mut() {
            if let Some(kind) = k.strip_prefix("media::") {
                let kind = kind.split("::").next().unwrap_or(kind);
                f(kind, v);
            }
        }
    }
    fn nodes(body: &mut [Node], f: &mut impl FnMut(&str, &mut String)) {
        for node in body {
            visit(&mut node.attributes, f);
            nodes(&mut node.children, f);
        }
    }
    nodes(&mut form.body, &mut f);
    for list in form.choices.values_mut() {
        for choice in list {
            visit(&mut choice.attributes, &mut f);
        }
    }
}

/// The addresses of every served media file of a form, once each: what a phone keeps.
pub fn served(form: &Form) -> Vec<String> {
    fn nodes<'a>(body: &'a [Node], out: &mut Vec<&'a BTreeMap<String, String>>) {
        for node in body {
            out.push(&node.attributes);
            nodes(&node.children, out);
        }
    }
    let mut all = Vec::new();
    nodes(&form.body, &mut all);
    all.extend(form.choices.values().flatten().map(|c| &c.attributes));
    // Forms name a few files, often many times (one picture per choice of a long list):
    // a linear check keeps the phone's first download small (a sort added 1.6 KB gzip).
    let mut found: Vec<String> = Vec::new();
    for (k, v) in all.into_iter().flat_map(|a| a.iter()) {
        if k.starts_with("media::") && is_served(v) && !found.contains(v) {
            found.push(v.clone());
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_picture_named_in_any_language_is_seen() {
        let named = |k: &str| names_picture(&[(k.to_string(), String::new())].into());
        assert!(named("media::image"));
        assert!(named("media::big-image::Arabic (ar)"));
        assert!(named("media::video::en"));
        assert!(!named("media::audio::en"));
        assert!(!named("hxl"));
    }

    #[test]
    fn the_language_s_file_then_the_shared_one_then_the_default_language_s() {
        let attributes: BTreeMap<String, String> = [
            (key("audio", Some("ps")), "q-ps.mp3".to_string()),
            (key("audio", Some("en")), "q-en.mp3".to_string()),
            (key("image", None), "well.jpg".to_string()),
        ]
        .into();
        assert_eq!(pick(&attributes, "audio", "ps", "en"), Some("q-ps.mp3"));
        assert_eq!(pick(&attributes, "audio", "prs", "en"), Some("q-en.mp3"));
        assert_eq!(pick(&attributes, "image", "prs", "en"), Some("well.jpg"));
        assert_eq!(pick(&attributes, "video", "ps", "en"), None);
        let sha = "ab".repeat(32);
        assert!(is_served(&format!("/media/{sha}")) && !is_served("well.jpg"));
        assert!(!is_served("/media/ab12") && !is_served(&format!("/media/../{sha}")));
    }

    #[test]
    fn a_phone_keeps_each_served_file_once() {
        let (aa, bb, cc) = (
            format!("/media/{}", "a".repeat(64)),
            format!("/media/{}", "b".repeat(64)),
            format!("/media/{}", "c".repeat(64)),
        );
        let mut question = crate::model::Node::new("water", crate::model::Kind::Text);
        question.attributes.insert(key("image", None), aa.clone());
        question
            .attributes
            .insert(key("audio", Some("ps")), "not-uploaded.mp3".into());
        question.attributes.insert("kobo--score".into(), bb);
        let choice = |image: &str| crate::model::Choice {
            name: "c".into(),
            label: crate::model::Text::single("en", "C"),
            attributes: [(key("image", Some("en")), image.to_string())].into(),
        };
        let form = crate::demo::english_form(
            "media",
            vec![question],
            [("list".to_string(), vec![choice(&aa), choice(&cc)])].into(),
        );
        assert_eq!(served(&form), [aa, cc]);
    }
}
