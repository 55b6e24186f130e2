//! The emphasis XLSForm authors write in labels and hints, as Collect and Enketo show it:
//! `**strong**`, `*emphasis*`, `<b>`, `<i>`, `<br>`, and `<span style="color:red">` or
//! `<font color="red">` for the words an enumerator reads differently (half the real
//! questionnaires of the corpus colour their instructions so: "(666 = refused to answer)"
//! in red). Shown as written, the tags were noise on the phone. Only this subset is read,
//! into plain pieces the client draws as elements of its own: nothing in a label ever
//! becomes HTML, a tag not in the subset stays text, and a colour is one of a few named
//! hues the stylesheet gives contrast to (any other is shown as strong text).
//!
//! Links, `[the guidance](https://…)` or `<a href="https://…">the guidance</a>`, as
//! Collect and Enketo make them: a run of text with its address, drawn as a link. Only
//! `http`, `https`, `mailto` and `tel` addresses are links (a `javascript:` one stays
//! text), and the address is the form's own: answers are filled into the text only.

/// One run of text with its emphasis, or a line break.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    Text {
        text: String,
        strong: bool,
        em: bool,
        /// A hue the author coloured the words with (`red`, `blue`, `green`, `orange`):
        /// the stylesheet's `mark-<hue>` class, with AA contrast.
        color: Option<&'static str>,
        /// The address the words link to (a scheme `link_target` allows).
        link: Option<String>,
    },
    Break,
}

/// The hues read from a colour; anything else is `strong` alone.
const HUES: &[(&str, &str)] = &[
    ("red", "red"),
    ("darkred", "red"),
    ("crimson", "red"),
    ("#ff0000", "red"),
    ("#f00", "red"),
    ("blue", "blue"),
    ("darkblue", "blue"),
    ("navy", "blue"),
    ("#0000ff", "blue"),
    ("green", "green"),
    ("darkgreen", "green"),
    ("#008000", "green"),
    ("orange", "orange"),
    ("darkorange", "orange"),
];

#[derive(Clone, Copy, Default)]
struct Style {
    strong: bool,
    em: bool,
    color: Option<&'static str>,
}

/// Whether `text` has anything this module reads (most labels have not: they are
/// returned as one piece without being walked).
fn has_markup(text: &str) -> bool {
    text.contains('*') || text.contains('<') || text.contains("](")
}

/// `address` when it may be a link: `http`, `https`, `mailto` or `tel`, with no space.
fn link_target(address: &str) -> Option<String> {
    let address = address.trim();
    let lower = address.to_ascii_lowercase();
    let allowed = ["http://", "https://", "mailto:", "tel:"]
        .iter()
        .any(|scheme| lower.starts_with(scheme) && lower.len() > scheme.len());
    (allowed && !address.chars().any(char::is_whitespace)).then(|| address.to_string())
}

/// A Markdown link at the start of `s` (which starts with `[`): its text, its address
/// and the text after it.
fn markdown_link(s: &str) -> Option<(&str, String, &str)> {
    let close = s.find("](")?;
    let text = &s[1..close];
    if text.is_empty() || text.contains('[') || text.contains(']') {
        return None;
    }
    let rest = &s[close + 2..];
    // The `)` that closes the address: one inside it closes a `(` of its own
    // (`https://en.wikipedia.org/wiki/Mosul_(city)`).
    let mut depth = 0usize;
    let end = rest.char_indices().find_map(|(i, c)| match c {
        '(' => {
            depth += 1;
            None
        }
        ')' if depth == 0 => Some(i),
        ')' => {
            depth -= 1;
            None
        }
        _ => None,
    })?;
    Some((text, link_target(&rest[..end])?, &rest[end + 1..]))
}

/// An HTML link at the start of `s` (which starts with `<a `): its text (tags inside it
/// dropped), its address and the text after its `</a>`.
fn html_link(s: &str) -> Option<(String, String, &str)> {
    let open_end = s.find('>')?;
    let open = &s[..open_end];
    let lower = open.to_ascii_lowercase();
    if !lower.starts_with("<a ") {
        return None;
    }
    let at = lower.find("href")?;
    let value = open[at + 4..].trim_start_matches(|c: char| c.is_whitespace() || c == '=');
    let quote = value.chars().next().filter(|c| *c == '"' || *c == '\'');
    let value = match quote {
        Some(q) => value[1..].split(q).next()?,
        None => value.split(char::is_whitespace).next()?,
    };
    let address = link_target(value)?;
    let after_open = &s[open_end + 1..];
    let close = after_open.to_ascii_lowercase().find("</a>")?;
    let text = plain(&after_open[..close]);
    Some((text, address, &after_open[close + 4..]))
}

/// `text` as pieces, its markup read (see the module).
pub fn pieces(text: &str) -> Vec<Piece> {
    let mut out = Vec::new();
    if !has_markup(text) {
        if !text.is_empty() {
            out.push(piece(text.to_string(), Style::default()));
        }
        return out;
    }
    // Open tags, innermost last, each with the style it sets.
    let mut stack: Vec<(String, Style)> = Vec::new();
    let (mut strong_star, mut em_star) = (false, false);
    let mut current = String::new();
    let style_now = |stack: &[(String, Style)], strong_star: bool, em_star: bool| {
        let mut s = innermost(stack);
        s.strong |= strong_star;
        s.em |= em_star;
        s
    };
    let flush = |current: &mut String, style: Style, out: &mut Vec<Piece>| {
        if !current.is_empty() {
            out.push(piece(std::mem::take(current), style));
        }
    };
    // The character before the one read (a tag or a star in between is not one).
    let mut last: Option<char> = None;
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        let link = match c {
            '[' => markdown_link(rest).map(|(t, a, after)| (t.to_string(), a, after)),
            '<' => html_link(rest),
            _ => None,
        };
        if let Some((words, address, after)) = link {
            let style = style_now(&stack, strong_star, em_star);
            flush(&mut current, style, &mut out);
            if !words.is_empty() {
                let mut linked = piece(words, style);
                if let Piece::Text { link, .. } = &mut linked {
                    *link = Some(address);
                }
                out.push(linked);
            }
            last = Some(']');
            rest = after;
            continue;
        }
        if c == '<'
            && let Some((tag, after)) = tag(rest)
        {
            let style = style_now(&stack, strong_star, em_star);
            match tag {
                Tag::Break => {
                    flush(&mut current, style, &mut out);
                    out.push(Piece::Break);
                }
                Tag::Open(name, set) => {
                    flush(&mut current, style, &mut out);
                    let mut inner = innermost(&stack);
                    inner.strong |= set.strong;
                    inner.em |= set.em;
                    if set.color.is_some() {
                        inner.color = set.color;
                    }
                    stack.push((name, inner));
                }
                Tag::Close(name) => {
                    if let Some(at) = stack.iter().rposition(|(n, _)| *n == name) {
                        flush(&mut current, style, &mut out);
                        stack.truncate(at);
                    }
                }
            }
            rest = after;
            continue;
        }
        if c == '*' {
            let double = rest.starts_with("**");
            let marker = if double { "**" } else { "*" };
            let after = &rest[marker.len()..];
            let open = if double { strong_star } else { em_star };
            // Opening: followed by a letter, not a space, and closed later; closing:
            // after a letter. A single star between letters or digits is arithmetic or
            // a name (`5*3`, `L*W*H`), not emphasis.
            let next = after.chars().next();
            let fits = if open {
                last.is_some_and(|l| !l.is_whitespace())
                    && (double || !next.is_some_and(char::is_alphanumeric))
            } else {
                next.is_some_and(|n| !n.is_whitespace() && n != '*')
                    && (double || !last.is_some_and(char::is_alphanumeric))
                    && after.contains(marker)
            };
            if fits {
                let style = style_now(&stack, strong_star, em_star);
                flush(&mut current, style, &mut out);
                if double {
                    strong_star = !strong_star;
                } else {
                    em_star = !em_star;
                }
                rest = after;
                continue;
            }
        }
        current.push(c);
        last = Some(c);
        rest = &rest[c.len_utf8()..];
    }
    let style = style_now(&stack, strong_star, em_star);
    flush(&mut current, style, &mut out);
    out
}

/// `text` with its markup read and dropped: for what is read as one line (a screen
/// reader's name for a field, a picture's alternative, a section's title, a choice).
pub fn plain(text: &str) -> String {
    if !has_markup(text) {
        return text.to_string();
    }
    pieces(text)
        .into_iter()
        .map(|p| match p {
            Piece::Text { text, .. } => text,
            Piece::Break => " ".to_string(),
        })
        .collect()
}

/// The style the innermost open tag sets (with those around it).
fn innermost(stack: &[(String, Style)]) -> Style {
    stack.last().map(|(_, s)| *s).unwrap_or_default()
}

fn piece(text: String, style: Style) -> Piece {
    Piece::Text {
        text,
        strong: style.strong,
        em: style.em,
        color: style.color,
        link: None,
    }
}

enum Tag {
    Open(String, Style),
    Close(String),
    Break,
}

/// The tag at the start of `s` (which starts with `<`) if it is one this module reads,
/// and the text after it.
fn tag(s: &str) -> Option<(Tag, &str)> {
    let end = s.find('>')?;
    let inside = s[1..end].trim();
    let after = &s[end + 1..];
    let lower = inside.to_ascii_lowercase();
    if let Some(name) = lower.strip_prefix('/') {
        let name = name.trim();
        // `</br>`, a common slip for `<br>`.
        if name == "br" {
            return Some((Tag::Break, after));
        }
        return matches!(name, "b" | "strong" | "i" | "em" | "span" | "font" | "u")
            .then(|| (Tag::Close(name.to_string()), after));
    }
    let name: String = lower
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect();
    let attributes = &lower[name.len()..];
    let style = match name.as_str() {
        "br" | "hr" => return Some((Tag::Break, after)),
        "b" | "strong" => Style {
            strong: true,
            ..Style::default()
        },
        "i" | "em" => Style {
            em: true,
            ..Style::default()
        },
        "u" => Style::default(),
        "span" | "font" => {
            let color = colour(attributes);
            Style {
                // A colour Sauti has no hue for still stands out.
                strong: color.is_none() && attributes.contains("color"),
                em: false,
                color,
            }
        }
        _ => return None,
    };
    Some((Tag::Open(name, style), after))
}

/// The hue of a `style="color: red"` or `color="red"` attribute list.
fn colour(attributes: &str) -> Option<&'static str> {
    let at = attributes.find("color")?;
    let value: String = attributes[at + "color".len()..]
        .trim_start_matches(|c: char| c.is_whitespace() || matches!(c, ':' | '=' | '"' | '\''))
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '#')
        .collect();
    HUES.iter().find(|(n, _)| *n == value).map(|(_, hue)| *hue)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str, strong: bool, em: bool, color: Option<&'static str>) -> Piece {
        Piece::Text {
            text: s.into(),
            strong,
            em,
            color,
            link: None,
        }
    }

    fn linked(s: &str, address: &str) -> Piece {
        Piece::Text {
            text: s.into(),
            strong: false,
            em: false,
            color: None,
            link: Some(address.into()),
        }
    }

    #[test]
    fn links_are_read_with_their_address() {
        // As UNHCR's home-visit template writes its guidance.
        let url = "https://unhcr.github.io/koboloadeR/docs";
        assert_eq!(
            pieces(&format!("Please consult [{url}]({url}).")),
            vec![
                text("Please consult ", false, false, None),
                linked(url, url),
                text(".", false, false, None),
            ]
        );
        assert_eq!(
            pieces(r#"See <a href="https://example.org/g">the <b>guide</b></a> first"#),
            vec![
                text("See ", false, false, None),
                linked("the guide", "https://example.org/g"),
                text(" first", false, false, None),
            ]
        );
        assert_eq!(
            pieces("Call [the hotline](tel:+255700000417)"),
            vec![
                text("Call ", false, false, None),
                linked("the hotline", "tel:+255700000417"),
            ]
        );
        assert_eq!(
            plain(&format!("Please consult [the docs]({url}).")),
            "Please consult the docs."
        );
        let city = "https://en.wikipedia.org/wiki/Mosul_(city)";
        assert_eq!(
            pieces(&format!("[Mosul]({city}) today")),
            vec![linked("Mosul", city), text(" today", false, false, None)]
        );
    }

    #[test]
    fn a_link_to_anything_but_the_web_mail_or_a_phone_stays_text() {
        for label in [
            "[click](javascript:alert(1))",
            "[x](data:text/html,hi)",
            "[spaced](https://a b)",
            "[](https://example.org)",
            "Tick [ ] and see (below)",
            "a [b] (c)",
        ] {
            assert!(
                pieces(label)
                    .iter()
                    .all(|p| matches!(p, Piece::Text { link: None, .. })),
                "{label}: {:?}",
                pieces(label)
            );
        }
        assert_eq!(
            plain(r#"<a href="javascript:alert(1)">x</a>"#),
            r#"<a href="javascript:alert(1)">x</a>"#
        );
    }

    #[test]
    fn a_coloured_instruction_is_read() {
        // As a Myanmar survey writes it (and with the doubled quotes of a CSV round trip).
        for label in [
            r#"Age <span style="color:red"> (666 = refused to answer)</span>"#,
            r#"Age <span style=""color:red""> (666 = refused to answer)</span>"#,
            r#"Age <font color="red"> (666 = refused to answer)</font>"#,
        ] {
            assert_eq!(
                pieces(label),
                vec![
                    text("Age ", false, false, None),
                    text(" (666 = refused to answer)", false, false, Some("red")),
                ],
                "{label}"
            );
        }
        assert_eq!(
            plain(r#"Age <span style="color:red">(666 = refused)</span>"#),
            "Age (666 = refused)"
        );
        // A colour without a hue stands out as strong text.
        assert_eq!(
            pieces(r#"<span style="color:#123456">Read out</span>"#),
            vec![text("Read out", true, false, None)]
        );
    }

    #[test]
    fn stars_and_tags_make_strong_and_emphasis() {
        assert_eq!(
            pieces("**Read out:** the *whole* list<br>then wait"),
            vec![
                text("Read out:", true, false, None),
                text(" the ", false, false, None),
                text("whole", false, true, None),
                text(" list", false, false, None),
                Piece::Break,
                text("then wait", false, false, None),
            ]
        );
        assert_eq!(
            pieces("<b>Yes</b> or <i>no</i>"),
            vec![
                text("Yes", true, false, None),
                text(" or ", false, false, None),
                text("no", false, true, None),
            ]
        );
    }

    #[test]
    fn stars_around_a_tag_close() {
        assert_eq!(
            pieces(r#"**<span style="color:red">Read out</span>** then ask"#),
            vec![
                text("Read out", true, false, Some("red")),
                text(" then ask", false, false, None),
            ]
        );
        assert_eq!(pieces("one</br>two")[1], Piece::Break);
    }

    #[test]
    fn what_is_not_markup_stays_text() {
        for label in [
            "Price * quantity * 2",
            "5 * 3",
            "5*3*2",
            "(L*W*H) in cm",
            "a*",
            "Enter the <date> of the visit",
            "x < 5 and y > 2",
            "${hh_size} members",
            "",
        ] {
            assert_eq!(plain(label), label, "{label}");
        }
        // A closing tag that closes nothing is dropped, not shown.
        assert_eq!(plain("</span> closes nothing"), " closes nothing");
        // Nothing in a label becomes a tag.
        assert_eq!(
            pieces("<script>alert(1)</script>"),
            vec![text("<script>alert(1)</script>", false, false, None)]
        );
    }
}
