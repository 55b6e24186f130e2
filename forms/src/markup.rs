//! The emphasis XLSForm authors write in labels and hints, as Collect and Enketo show it:
//! `**strong**`, `*emphasis*`, `<b>`, `<i>`, `<br>`, and `<span style="color:red">` or
//! `<font color="red">` for the words an enumerator reads differently (half the real
//! questionnaires of the corpus colour their instructions so: "(666 = refused to answer)"
//! in red). Shown as written, the tags were noise on the phone. Only this subset is read,
//! into plain pieces the client draws as elements of its own: nothing in a label ever
//! becomes HTML, a tag not in the subset stays text, and a colour is one of a few named
//! hues the stylesheet gives contrast to (any other is shown as strong text).

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
    text.contains('*') || text.contains('<')
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
        }
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
