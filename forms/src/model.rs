//! The form model: what a questionnaire is, independent of how it was written (an XLSForm
//! workbook through `crate::xlsform`, or Sauti JSON) and of how it is shown.
//!
//! Answers are kept the way XForms keep them: every value is a string (numbers in their
//! canonical text, a multiple choice as space-separated choice names), and a repeat is a list
//! of answer maps. Groups do not nest answers: question names are unique in a form.
//!
//! Repeats nest (a member's children); a node's `Location::repeats` lists the repeats
//! around it, and an `Instance` is the path of `(repeat, index)` steps from the top to one
//! instance, spelled by `answer_path` (`members[2]/children[1]/child_age`). Validation
//! errors, the phone's DOM ids (`q-members-2-children-1-child_age`) and attachment names
//! spell the same path.
//!
//! Also here: `Node::guidance` (XLSForm `guidance_hint`, for the enumerator);
//! `Form::instance_name` (checked at compile like any expression;
//! `CompiledForm::instance_name` names a record from the answers it is given, and the
//! server never stores that name); a select whose list is written `${question}`
//! (`Kind::repeat_source`) offers that repeat question's answers, one choice per instance
//! with an answer (`validate::Context::choice_at`, `visible_indices`), and depends on that
//! question in the graph.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::expr::{Expr, Function};
use crate::graph::Graph;

mod compile;
mod last_saved;

/// A text in several languages, keyed by language code (`en`, `fr`, `ar`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Text(pub BTreeMap<String, String>);

impl Text {
    /// The text in `lang`, else in `fallback`, else any; empty when the text is absent.
    /// Falling back rather than failing keeps a half-translated form usable in the field.
    pub fn get<'a>(&'a self, lang: &str, fallback: &str) -> &'a str {
        self.0
            .get(lang)
            .or_else(|| self.0.get(fallback))
            .or_else(|| self.0.values().next())
            .map(String::as_str)
            .unwrap_or("")
    }

    pub fn is_empty(&self) -> bool {
        self.0.values().all(|s| s.is_empty())
    }

    /// [`Text::get`] with the language the text is actually in: a half-translated form
    /// shows an English label in its Arabic interview, and that label must be read (and
    /// laid out) as English. The code is the form's (`Text`'s key), empty when absent.
    pub fn pick<'a>(&'a self, lang: &str, fallback: &str) -> (&'a str, &'a str) {
        self.0
            .get_key_value(lang)
            .or_else(|| self.0.get_key_value(fallback))
            .or_else(|| self.0.iter().next())
            .map(|(code, text)| (code.as_str(), text.as_str()))
            .unwrap_or(("", ""))
    }

    /// A text in one language, for tests and generated forms.
    pub fn single(lang: &str, text: &str) -> Self {
        Text(BTreeMap::from([(lang.to_string(), text.to_string())]))
    }
}

/// The code XLSForm import gives columns written in no named language (`label`, `hint`
/// without `::Language`): Collect shows them as "default".
pub const UNNAMED_LANGUAGE: &str = "default";

/// A language a form (or the UI) is available in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Language {
    pub code: String,
    pub name: String,
    #[serde(default)]
    pub rtl: bool,
}

/// One choice of a choice list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Choice {
    pub name: String,
    pub label: Text,
    /// Extra columns of the choices sheet (used by choice filters), by column name.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub attributes: BTreeMap<String, String>,
}

/// What kind of node a form holds. Groups and repeats carry children.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Text,
    Integer,
    Decimal,
    Date,
    Time,
    DateTime,
    /// `latitude longitude [altitude [accuracy]]`, as XForms store it.
    Geopoint,
    /// A line: geopoints joined by `;`, at least two (`geo.rs`).
    Geotrace,
    /// An area: geopoints joined by `;`, at least three, closed on the first (`geo.rs`).
    Geoshape,
    /// A scanned code, kept as text.
    Barcode,
    /// An "OK" the respondent confirms.
    Acknowledge,
    SelectOne {
        list: String,
    },
    SelectMultiple {
        list: String,
    },
    /// The choices of a list put in order (XLSForm `rank`): the answer is every offered
    /// choice's name, space-separated, first ranked first.
    Rank {
        list: String,
    },
    /// A number on a scale from `start` to `end` by `step` (XLSForm `range`, its
    /// `parameters`): a slider, or stars with the `rating` appearance.
    Range {
        start: f64,
        end: f64,
        step: f64,
    },
    /// A photo, recording, video or file; the answer is the file itself as a `data:` URL
    /// (`attachment.rs`), named in lists and exports by `attachment::named`.
    Media {
        media: String,
    },
    Note,
    Calculate,
    /// A value with no widget (XLSForm `hidden`), set by a default.
    Hidden,
    /// Captured by the device, not asked: `start`, `end`, `today`, `deviceid`,
    /// `username`… (the XLSForm type name).
    Meta {
        field: String,
    },
    Group,
    Repeat,
}

impl Kind {
    /// Whether a respondent gives a value for this node.
    pub fn takes_input(&self) -> bool {
        !matches!(
            self,
            Kind::Note
                | Kind::Calculate
                | Kind::Hidden
                | Kind::Meta { .. }
                | Kind::Group
                | Kind::Repeat
        )
    }

    pub fn has_children(&self) -> bool {
        matches!(self, Kind::Group | Kind::Repeat)
    }

    /// The question whose answers a select offers, when its list is written as a
    /// reference (`select_one ${member_name}`: one of the household's members).
    pub fn repeat_source(&self) -> Option<&str> {
        self.choice_list()?.strip_prefix("${")?.strip_suffix('}')
    }

    /// The same kind of select over another list (other kinds stay as they are).
    pub fn with_list(self, list: String) -> Kind {
        match self {
            Kind::SelectOne { .. } => Kind::SelectOne { list },
            Kind::SelectMultiple { .. } => Kind::SelectMultiple { list },
            Kind::Rank { .. } => Kind::Rank { list },
            other => other,
        }
    }

    pub fn choice_list(&self) -> Option<&str> {
        match self {
            Kind::SelectOne { list } | Kind::SelectMultiple { list } | Kind::Rank { list } => {
                Some(list)
            }
            _ => None,
        }
    }
}

/// A question, note, calculation, group or repeat.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Node {
    pub name: String,
    pub kind: Kind,
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    pub label: Text,
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    pub hint: Text,
    /// Guidance for the enumerator (XLSForm `guidance_hint`: how to ask, what to probe),
    /// shown folded under the hint; never read out to the respondent.
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    pub guidance: Text,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub required: bool,
    /// Required only while this holds (XLSForm `required` written as an expression,
    /// `${has_children} = 'yes'`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required_if: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relevant: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub constraint: Option<String>,
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    pub constraint_message: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub calculation: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub appearance: Option<String>,
    /// The answer a question starts with.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default: Option<String>,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub read_only: bool,
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    pub required_message: Text,
    /// XLSForm `choice_filter`: which choices to offer (bare names are choice columns).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub choice_filter: Option<String>,
    /// How many instances a repeat has, as an expression.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub repeat_count: Option<String>,
    /// Columns Sauti does not interpret, kept by name (XLSForm attribute columns).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub attributes: BTreeMap<String, String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub children: Vec<Node>,
}

impl Node {
    /// The question's XLSForm `parameters` (`max-pixels=640 start=0`, `randomize = TRUE;
    /// seed=${s}`) as pyxform reads them: `key=value` pairs between spaces, `,` or `;`
    /// (spaces around `=` allowed), keys in lower case, and values too but for `label`,
    /// `value` and `seed` (a file's column names, a question's name).
    pub fn parameters(&self) -> Vec<(String, String)> {
        let Some(raw) = self.attributes.get("parameters") else {
            return Vec::new();
        };
        let mut tokens: Vec<&str> = Vec::new();
        for piece in raw.split(|c: char| c.is_whitespace() || c == ',' || c == ';') {
            let mut rest = piece;
            while let Some(at) = rest.find('=') {
                tokens.extend([&rest[..at], "="].into_iter().filter(|t| !t.is_empty()));
                rest = &rest[at + 1..];
            }
            if !rest.is_empty() {
                tokens.push(rest);
            }
        }
        let mut pairs = Vec::new();
        let mut at = 0;
        while at + 2 < tokens.len() {
            let (key, eq, value) = (tokens[at], tokens[at + 1], tokens[at + 2]);
            if eq != "=" || key == "=" || value == "=" {
                at += 1;
                continue;
            }
            let key = key.to_ascii_lowercase();
            let value = if matches!(key.as_str(), "label" | "value" | "seed") {
                value.to_string()
            } else {
                value.to_ascii_lowercase()
            };
            pairs.push((key, value));
            at += 3;
        }
        pairs
    }

    /// One of the question's `parameters`, by name ([`Node::parameters`]).
    pub fn parameter(&self, key: &str) -> Option<String> {
        self.parameters()
            .into_iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v)
    }

    /// How a select's choices are ordered (`parameters`: `randomize=true`, `seed=${q}`),
    /// or why the parameters cannot say (refused at XLSForm import; a form stored before
    /// then keeps its choices as listed).
    pub fn order(&self) -> Result<crate::shuffle::Order, String> {
        crate::shuffle::order(self.parameter("randomize"), self.parameter("seed"))
    }

    /// Whether the `appearance` column holds `word` (`minimal`, `table-list`, …), in any
    /// case, as Collect reads it (the importer keeps known words in lower case; forms
    /// imported before it did kept the author's `Field-List`).
    pub fn has_appearance(&self, word: &str) -> bool {
        self.appearance
            .as_deref()
            .is_some_and(|a| a.split_whitespace().any(|w| w.eq_ignore_ascii_case(word)))
    }

    /// A node with a name and a kind and nothing else set; importers and generated forms
    /// fill in the rest.
    pub fn new(name: impl Into<String>, kind: Kind) -> Node {
        Node {
            name: name.into(),
            kind,
            label: Text::default(),
            hint: Text::default(),
            guidance: Text::default(),
            required: false,
            required_if: None,
            relevant: None,
            constraint: None,
            constraint_message: Text::default(),
            calculation: None,
            appearance: None,
            default: None,
            read_only: false,
            required_message: Text::default(),
            choice_filter: None,
            repeat_count: None,
            attributes: BTreeMap::new(),
            children: Vec::new(),
        }
    }
}

/// A questionnaire as its author wrote it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Form {
    pub id: String,
    pub version: String,
    pub title: Text,
    pub default_language: String,
    pub languages: Vec<Language>,
    pub body: Vec<Node>,
    #[serde(default)]
    pub choices: BTreeMap<String, Vec<Choice>>,
    /// The settings sheet's `style`: `pages` (one question per screen outside groups),
    /// `theme-grid` (questions side by side on wide screens, by their `w1`–`w12`).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub style: String,
    /// The settings sheet's `instance_name`: an expression naming each record
    /// (`concat(${head_name}, ' – ', ${village})`), so an enumerator finds a draft and a
    /// steward a submission by something better than its time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance_name: Option<String>,
}

impl Form {
    /// The language this form's questions are shown in when `wanted` is asked for: that
    /// one if the form has it, else the form's own first (a consent in English before a
    /// form written in Bangla, or in one unnamed label column), whose texts every
    /// question falls back to.
    pub fn language_shown<'a>(&'a self, wanted: &'a str) -> &'a str {
        if self.languages.iter().any(|l| l.code == wanted) {
            wanted
        } else {
            &self.default_language
        }
    }
}

/// One value or one repeat in a set of answers. In JSON a value is a string and a repeat
/// an array of answer maps.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Answer {
    Value(String),
    // A repeat's instances hold answers again: described by reference, not unfolded.
    #[cfg_attr(feature = "openapi", schema(no_recursion))]
    Repeat(Vec<Answers>),
}

/// Written by hand: serde's derived untagged enums buffer every value first, which costs
/// time on the server and bytes in the wasm client.
impl<'de> Deserialize<'de> for Answer {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Answer, D::Error> {
        struct AnswerVisitor;
        impl<'de> serde::de::Visitor<'de> for AnswerVisitor {
            type Value = Answer;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a text answer or a list of repeat instances")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Answer, E> {
                Ok(Answer::Value(v.to_string()))
            }
            fn visit_string<E: serde::de::Error>(self, v: String) -> Result<Answer, E> {
                Ok(Answer::Value(v))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<Answer, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = seq.next_element::<Answers>()? {
                    items.push(item);
                }
                Ok(Answer::Repeat(items))
            }
        }
        d.deserialize_any(AnswerVisitor)
    }
}

/// The answers of one interview (or of one repeat instance), by question name.
pub type Answers = BTreeMap<String, Answer>;

/// Where a node sits: at the top level or inside repeats, and how to reach it.
#[derive(Debug, Clone, PartialEq)]
pub struct Location {
    /// The repeats around the node, outermost first (a household's members, then each
    /// member's children); empty at the top level. A repeat is not in its own list.
    pub repeats: Vec<String>,
    /// Index path from `Form::body` to the node.
    pub path: Vec<usize>,
    /// The node's number in document order (its id in the dependency graph).
    pub id: usize,
}

/// The expressions of one node, parsed once.
#[derive(Debug, Clone, Default)]
pub struct NodeExprs {
    pub relevant: Option<Expr>,
    pub constraint: Option<Expr>,
    pub calculation: Option<Expr>,
    pub choice_filter: Option<Expr>,
    pub repeat_count: Option<Expr>,
    /// `required` as an expression: whether an answer is needed now.
    pub required_if: Option<Expr>,
    /// A `default` written as an expression (`today()`, `${village}`): worked out when the
    /// interview or the instance begins. A plain default stays text.
    pub default: Option<Expr>,
    /// The questions named in the `trigger` column: the calculation runs when one of them
    /// is answered, and only then (a time stamp when a question is answered, a value
    /// proposed once and then left to the enumerator).
    pub trigger: Vec<String>,
    /// The question in a repeat whose answers the select offers (`select_one ${name}`).
    pub list_source: Option<String>,
    /// How a select's choices are ordered, read once from its `parameters`.
    pub order: crate::shuffle::Order,
    /// The seed of a select whose choices are shuffled (`seed=${q}` in `parameters`).
    pub seed: Option<Expr>,
}

/// A form checked and prepared for evaluation: names indexed, expressions parsed.
/// (Ordered maps: the code is already in the client for answers, and lookups stay
/// logarithmic for forms of thousands of questions.)
/// Client and server both work on this, so they agree on every answer.
#[derive(Debug, Clone)]
pub struct CompiledForm {
    pub form: Form,
    locations: BTreeMap<String, Location>,
    exprs: BTreeMap<String, NodeExprs>,
    /// Node names in document order, by id.
    order: Vec<String>,
    graph: Graph,
    instance_name: Option<Expr>,
}

fn node_at<'a>(body: &'a [Node], path: &[usize]) -> &'a Node {
    let mut node = &body[path[0]];
    for &i in &path[1..] {
        node = &node.children[i];
    }
    node
}

impl CompiledForm {
    pub fn node(&self, name: &str) -> Option<&Node> {
        self.locations
            .get(name)
            .map(|loc| node_at(&self.form.body, &loc.path))
    }

    pub fn location(&self, name: &str) -> Option<&Location> {
        self.locations.get(name)
    }

    pub fn exprs(&self, name: &str) -> Option<&NodeExprs> {
        self.exprs.get(name)
    }

    /// Which node reads which, and the order to evaluate them in.
    pub fn graph(&self) -> &Graph {
        &self.graph
    }

    /// The name of the node with graph id `id`.
    pub fn name_of(&self, id: usize) -> &str {
        &self.order[id]
    }

    pub fn choices(&self, list: &str) -> &[Choice] {
        self.form
            .choices
            .get(list)
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }

    /// Every node in document order, depth first, with its location.
    pub fn walk(&self) -> Vec<(&Node, &Location)> {
        fn go<'a>(
            nodes: &'a [Node],
            form: &'a CompiledForm,
            out: &mut Vec<(&'a Node, &'a Location)>,
        ) {
            for node in nodes {
                out.push((node, &form.locations[&node.name]));
                go(&node.children, form, out);
            }
        }
        let mut out = Vec::new();
        go(&self.form.body, self, &mut out);
        out
    }

    /// Whether the language is written right to left.
    pub fn is_rtl(&self, lang: &str) -> bool {
        self.form.languages.iter().any(|l| l.code == lang && l.rtl)
    }

    /// The direction of text in the form's language `code`: as the form declares it, or
    /// as the code says for one it does not (`crate::langtag::dir`).
    pub fn dir(&self, code: &str) -> crate::langtag::Dir {
        match self.form.languages.iter().find(|l| l.code == code) {
            Some(l) if !crate::langtag::tag(code).is_empty() || l.rtl => {
                crate::langtag::Dir::of_rtl(l.rtl)
            }
            _ => crate::langtag::dir(code),
        }
    }
}

/// One step into a repeat: the repeat's name and the 0-based index of one of its instances.
pub type Step = (String, usize);

/// Where an answer lives: the repeat instances that lead to it, outermost first
/// (`[("members", 1), ("children", 0)]`: the first child of the second member). Empty at
/// the top level.
pub type Instance<'a> = &'a [Step];

impl Location {
    /// The innermost repeat around the node, if any.
    pub fn repeat(&self) -> Option<&str> {
        self.repeats.last().map(String::as_str)
    }
}

/// Where an answer is, spelled as validation errors ([`crate::validate::FieldError::path`]),
/// attachment names and the phone's DOM ids spell it: `member_age` at the top level,
/// `members[2]/member_age` in the second member, `members[2]/children[1]/child_age` in
/// their first child (1-based).
pub fn answer_path(name: &str, instance: Instance<'_>) -> String {
    let mut out = String::new();
    for (repeat, i) in instance {
        out.push_str(repeat);
        out.push('[');
        out.push_str(&(i + 1).to_string());
        out.push_str("]/");
    }
    out.push_str(name);
    out
}

/// The answers of one instance (the top level for an empty path); `None` when the path
/// leads to an instance that does not exist.
pub fn instance_answers<'a>(answers: &'a Answers, instance: Instance<'_>) -> Option<&'a Answers> {
    let mut map = answers;
    for (repeat, i) in instance {
        map = match map.get(repeat) {
            Some(Answer::Repeat(items)) => items.get(*i)?,
            _ => return None,
        };
    }
    Some(map)
}

/// [`instance_answers`], to change them.
pub fn instance_answers_mut<'a>(
    answers: &'a mut Answers,
    instance: Instance<'_>,
) -> Option<&'a mut Answers> {
    let mut map = answers;
    for (repeat, i) in instance {
        map = match map.get_mut(repeat) {
            Some(Answer::Repeat(items)) => items.get_mut(*i)?,
            _ => return None,
        };
    }
    Some(map)
}

/// Every instance where a node inside the repeats `chain` (outermost first) has an
/// answer: one path per instance of the innermost repeat, in document order. An empty
/// chain gives the top level only.
pub fn instances_of(answers: &Answers, chain: &[String]) -> Vec<Vec<Step>> {
    fn go(map: &Answers, chain: &[String], at: &mut Vec<Step>, out: &mut Vec<Vec<Step>>) {
        let Some((first, rest)) = chain.split_first() else {
            out.push(at.clone());
            return;
        };
        if let Some(Answer::Repeat(items)) = map.get(first) {
            for (i, item) in items.iter().enumerate() {
                at.push((first.clone(), i));
                go(item, rest, at, out);
                at.pop();
            }
        }
    }
    let mut out = Vec::new();
    go(answers, chain, &mut Vec::new(), &mut out);
    out
}

/// The value of a question (empty when unanswered).
pub fn value(answers: &Answers, name: &str, instance: Instance<'_>) -> String {
    match instance_answers(answers, instance).and_then(|m| m.get(name)) {
        Some(Answer::Value(v)) => v.clone(),
        _ => String::new(),
    }
}

/// Set (or, with an empty value, remove) the answer to a question.
pub fn set_value(answers: &mut Answers, name: &str, instance: Instance<'_>, value: String) {
    let Some(map) = instance_answers_mut(answers, instance) else {
        return;
    };
    if value.is_empty() {
        map.remove(name);
    } else {
        map.insert(name.to_string(), Answer::Value(value));
    }
}

/// How many instances a repeat has in the instance `at` that holds it.
pub fn repeat_len(answers: &Answers, repeat: &str, at: Instance<'_>) -> usize {
    match instance_answers(answers, at).and_then(|m| m.get(repeat)) {
        Some(Answer::Repeat(items)) => items.len(),
        _ => 0,
    }
}

/// Add an instance (see `prefill::new_instance`) at the end of a repeat, in the
/// instance `at` that holds it.
pub fn add_instance(answers: &mut Answers, repeat: &str, at: Instance<'_>, instance: Answers) {
    let Some(map) = instance_answers_mut(answers, at) else {
        return;
    };
    match map.get_mut(repeat) {
        Some(Answer::Repeat(items)) => items.push(instance),
        _ => {
            map.insert(repeat.to_string(), Answer::Repeat(vec![instance]));
        }
    }
}

/// Remove one instance of a repeat held by the instance `at`.
pub fn remove_instance(answers: &mut Answers, repeat: &str, at: Instance<'_>, index: usize) {
    if let Some(Answer::Repeat(items)) =
        instance_answers_mut(answers, at).and_then(|m| m.get_mut(repeat))
        && index < items.len()
    {
        items.remove(index);
    }
}

/// Toggle one choice in a space-separated multiple-choice value, keeping choice order stable.
pub fn toggle_choice(current: &str, choice: &str) -> String {
    let mut chosen: Vec<&str> = current.split_whitespace().collect();
    if let Some(at) = chosen.iter().position(|c| *c == choice) {
        chosen.remove(at);
    } else {
        chosen.push(choice);
    }
    chosen.join(" ")
}

impl CompiledForm {
    /// Whether the `instance_name` reads attached files (`pulldata()`, `instance()`): a
    /// name made that way can show what a view hides, whatever answers it is given.
    pub fn instance_name_reads_files(&self) -> bool {
        let mut reads = false;
        if let Some(expr) = &self.instance_name {
            expr.walk(&mut |e| {
                reads |= matches!(e, Expr::Lookup { .. })
                    || matches!(e, Expr::Call(Function::Pulldata, _));
            });
        }
        reads
    }

    /// A record's name by the form's `instance_name`, if it has one and it gives text.
    /// `now` is the moment of naming with the phone's offset (a date alone makes `now()`
    /// midnight).
    pub fn instance_name(&self, answers: &Answers, now: &str) -> Option<String> {
        let expr = self.instance_name.as_ref()?;
        let name = crate::expr::Scope::top(self, answers, now)
            .eval(expr)
            .as_string();
        let name = name.trim();
        (!name.is_empty()).then(|| name.to_string())
    }

    /// Whether the form's `style` setting includes `word` (`pages`, `theme-grid`).
    pub fn has_style(&self, word: &str) -> bool {
        self.form.style.split_whitespace().any(|w| w == word)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Error;
    use crate::demo;

    #[test]
    fn a_text_says_which_language_it_is_shown_in() {
        let mut t = Text::single("en", "Water");
        t.0.insert("ar".into(), "الماء".into());
        assert_eq!(t.pick("ar", "en"), ("ar", "الماء"));
        // Not translated into French: shown, and read, as English.
        assert_eq!(t.pick("fr", "en"), ("en", "Water"));
        assert_eq!(t.pick("fr", "sw"), ("ar", "الماء"));
        assert_eq!(Text::default().pick("en", "en"), ("", ""));
        let mut form = demo::household_form();
        form.languages.push(Language {
            code: "default".into(),
            name: "Default".into(),
            rtl: false,
        });
        let form = form.compile().unwrap();
        use crate::langtag::Dir;
        assert_eq!(form.dir("ar"), Dir::Rtl);
        assert_eq!(form.dir("en"), Dir::Ltr);
        assert_eq!(
            form.dir("default"),
            Dir::Auto,
            "no language columns: unknown"
        );
        assert_eq!(form.dir("ps"), Dir::Rtl, "not the form's: by its code");
    }

    #[test]
    fn values_in_repeats_are_set_and_read_per_instance() {
        let at = |i| [("members".to_string(), i)];
        let mut a = Answers::new();
        add_instance(&mut a, "members", &[], Answers::new());
        add_instance(&mut a, "members", &[], Answers::new());
        set_value(&mut a, "member_age", &at(1), "7".into());
        assert_eq!(value(&a, "member_age", &at(1)), "7");
        assert_eq!(value(&a, "member_age", &at(0)), "");
        remove_instance(&mut a, "members", &[], 0);
        assert_eq!(value(&a, "member_age", &at(0)), "7");
        set_value(&mut a, "member_age", &at(0), String::new());
        assert_eq!(repeat_len(&a, "members", &[]), 1);
        assert_eq!(value(&a, "member_age", &at(0)), "");
        // Out of range: nothing read, nothing written.
        set_value(&mut a, "member_age", &at(5), "9".into());
        assert_eq!(value(&a, "member_age", &at(5)), "");
    }

    #[test]
    fn an_answer_path_names_each_repeat_instance_from_one() {
        assert_eq!(answer_path("age", &[]), "age");
        let at = [("members".to_string(), 1), ("children".to_string(), 0)];
        assert_eq!(answer_path("child_age", &at[..1]), "members[2]/child_age");
        assert_eq!(
            answer_path("child_age", &at),
            "members[2]/children[1]/child_age"
        );
    }

    #[test]
    fn nested_instances_are_reached_by_their_path() {
        let mut a = Answers::new();
        add_instance(&mut a, "members", &[], Answers::new());
        add_instance(&mut a, "members", &[], Answers::new());
        let second = [("members".to_string(), 1)];
        add_instance(&mut a, "children", &second, Answers::new());
        add_instance(&mut a, "children", &second, Answers::new());
        let child = [("members".to_string(), 1), ("children".to_string(), 1)];
        set_value(&mut a, "child_age", &child, "4".into());
        assert_eq!(value(&a, "child_age", &child), "4");
        assert_eq!(repeat_len(&a, "children", &second), 2);
        assert_eq!(repeat_len(&a, "children", &[("members".to_string(), 0)]), 0);
        let chain = ["members".to_string(), "children".to_string()];
        assert_eq!(
            instances_of(&a, &chain),
            vec![second_children(0), second_children(1)]
        );
        remove_instance(&mut a, "children", &second, 0);
        assert_eq!(value(&a, "child_age", &second_children(0)), "4");
        assert_eq!(
            serde_json::to_string(&a).unwrap(),
            r#"{"members":[{},{"children":[{"child_age":"4"}]}]}"#
        );
    }

    fn second_children(i: usize) -> Vec<Step> {
        vec![("members".to_string(), 1), ("children".to_string(), i)]
    }

    #[test]
    fn nested_repeats_are_located_with_their_chain() {
        let mut form = demo::household_form();
        let members = form.body.iter_mut().find(|n| n.name == "members").unwrap();
        let mut children = Node::new("children", Kind::Repeat);
        children
            .children
            .push(Node::new("child_age", Kind::Integer));
        members.children.push(children);
        let form = form.compile().unwrap();
        let location = form.location("child_age").unwrap();
        assert_eq!(location.repeats, ["members", "children"]);
        assert_eq!(location.repeat(), Some("children"));
        assert_eq!(form.location("children").unwrap().repeats, ["members"]);
        assert!(form.location("members").unwrap().repeats.is_empty());
    }

    #[test]
    fn duplicate_names_and_unknown_references_are_refused() {
        let mut form = demo::household_form();
        form.body[0].children[1].name = "interview_date".into();
        assert!(
            matches!(form.compile(), Err(Error::Node { message, .. }) if message.contains("used twice"))
        );
        let mut form = demo::household_form();
        form.body[0].children[1].relevant = Some("${nowhere} = 1".into());
        assert!(
            matches!(form.compile(), Err(Error::Node { column, message, .. }) if column == "relevant" && message.contains("nowhere"))
        );
    }

    #[test]
    fn a_label_showing_an_unknown_answer_is_refused() {
        let mut form = demo::household_form();
        form.body[0].children[1].hint = Text::single("en", "Where ${respondent_name} lives");
        assert!(form.clone().compile().is_ok());
        form.body[0].children[1].label = Text::single("fr", "Où vit ${nobody} ?");
        assert!(matches!(
            form.compile(),
            Err(Error::Node { column, message, .. })
                if column == "label" && message.contains("${nobody}")
        ));
    }

    #[test]
    fn answers_read_back_from_json_and_refuse_numbers() {
        let json = r#"{"a":"1","members":[{"b":"x"},{}]}"#;
        let a: Answers = serde_json::from_str(json).unwrap();
        assert_eq!(serde_json::to_string(&a).unwrap(), json);
        assert!(serde_json::from_str::<Answers>(r#"{"a":1}"#).is_err());
    }

    #[test]
    fn toggling_choices() {
        assert_eq!(toggle_choice("", "food"), "food");
        assert_eq!(toggle_choice("food water", "food"), "water");
        assert_eq!(toggle_choice("water", "food"), "water food");
    }

    #[test]
    fn a_form_is_shown_in_the_language_asked_for_or_its_own() {
        let form = crate::demo::household_form();
        assert_eq!(form.language_shown("ar"), "ar");
        assert_eq!(form.language_shown("sw"), form.default_language);
    }
}
