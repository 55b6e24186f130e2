//! The differential test against ODK's own engine (issue 19): each corpus form, converted
//! by pyxform, is run by `@getodk/xforms-engine` (the engine of ODK Web Forms, in Node:
//! `tests/odk/replay.mjs`) and imported into Sauti and run by the engine the phone runs
//! (`prefill`, `validate::settle_answer`, `validate::Context`), with the same seeded answer
//! sequences. After every answer both say, for each question, group, repeat and
//! calculation, whether it is relevant, required, whether its constraint holds, its value
//! and how many instances a repeat has; any difference fails the test unless it is one of
//! the deliberate deviations of `tests/odk/README.md`, each tested here by name.
//!
//! The sequences are made on Sauti's side (they need to know which questions are asked
//! now, what a select offers now), written as JSON with ODK's paths
//! (`/data/member[2]/age`) and replayed in Node.
//!
//! Ignored by `cargo test`: `scripts/test.sh` runs it with the engine and pyxform it
//! installs (`SAUTI_XFORMS_ENGINE`, `SAUTI_PYXFORM`). `SAUTI_ODK_FORMS` may name a folder
//! of more XLSForms (attachments in `<stem>/`) for a run on real forms;
//! `SAUTI_ODK_SEQUENCES` and `SAUTI_ODK_STEPS` make a longer run.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use forms::model::{self, Answers, CompiledForm, Kind, Node, Step};
use forms::prefill::{DeviceFacts, apply_defaults, fill_metadata, new_instance};
use forms::validate::{Context, settle, settle_after, settle_answer, type_problem};
use serde_json::{Value, json};

/// Sequences per form and answers per sequence in CI: the whole step stays under a minute.
const SEQUENCES: usize = 3;
const STEPS: usize = 30;

/// A small deterministic generator (SplitMix64): the same seed gives the same sequences
/// on every machine, so a difference found once is found again.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn chance(&mut self, p: f64) -> bool {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64 <= p
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> Option<&'a T> {
        (!items.is_empty()).then(|| &items[self.below(items.len())])
    }
}

/// One corpus form: the workbook and the folder its attachments are in.
struct Case {
    name: String,
    path: PathBuf,
    attachments: Option<PathBuf>,
}

fn corpus_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/xlsform")
}

fn workbooks(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "xls" || x == "xlsx"))
        .collect();
    files.sort();
    files
}

/// pyxform's fixtures, the synthetic wild forms Sauti imports, and `SAUTI_ODK_FORMS`.
fn corpus() -> Vec<Case> {
    let mut cases: Vec<Case> = workbooks(&corpus_root().join("ok"))
        .into_iter()
        .map(|path| Case {
            name: format!("ok/{}", path.file_name().unwrap().to_string_lossy()),
            path,
            attachments: None,
        })
        .collect();
    let synthetic = corpus_root().join("wild/synthetic");
    let table = std::fs::read_to_string(synthetic.join("verdicts.tsv")).unwrap();
    let mut lines = table.lines();
    let header: Vec<&str> = lines.next().unwrap().split('\t').collect();
    let column = |row: &[&str], name: &str| {
        let at = header.iter().position(|h| *h == name).unwrap();
        row.get(at).copied().unwrap_or("").to_string()
    };
    for line in lines.filter(|l| !l.trim().is_empty()) {
        let row: Vec<&str> = line.split('\t').collect();
        if column(&row, "pyxform") == "converts" && column(&row, "sauti") == "imports" {
            let file = column(&row, "file");
            cases.push(Case {
                name: format!("wild/synthetic/{file}"),
                path: synthetic.join(&file),
                attachments: Some(synthetic.clone()),
            });
        }
    }
    if let Ok(extra) = std::env::var("SAUTI_ODK_FORMS") {
        for path in workbooks(Path::new(&extra)) {
            let dir = path.with_extension("");
            cases.push(Case {
                name: path.file_name().unwrap().to_string_lossy().to_string(),
                attachments: Some(if dir.is_dir() {
                    dir
                } else {
                    PathBuf::from(&extra)
                }),
                path,
            });
        }
    }
    cases
}

/// The files beside a form that Sauti's importer may read (CSV, GeoJSON, XML lists).
fn attached_files(case: &Case) -> BTreeMap<String, Vec<u8>> {
    let Some(dir) = &case.attachments else {
        return BTreeMap::new();
    };
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.extension()
                .is_some_and(|x| x == "csv" || x == "geojson" || x == "xml")
        })
        .map(|p| {
            (
                p.file_name().unwrap().to_string_lossy().to_string(),
                std::fs::read(&p).unwrap(),
            )
        })
        .collect()
}

/// The XForm pyxform writes for a workbook, or why it refuses it.
fn xform(python: &str, case: &Case, scratch: &Path) -> Result<String, String> {
    let out = scratch.join("form.xml");
    let _ = std::fs::remove_file(&out);
    let run = Command::new(python)
        .args(["-m", "pyxform.xls2xform", "--skip_validate"])
        .arg(&case.path)
        .arg(&out)
        .output()
        .unwrap_or_else(|e| panic!("running {python}: {e}"));
    std::fs::read_to_string(&out).map_err(|_| {
        format!(
            "{}{}",
            String::from_utf8_lossy(&run.stdout),
            String::from_utf8_lossy(&run.stderr)
        )
    })
}

/// The name of the instance's root element (`data`, or the settings' `name`).
fn root_name(xml: &str) -> String {
    let after = &xml[xml.find("<instance>").expect("an instance") + "<instance>".len()..];
    let tag = &after[after.find('<').unwrap() + 1..];
    tag[..tag.find([' ', '>', '/']).unwrap()].to_string()
}

/// Each node's steps from the root as ODK names them, each with whether it is a repeat:
/// - a name Sauti gave its group path (`roster.b4_age`) is `b4_age` in its group;
/// - a loop's copy for one choice, which Sauti names `<loop>_<choice>` and its questions
///   `<q>_<choice>` (`xlsform/loops.rs`), is `<loop>/<choice>/<q>` for pyxform;
/// - a group pyxform writes flat (an unlabelled group whose `relevant` it gives to each
///   child, with no element in the instance) is no step, and has no path itself.
fn templates(body: &[Node], root: &str, xml: &str) -> BTreeMap<String, Vec<(String, bool)>> {
    type Out = BTreeMap<String, Vec<(String, bool)>>;
    fn go(
        nodes: &[Node],
        (root, xml): (&str, &str),
        at: &mut Vec<(String, bool)>,
        (parent, suffix): (Option<&str>, Option<&str>),
        out: &mut Out,
    ) {
        for node in nodes {
            let repeat = node.kind == Kind::Repeat;
            let written = |at: &[(String, bool)]| {
                let path = odk_path(root, at, &[]);
                xml.contains(&format!("{path}/")) || xml.contains(&format!("\"{path}\""))
            };
            // A name with a dot is Sauti's group path only if the XForm has no node of
            // that name (`note_9.9` is a name of its own, valid in XML).
            let mut with_full = at.clone();
            with_full.push((node.name.clone(), repeat));
            let mut own = if written(&with_full) {
                node.name.clone()
            } else {
                node.name.rsplit('.').next().unwrap().to_string()
            };
            let mut inner = suffix.map(str::to_string);
            if let Some(stripped) = suffix.and_then(|s| own.strip_suffix(s)) {
                own = stripped.to_string();
            }
            at.push((own.clone(), repeat));
            if node.kind == Kind::Group
                && !written(at)
                && let Some(choice) = parent.and_then(|p| own.strip_prefix(&format!("{p}_")))
            {
                inner = Some(format!("_{choice}"));
                own = choice.to_string();
                at.last_mut().unwrap().0 = own.clone();
            }
            let flat = node.kind == Kind::Group && !written(at);
            if flat {
                at.pop();
            } else {
                out.insert(node.name.clone(), at.clone());
            }
            go(
                &node.children,
                (root, xml),
                at,
                (Some(&node.name), inner.as_deref()),
                out,
            );
            if !flat {
                at.pop();
            }
        }
    }
    let mut out = Out::new();
    go(body, (root, xml), &mut Vec::new(), (None, None), &mut out);
    out
}

/// ODK's reference of a node in one instance: `/data/member[2]/age` (1-based), a repeat
/// itself without an index (`/data/member`: the range of its instances). Without an
/// instance, the path of every instance (`/data/member/age`).
fn odk_path(root: &str, template: &[(String, bool)], instance: &[Step]) -> String {
    let mut out = format!("/{root}");
    let mut steps = instance.iter();
    for (i, (name, repeat)) in template.iter().enumerate() {
        out.push('/');
        out.push_str(name);
        if *repeat
            && i + 1 < template.len()
            && let Some((_, k)) = steps.next()
        {
            out.push_str(&format!("[{}]", k + 1));
        }
    }
    out
}

/// One Sauti interview, driven as the phone drives it.
struct Sauti<'f> {
    form: &'f CompiledForm,
    answers: Answers,
    today: String,
    root: String,
    templates: BTreeMap<String, Vec<(String, bool)>>,
}

impl<'f> Sauti<'f> {
    /// A new interview: defaults, the device's metadata, then settled (as the interview
    /// screen opens it).
    fn start(
        form: &'f CompiledForm,
        root: &str,
        templates: BTreeMap<String, Vec<(String, bool)>>,
        today: &str,
    ) -> Self {
        let mut answers = Answers::new();
        apply_defaults(form, &mut answers, today, None);
        let now = format!("{today}T09:00:00.000Z");
        fill_metadata(
            form,
            &mut answers,
            DeviceFacts {
                now: &now,
                device_id: "odk-diff",
                username: "odk-diff",
                instance_id: None,
            },
        );
        settle(form, &mut answers, today);
        Sauti {
            form,
            answers,
            today: today.to_string(),
            root: root.to_string(),
            templates,
        }
    }

    fn ctx(&self) -> Context<'_> {
        Context {
            form: self.form,
            answers: &self.answers,
            today: &self.today,
        }
    }

    fn path(&self, name: &str, instance: &[Step]) -> String {
        odk_path(&self.root, &self.templates[name], instance)
    }

    /// Every node in every instance it has now: (node, instance).
    fn placed(&self) -> Vec<(&'f Node, Vec<Step>)> {
        let mut out = Vec::new();
        for (node, location) in self.form.walk() {
            for instance in model::instances_of(&self.answers, &location.repeats) {
                out.push((node, instance));
            }
        }
        out
    }

    /// What Sauti says about each node, in the shape `replay.mjs` writes ODK's.
    fn state(&self) -> BTreeMap<String, Value> {
        let ctx = self.ctx();
        let mut out = BTreeMap::new();
        for (node, instance) in self.placed() {
            // Metadata is the device's (and pyxform moves it under `meta/`); a group
            // pyxform writes flat has no node of its own.
            if matches!(node.kind, Kind::Meta { .. }) || !self.templates.contains_key(&node.name) {
                continue;
            }
            let relevant = ctx.is_relevant(&node.name, &instance);
            let value = model::value(&self.answers, &node.name, &instance);
            let said = match &node.kind {
                Kind::Repeat => {
                    let n = model::repeat_len(&self.answers, &node.name, &instance);
                    json!({ "r": relevant, "n": n })
                }
                Kind::Calculate => json!({ "r": relevant, "v": value }),
                // A read-only question is shown, not asked: a note for ODK.
                kind if kind.takes_input() && !node.read_only => json!({
                    "r": relevant,
                    "q": ctx.is_required(node, &instance),
                    "c": value.trim().is_empty() || ctx.constraint_holds(node, &instance),
                    "v": value,
                }),
                _ => json!({ "r": relevant }),
            };
            out.insert(self.path(&node.name, &instance), said);
        }
        out
    }

    /// Apply one step of a sequence; what it says of itself (a probe's verdict).
    fn apply(&mut self, step: &Op) -> Value {
        match step {
            Op::Set { name, at, value } => {
                model::set_value(&mut self.answers, name, at, value.clone());
                settle_answer(self.form, &mut self.answers, &self.today, name, at);
                json!({})
            }
            Op::Probe { name, value, .. } => {
                let node = self.form.node(name).unwrap();
                json!({ "accepted": type_problem(self.form, &node.kind, value).is_none() })
            }
            Op::Add { repeat, at } => {
                let blank = new_instance(self.form, repeat, &self.answers, at, &self.today);
                model::add_instance(&mut self.answers, repeat, at, blank);
                settle_after(self.form, &mut self.answers, &self.today, repeat);
                json!({})
            }
            Op::Remove { repeat, at, index } => {
                model::remove_instance(&mut self.answers, repeat, at, *index);
                settle_after(self.form, &mut self.answers, &self.today, repeat);
                json!({})
            }
        }
    }
}

/// One step of an answer sequence.
#[derive(Debug, Clone)]
enum Op {
    /// Answer a question (an empty value clears it).
    Set {
        name: String,
        at: Vec<Step>,
        value: String,
    },
    /// Offer a value of the wrong kind (`abc` for a number, the 30th of February): does
    /// the engine take it? Nothing changes.
    Probe {
        name: String,
        at: Vec<Step>,
        value: String,
    },
    /// Add an instance at the end of a repeat held by `at`.
    Add { repeat: String, at: Vec<Step> },
    /// Remove one.
    Remove {
        repeat: String,
        at: Vec<Step>,
        index: usize,
    },
}

impl Op {
    fn to_json(&self, sauti: &Sauti<'_>) -> Value {
        match self {
            Op::Set { name, at, value } => {
                json!({ "op": "set", "path": sauti.path(name, at), "value": value })
            }
            Op::Probe { name, at, value } => {
                json!({ "op": "probe", "path": sauti.path(name, at), "value": value })
            }
            Op::Add { repeat, at } => json!({ "op": "add", "path": sauti.path(repeat, at) }),
            Op::Remove { repeat, at, index } => {
                json!({ "op": "remove", "path": sauti.path(repeat, at), "index": index })
            }
        }
    }
}

/// The literals a form's expressions compare answers with (`'yes'`, `18`, `'2020-01-01'`):
/// answers drawn from them reach the branches a form has, not only random ones.
fn literals(form: &CompiledForm) -> (Vec<String>, Vec<f64>) {
    let mut strings = Vec::new();
    let mut numbers = Vec::new();
    for (node, _) in form.walk() {
        let exprs = [
            &node.relevant,
            &node.constraint,
            &node.calculation,
            &node.required_if,
            &node.choice_filter,
        ];
        for text in exprs.into_iter().flatten() {
            let chars: Vec<char> = text.chars().collect();
            let mut i = 0;
            while i < chars.len() {
                let c = chars[i];
                if c == '\'' || c == '"' {
                    let end = chars[i + 1..].iter().position(|&d| d == c);
                    if let Some(end) = end {
                        strings.push(chars[i + 1..i + 1 + end].iter().collect());
                        i += end + 2;
                        continue;
                    }
                } else if c.is_ascii_digit()
                    && (i == 0 || !(chars[i - 1].is_alphanumeric() || chars[i - 1] == '_'))
                {
                    let len = chars[i..]
                        .iter()
                        .take_while(|d| d.is_ascii_digit() || **d == '.')
                        .count();
                    let word: String = chars[i..i + len].iter().collect();
                    if let Ok(n) = word.parse() {
                        numbers.push(n);
                    }
                    i += len;
                    continue;
                }
                i += 1;
            }
        }
    }
    strings.sort();
    strings.dedup();
    numbers.sort_by(f64::total_cmp);
    numbers.dedup();
    (strings, numbers)
}

/// A number as a person types it: `3`, `2.5`, `-0.25`.
fn number_text(n: f64) -> String {
    let n = if n == 0.0 { 0.0 } else { n };
    format!("{n}")
}

/// A valid answer for a question of this kind, or `None` when it offers nothing now.
fn valid_value(
    rng: &mut Rng,
    sauti: &Sauti<'_>,
    node: &Node,
    at: &[Step],
    literals: &(Vec<String>, Vec<f64>),
) -> Option<String> {
    let (strings, numbers) = literals;
    let dates: Vec<&String> = strings
        .iter()
        .filter(|s| forms::dates::parse_date(s).is_some())
        .collect();
    let near = |rng: &mut Rng, n: f64| n + [-1.0, 0.0, 1.0][rng.below(3)];
    Some(match &node.kind {
        Kind::Text | Kind::Barcode => {
            if rng.chance(0.6)
                && let Some(s) = rng.pick(strings)
            {
                s.clone()
            } else {
                ["Amina", "x", "42", "Nairobi west"][rng.below(4)].to_string()
            }
        }
        Kind::Integer => {
            let n = match rng.pick(numbers) {
                Some(&n) if rng.chance(0.6) => near(rng, n.trunc()),
                _ => rng.below(100) as f64 - 2.0,
            };
            number_text(n)
        }
        Kind::Decimal => {
            let n = match rng.pick(numbers) {
                Some(&n) if rng.chance(0.6) => n + [-0.5, 0.0, 0.5][rng.below(3)],
                _ => rng.below(400) as f64 / 4.0 - 5.0,
            };
            number_text(n)
        }
        Kind::Date => match rng.pick(&dates) {
            Some(d) if rng.chance(0.5) => d.to_string(),
            _ => format!(
                "{}-{:02}-{:02}",
                1940 + rng.below(90),
                1 + rng.below(12),
                1 + rng.below(28)
            ),
        },
        Kind::Time => format!("{:02}:{:02}:00", rng.below(24), rng.below(60)),
        Kind::DateTime => format!(
            "{}-{:02}-{:02}T{:02}:{:02}:00",
            1990 + rng.below(40),
            1 + rng.below(12),
            1 + rng.below(28),
            rng.below(24),
            rng.below(60)
        ),
        Kind::Geopoint => format!(
            "{} {}",
            number_text(rng.below(17000) as f64 / 100.0 - 85.0),
            number_text(rng.below(35000) as f64 / 100.0 - 175.0)
        ),
        // A line or area of a few points around one place (never `0 0`, which ODK's engine
        // reads as no location): distinct points, the area closed on its first as the
        // phone closes it.
        Kind::Geotrace | Kind::Geoshape => {
            let (lat, lon) = (
                rng.below(17000) as f64 / 100.0 - 85.0 + 0.005,
                rng.below(35000) as f64 / 100.0 - 175.0 + 0.005,
            );
            let count = if node.kind == Kind::Geoshape { 3 } else { 2 } + rng.below(3);
            let mut points: Vec<String> = (0..count)
                .map(|i| {
                    let angle = i as f64 * std::f64::consts::TAU / count as f64;
                    format!(
                        "{} {} 0 0",
                        number_text(((lat + 0.001 * angle.cos()) * 1e6).round() / 1e6),
                        number_text(((lon + 0.001 * angle.sin()) * 1e6).round() / 1e6)
                    )
                })
                .collect();
            if node.kind == Kind::Geoshape {
                points.push(points[0].clone());
            }
            points.join(";")
        }
        Kind::Acknowledge => "OK".into(),
        Kind::SelectOne { .. } | Kind::SelectMultiple { .. } | Kind::Rank { .. } => {
            let offered: Vec<String> = sauti
                .ctx()
                .visible_choices(node, at)
                .into_iter()
                .map(|c| c.name)
                .collect();
            if offered.is_empty() {
                return None;
            }
            match &node.kind {
                Kind::SelectOne { .. } => rng.pick(&offered)?.clone(),
                Kind::SelectMultiple { .. } => {
                    let chosen: Vec<&str> = offered
                        .iter()
                        .filter(|_| rng.chance(0.4))
                        .map(String::as_str)
                        .collect();
                    chosen.join(" ")
                }
                _ => {
                    let mut order = offered.clone();
                    for i in (1..order.len()).rev() {
                        order.swap(i, rng.below(i + 1));
                    }
                    order.join(" ")
                }
            }
        }
        Kind::Range { start, end, step } => {
            let steps = ((end - start) / step).abs().floor() as usize;
            number_text(start + (rng.below(steps + 1) as f64) * step.abs() * (end - start).signum())
        }
        _ => return None,
    })
}

/// Values a question of this kind must not take (the wrong kind of text, a day that does
/// not exist, a choice that is not offered).
fn invalid_values(kind: &Kind) -> Vec<String> {
    let v: &[&str] = match kind {
        Kind::Integer => &["abc", "1.5", "1 2"],
        Kind::Decimal => &["abc", "1,5"],
        Kind::Date => &["2023-02-30", "2023-13-01", "tomorrow"],
        Kind::Time => &["25:00:00", "8h30"],
        Kind::DateTime => &["2024-01-01", "noon"],
        Kind::Geopoint => &["95 0", "12.5", "a b"],
        Kind::Geotrace => &["12.5 3", "12.5 3;95 0", "a b;1 2"],
        Kind::Geoshape => &["12.5 3;12.6 3;12.5 3.1", "12.5 3;12.6 3;95 0;12.5 3"],
        Kind::SelectOne { .. } | Kind::SelectMultiple { .. } => &["zz_not_a_choice"],
        Kind::Range { .. } => &["x"],
        _ => &[],
    };
    let mut out: Vec<String> = v.iter().map(|s| s.to_string()).collect();
    if let Kind::Range { start, end, step } = kind {
        out.push(number_text(start.max(*end) + step.abs()));
    }
    out
}

/// A repeat the enumerator adds instances to (not one sized by `repeat_count`).
fn open_repeat(sauti: &Sauti<'_>, node: &Node) -> bool {
    node.kind == Kind::Repeat
        && sauti
            .form
            .exprs(&node.name)
            .is_none_or(|e| e.repeat_count.is_none())
}

/// The next step of a sequence, chosen from what Sauti asks now.
fn next_op(rng: &mut Rng, sauti: &Sauti<'_>, lits: &(Vec<String>, Vec<f64>)) -> Option<Op> {
    let ctx = sauti.ctx();
    let placed = sauti.placed();
    let mut adds = Vec::new();
    let mut removes = Vec::new();
    let mut questions = Vec::new();
    for (node, at) in &placed {
        if !ctx.is_relevant(&node.name, at) {
            continue;
        }
        if open_repeat(sauti, node) {
            let n = model::repeat_len(&sauti.answers, &node.name, at);
            if n < 3 {
                adds.push((node, at));
            }
            if n > 0 {
                removes.push((node, at, n));
            }
        } else if node.kind.takes_input()
            && !node.read_only
            && !matches!(node.kind, Kind::Media { .. })
        {
            questions.push((node, at));
        }
    }
    if !adds.is_empty() && (questions.is_empty() || rng.chance(0.15)) {
        let (node, at) = rng.pick(&adds)?;
        return Some(Op::Add {
            repeat: node.name.clone(),
            at: at.to_vec(),
        });
    }
    if !removes.is_empty() && rng.chance(0.03) {
        let (node, at, n) = rng.pick(&removes)?;
        return Some(Op::Remove {
            repeat: node.name.clone(),
            at: at.to_vec(),
            index: rng.below(*n),
        });
    }
    let (node, at) = rng.pick(&questions)?;
    let (name, at) = (node.name.clone(), at.to_vec());
    let invalid = invalid_values(&node.kind);
    if rng.chance(0.1)
        && let Some(value) = rng.pick(&invalid)
    {
        return Some(Op::Probe {
            name,
            at,
            value: value.clone(),
        });
    }
    let value = if rng.chance(0.07) {
        String::new()
    } else {
        valid_value(rng, sauti, node, &at, lits)?
    };
    Some(Op::Set { name, at, value })
}

/// Today's date in UTC, the day both engines are run on (Node with `TZ=UTC`).
fn today_utc() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    forms::dates::iso_date((secs / 86_400) as i64)
}

/// One form run on Sauti's side: the sequences (as ODK paths) and Sauti's states after
/// each step (the first before any), with what each step is.
struct Run {
    ops: Vec<(Op, Value)>,
    states: Vec<BTreeMap<String, Value>>,
    kinds: BTreeMap<String, (Kind, bool)>,
    /// The repeats sized by their `repeat_count`.
    counted: BTreeSet<String>,
}

/// A form's runs on Sauti's side, with how its ODK paths name Sauti's nodes.
struct FormRuns {
    name: String,
    runs: Vec<Run>,
    /// ODK's path without indices (`/data/member/age`) → Sauti's node name.
    by_path: BTreeMap<String, String>,
    /// ODK's paths of `select_one_external` questions ([`external_selects`]).
    external: BTreeSet<String>,
}

fn run_sauti(
    form: &CompiledForm,
    root: &str,
    templates: &BTreeMap<String, Vec<(String, bool)>>,
    seed: u64,
    steps: usize,
) -> Run {
    let today = today_utc();
    let lits = literals(form);
    let mut rng = Rng(seed);
    let mut sauti = Sauti::start(form, root, templates.clone(), &today);
    let mut ops = Vec::new();
    let mut states = vec![sauti.state()];
    for _ in 0..steps {
        let Some(op) = next_op(&mut rng, &sauti, &lits) else {
            break;
        };
        let json = op.to_json(&sauti);
        let said = sauti.apply(&op);
        let mut state = sauti.state();
        state.insert(String::new(), said);
        states.push(state);
        ops.push((op, json));
    }
    // Which kind of node each path is, and whether its value is drawn anew by chance or
    // the clock (`random()`, `now()`): such a value differs between any two runs. So does
    // a value worked out from the device's metadata (`${end} - ${start}`): ODK's engine
    // in Node preloads no `start`/`end`, Sauti's phone does (tests/odk/README.md).
    // A default read from the clock (`now()`: the moment the interview starts, on the
    // phone and in ODK alike) differs between any two runs too, as does what reads it;
    // and what is worked out from a value of chance (`if(${randomiser} < 0.5, 'PEEK',
    // 'PEEK_minimal')`, and the relevance of the groups it chooses between).
    let graph = form.graph();
    let mut from_device = BTreeSet::new();
    for (node, location) in form.walk() {
        let clock_default = node
            .default
            .as_deref()
            .is_some_and(|d| d.contains("now()") || d.contains("random()"));
        if matches!(node.kind, Kind::Meta { .. }) || clock_default || graph.is_volatile(location.id)
        {
            from_device.insert(location.id);
            from_device.extend(graph.affected(location.id, |_| true, |_| false));
        }
    }
    let mut kinds = BTreeMap::new();
    for (node, location) in form.walk() {
        let volatile = graph.is_volatile(location.id) || from_device.contains(&location.id);
        kinds.insert(node.name.clone(), (node.kind.clone(), volatile));
    }
    let counted = form
        .walk()
        .into_iter()
        .filter(|(n, _)| n.kind == Kind::Repeat && !open_repeat(&sauti, n))
        .map(|(n, _)| n.name.clone())
        .collect();
    Run {
        ops,
        states,
        kinds,
        counted,
    }
}

/// Whether two values of a node of this kind mean the same: equal text, or the same
/// number written two ways (ODK writes a decimal `3` as `3.0` and a geopoint's altitude
/// `100` as `100.0`), or for a multiple choice, the same choices in another order.
fn same_value(kind: &Kind, sauti: &str, odk: &str) -> bool {
    if sauti == odk {
        return true;
    }
    // A line's or area's points are separated by `;`.
    let numbers = |s: &str| -> Option<Vec<f64>> {
        s.split(|c: char| c.is_whitespace() || c == ';')
            .filter(|w| !w.is_empty())
            .map(|w| w.parse::<f64>().ok().filter(|n| n.is_finite()))
            .collect()
    };
    if let (Some(a), Some(b)) = (numbers(sauti), numbers(odk))
        && !a.is_empty()
        && a.len() == b.len()
        && a.iter()
            .zip(&b)
            .all(|(x, y)| (x - y).abs() <= 1e-9 * x.abs().max(y.abs()).max(1.0))
    {
        return true;
    }
    if let Kind::SelectMultiple { .. } = kind {
        let mut a: Vec<&str> = sauti.split_whitespace().collect();
        let mut b: Vec<&str> = odk.split_whitespace().collect();
        a.sort_unstable();
        b.sort_unstable();
        return a == b;
    }
    false
}

/// The deliberate deviations (tests/odk/README.md), by the name the README gives them.
const NOT_ASKED: &str = "an answer not asked is not kept";
const NOT_OFFERED: &str = "a choice no longer offered is cleared";
const EXTERNAL: &str = "select_one_external offers its list";
const FRACTION: &str = "a fraction in a whole-number question";
const COUNT_KEEPS: &str = "a lowered repeat_count keeps instances holding answers";

/// The questions ODK's engine shows as text boxes: `select_one_external`, whose list is
/// a file pyxform expects beside the form (`itemsets.csv`), an `<input query=…>`.
fn external_selects(xml: &str) -> BTreeSet<String> {
    xml.split("<input ref=\"")
        .skip(1)
        .filter_map(|rest| {
            let (path, after) = rest.split_once('"')?;
            after
                .split_once('>')?
                .0
                .contains("query=")
                .then(|| path.to_string())
        })
        .collect()
}

/// A deliberate deviation a difference is explained by (tests/odk/README.md), by name.
fn deviation(
    kind: &Kind,
    field: &str,
    op: Option<&Op>,
    sauti: &Value,
    odk: &Value,
) -> Option<&'static str> {
    if field == "accepted"
        && let Some(Op::Probe { value, .. }) = op
        && matches!(kind, Kind::Integer | Kind::Range { .. })
        && sauti == &json!(false)
        && odk == &json!(true)
        && value.parse::<f64>().is_ok_and(|n| n.fract() != 0.0)
    {
        return Some(FRACTION);
    }
    None
}

/// The differences between Sauti's and ODK's states after one step, as lines; each
/// deliberate deviation met is counted in `explained`.
fn differences(
    run: &Run,
    step: usize,
    sauti: &BTreeMap<String, Value>,
    odk: &serde_json::Map<String, Value>,
    (by_path, external): (&BTreeMap<String, String>, &BTreeSet<String>),
    explained: &mut BTreeMap<&'static str, usize>,
) -> (Vec<String>, bool) {
    let mut out = Vec::new();
    let op = step.checked_sub(1).map(|i| &run.ops[i].0);
    for (key, why) in [("unasked", NOT_ASKED), ("unoffered", NOT_OFFERED)] {
        if let Some(n) = odk.get("").and_then(|v| v[key].as_u64())
            && n > 0
        {
            *explained.entry(why).or_default() += n as usize;
        }
    }
    for (path, said) in sauti {
        let Some(theirs) = odk.get(path) else {
            out.push(format!("{path}: not in ODK's instance"));
            continue;
        };
        let (kind, volatile) = if path.is_empty() {
            let name = match op {
                Some(Op::Probe { name, .. }) => name.clone(),
                _ => String::new(),
            };
            run.kinds.get(&name).cloned().unwrap_or((Kind::Text, false))
        } else {
            let template = strip_indices(path);
            run.kinds[&by_path[&template]].clone()
        };
        let said = said.as_object().unwrap();
        let relevant = said.get("r") == Some(&json!(true)) && theirs.get("r") == Some(&json!(true));
        for (field, mine) in said {
            let other = theirs.get(field).unwrap_or(&Value::Null);
            // Answers, requirements, constraints and instances of what is not asked do
            // not matter.
            if field != "r" && field != "accepted" && !relevant && !path.is_empty() {
                continue;
            }
            // Nor whether a question is asked when that follows from chance or the clock.
            if field == "r" && volatile && !path.is_empty() {
                continue;
            }
            if field == "v" && (volatile || matches!(kind, Kind::Meta { .. })) {
                continue;
            }
            // Nor whether a value drawn from the clock passes a constraint that reads the
            // clock again (`. < now()` on a default `now()`): in ODK it depends on whether
            // a millisecond ticked between the two (it did in about one run in three).
            if field == "c" && volatile {
                continue;
            }
            let same = match (mine, other) {
                (Value::String(a), Value::String(b)) if field == "v" => same_value(&kind, a, b),
                (a, b) => a == b,
            };
            if same {
                continue;
            }
            // A count lowered below instances holding answers: Sauti keeps them, so the
            // rest of the sequence runs on other instances; it is not compared.
            if field == "n"
                && matches!(kind, Kind::Repeat)
                && run.counted.contains(&by_path[&strip_indices(path)])
                && mine.as_u64() > other.as_u64()
            {
                *explained.entry(COUNT_KEEPS).or_default() += 1;
                return (Vec::new(), true);
            }
            let question = match (path.is_empty(), step) {
                (true, 1..) => run.ops[step - 1].1["path"]
                    .as_str()
                    .unwrap_or("")
                    .to_string(),
                _ => path.clone(),
            };
            if (field == "v" || field == "accepted") && external.contains(&strip_indices(&question))
            {
                *explained.entry(EXTERNAL).or_default() += 1;
                continue;
            }
            if let Some(why) = deviation(&kind, field, op, mine, other) {
                *explained.entry(why).or_default() += 1;
                continue;
            }
            out.push(format!("{path} {field}: Sauti {mine}, ODK {other}"));
        }
    }
    if let Some(missing) = odk.get("").and_then(|v| v.get("missing")) {
        out.push(format!("ODK has no node {missing}"));
    }
    (out, false)
}

/// `/data/member[2]/age` → `/data/member/age`.
fn strip_indices(path: &str) -> String {
    let mut out = String::new();
    let mut skipping = false;
    for c in path.chars() {
        match c {
            '[' => skipping = true,
            ']' => skipping = false,
            _ if !skipping => out.push(c),
            _ => {}
        }
    }
    out
}

fn env_number(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

#[test]
#[ignore = "needs node, @getodk/xforms-engine and pyxform: scripts/test.sh runs it"]
fn sauti_behaves_as_odks_engine_on_the_corpus() {
    let (Ok(modules), Ok(python)) = (
        std::env::var("SAUTI_XFORMS_ENGINE"),
        std::env::var("SAUTI_PYXFORM"),
    ) else {
        eprintln!(
            "SKIPPED: set SAUTI_XFORMS_ENGINE (node_modules with @getodk/xforms-engine) and SAUTI_PYXFORM (pyxform's python); scripts/setup.sh --browser installs both"
        );
        return;
    };
    let engine = Path::new(&modules).join("@getodk/xforms-engine/package.json");
    if !engine.exists() || Command::new("node").arg("--version").output().is_err() {
        eprintln!("SKIPPED: node or {} is not installed", engine.display());
        return;
    }
    let sequences = env_number("SAUTI_ODK_SEQUENCES", SEQUENCES);
    let steps = env_number("SAUTI_ODK_STEPS", STEPS);
    let scratch = std::env::temp_dir().join(format!("sauti-odk-{}", std::process::id()));
    std::fs::create_dir_all(&scratch).unwrap();

    let mut jobs = Vec::new();
    let mut runs: Vec<FormRuns> = Vec::new();
    let mut skipped = Vec::new();
    for case in corpus() {
        let bytes = std::fs::read(&case.path).unwrap();
        let file = case.path.file_name().unwrap().to_string_lossy().to_string();
        let imported = forms::xlsform::import_with_files(&bytes, &file, &attached_files(&case));
        let xml = xform(&python, &case, &scratch);
        let (imported, xml) = match (imported, xml) {
            (Ok(i), Ok(x)) => (i, x),
            (Err(e), Ok(_)) => {
                skipped.push(format!("{}: Sauti refuses it ({e})", case.name));
                continue;
            }
            (_, Err(e)) => {
                skipped.push(format!("{}: pyxform refuses it ({})", case.name, e.trim()));
                continue;
            }
        };
        let form = imported.form.compile().unwrap();
        let root = root_name(&xml);
        let templates = templates(&form.form.body, &root, &xml);
        let by_path: BTreeMap<String, String> = templates
            .clone()
            .into_iter()
            .map(|(name, t)| (odk_path(&root, &t, &[]), name))
            .collect();
        let form_runs: Vec<Run> = (0..sequences)
            .map(|i| run_sauti(&form, &root, &templates, 0x5A07 + i as u64, steps))
            .collect();
        jobs.push(json!({
            "name": case.name,
            "xml": xml,
            "attachments": case.attachments,
            "sequences": form_runs.iter().map(|r| r.ops.iter().map(|(_, j)| j.clone()).collect::<Vec<_>>()).collect::<Vec<_>>(),
        }));
        runs.push(FormRuns {
            name: case.name,
            runs: form_runs,
            by_path,
            external: external_selects(&xml),
        });
    }
    std::fs::remove_dir_all(&scratch).ok();

    let mut node = Command::new("node")
        .arg(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/odk/replay.mjs"))
        .arg(&modules)
        .env("TZ", "UTC")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("node runs");
    let input = serde_json::to_vec(&json!({ "forms": jobs })).unwrap();
    // The job, to replay by hand: `node tests/odk/replay.mjs <modules> < job.json`.
    if let Ok(file) = std::env::var("SAUTI_ODK_JOB") {
        std::fs::write(file, &input).unwrap();
    }
    let mut stdin = node.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        use std::io::Write;
        stdin.write_all(&input).unwrap();
    });
    let output = node.wait_with_output().unwrap();
    writer.join().unwrap();
    assert!(output.status.success(), "replay.mjs failed (above)");
    let results: Vec<Value> = serde_json::from_slice(&output.stdout).unwrap();

    let mut report = Vec::new();
    let mut explained = BTreeMap::new();
    let mut compared = (0, 0, 0);
    for (form, result) in runs.iter().zip(&results) {
        let (name, form_runs) = (&form.name, &form.runs);
        let (by_path, external) = (&form.by_path, &form.external);
        assert_eq!(result["name"], json!(name));
        if let Some(error) = result.get("error") {
            report.push(format!("{name}: ODK's engine cannot run it: {error}"));
            continue;
        }
        compared.0 += 1;
        for (i, (run, theirs)) in form_runs
            .iter()
            .zip(result["runs"].as_array().unwrap())
            .enumerate()
        {
            compared.1 += 1;
            for (step, (mine, odk)) in run
                .states
                .iter()
                .zip(theirs.as_array().unwrap())
                .enumerate()
            {
                compared.2 += 1;
                let (diffs, stop) = differences(
                    run,
                    step,
                    mine,
                    odk.as_object().unwrap(),
                    (by_path, external),
                    &mut explained,
                );
                if stop {
                    break;
                }
                if !diffs.is_empty() {
                    let after = match step {
                        0 => "at the start".to_string(),
                        _ => format!("after step {step} {}", run.ops[step - 1].1),
                    };
                    report.push(format!(
                        "{name}, sequence {i}, {after}:\n    {}",
                        diffs.join("\n    ")
                    ));
                    // Later states follow from this one: the first difference is the news.
                    break;
                }
            }
        }
    }
    eprintln!(
        "compared {} forms, {} sequences, {} states; deliberate deviations met: {explained:?}",
        compared.0, compared.1, compared.2
    );
    for line in &skipped {
        eprintln!("not compared: {line}");
    }
    assert!(
        report.is_empty(),
        "{} differences between Sauti and ODK's engine:\n{}",
        report.len(),
        report.join("\n")
    );
}
