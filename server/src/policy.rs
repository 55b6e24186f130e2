//! A project's data-governance policy: the partners' agreement written as a TOML file and
//! enforced by the server. It says what each purpose may be kept for, which questions
//! identify a person, what each role sees, and what each export profile lets out (which
//! purpose, which fields, how identifiers are treated, how quasi-identifiers are coarsened,
//! and the k of k-anonymity).
//!
//! A policy is checked against the project's form and consent template before it is used:
//! every problem is reported at once, naming the table and key, so a steward fixes the file
//! in one go. Each accepted change is stored as a new version and audited.
//!
//! Parsed with `deny_unknown_fields` (a typo is an error); every problem is reported at
//! once as `[table] key: what is wrong`. Privacy fails closed: a question no tag classifies
//! (policy `[fields]` or the form's `tags`; `plain` says "looked at, harmless") leaves in
//! no export profile and is hidden from a view unless it says `unclassified = "keep"`. A
//! profile also controls the record's own columns (`record = [...]`) and its ids
//! (`record_id`, opaque per profile by default).

use std::collections::BTreeMap;

use forms::consent::ConsentTemplate;
use forms::model::{CompiledForm, Kind};
use serde::{Deserialize, Serialize};

/// The default k of k-anonymity for an export profile.
pub const DEFAULT_K: u32 = 5;

/// What a field is, for governance. Set in the policy (`[fields]`) or in the form (an
/// XLSForm `tags` column with space-separated tags).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Tag {
    /// Names a person on its own: name, phone number, ID number.
    DirectIdentifier,
    /// Identifies in combination: age, sex, village, displacement status.
    QuasiIdentifier,
    /// Harmful if disclosed: health, protection, ethnicity.
    Sensitive,
    /// Typed by hand; may hold anything, including names.
    FreeText,
    /// Looked at and found to identify no one, harm no one: left as it is. A question
    /// with no tag at all is *unclassified*, and unclassified answers do not leave (see
    /// [`View::unclassified`]; export profiles always drop them).
    Plain,
}

impl Tag {
    fn parse(s: &str) -> Option<Tag> {
        match s {
            "direct_identifier" => Some(Tag::DirectIdentifier),
            "quasi_identifier" => Some(Tag::QuasiIdentifier),
            "sensitive" => Some(Tag::Sensitive),
            "free_text" => Some(Tag::FreeText),
            "plain" => Some(Tag::Plain),
            _ => None,
        }
    }
}

/// How an export or a role's view treats a group of fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Treatment {
    /// As collected.
    Keep,
    /// Replaced by a keyed-hash pseudonym: the same value always gives the same
    /// pseudonym within the project, so records still link, but nobody without the
    /// project's secret can reverse it.
    Pseudonymise,
    /// Left out.
    #[default]
    Drop,
}

/// How one quasi-identifier is coarsened in an export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Generalise {
    /// Numbers to bands of this width: 37 with width 10 becomes `30-39`.
    Band(u32),
    /// Dates to their month: `2026-11`.
    Month,
    /// Dates to their year: `2026`.
    Year,
    /// Coordinates rounded to this many decimals (1 ≈ 11 km, 2 ≈ 1 km).
    Coordinates(u8),
    /// Left out of this export.
    Drop,
}

impl Generalise {
    fn parse(s: &str) -> Result<Generalise, String> {
        let (kind, arg) = s.split_once(':').map_or((s, None), |(k, a)| (k, Some(a)));
        let number = |default: u32| -> Result<u32, String> {
            arg.map_or(Ok(default), |a| {
                a.trim()
                    .parse::<u32>()
                    .map_err(|_| format!("`{s}`: `{a}` is not a whole number"))
            })
        };
        match kind.trim() {
            "band" | "age_band" => match number(10)? {
                0 => Err(format!("`{s}`: a band must be at least 1 wide")),
                w => Ok(Generalise::Band(w)),
            },
            "month" => Ok(Generalise::Month),
            "year" => Ok(Generalise::Year),
            "coordinates" => match number(1)? {
                d @ 0..=4 => Ok(Generalise::Coordinates(d as u8)),
                _ => Err(format!("`{s}`: keep 0 to 4 decimals")),
            },
            "drop" => Ok(Generalise::Drop),
            other => Err(format!(
                "`{other}` is not a generalisation; use band:<width>, month, year, \
                 coordinates:<decimals> or drop"
            )),
        }
    }

    /// The kinds of question this generalisation fits.
    fn fits(self, kind: &Kind) -> bool {
        match self {
            Generalise::Band(_) => matches!(kind, Kind::Integer | Kind::Decimal | Kind::Calculate),
            Generalise::Month | Generalise::Year => matches!(
                kind,
                Kind::Date | Kind::DateTime | Kind::Calculate | Kind::Meta { .. }
            ),
            Generalise::Coordinates(_) => {
                matches!(kind, Kind::Geopoint | Kind::Geotrace | Kind::Geoshape)
            }
            Generalise::Drop => true,
        }
    }

    /// The coarsened value; blank stays blank, and what cannot be read is withheld.
    pub fn apply(self, value: &str) -> String {
        let value = value.trim();
        if value.is_empty() {
            return String::new();
        }
        match self {
            Generalise::Band(width) => match value.parse::<f64>() {
                Ok(n) if n.is_finite() => {
                    let low = (n / f64::from(width)).floor() as i64 * i64::from(width);
                    format!("{low}-{}", low + i64::from(width) - 1)
                }
                _ => String::new(),
            },
            Generalise::Month => value.get(..7).unwrap_or_default().to_string(),
            Generalise::Year => value.get(..4).unwrap_or_default().to_string(),
            // Every point of a line or area rounded alike (`;` between them), as ODK
            // writes them; a text that is not places leaks nothing.
            Generalise::Coordinates(decimals) => match forms::geo::parse_path(value) {
                Some(points) if !points.is_empty() => {
                    let d = usize::from(decimals);
                    points
                        .iter()
                        .map(|p| format!("{:.d$} {:.d$}", p.lat, p.lon))
                        .collect::<Vec<_>>()
                        .join(";")
                }
                _ => String::new(),
            },
            Generalise::Drop => String::new(),
        }
    }
}

/// One purpose's rules.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PurposeRule {
    /// Days a record is kept for this purpose, counted from when the server received it.
    pub retention_days: u32,
}

/// Rules for a category of data (a tag), across purposes.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CategoryRule {
    /// After this many days the category's answers are blanked in every record.
    pub retention_days: u32,
}

/// What a role sees of submissions on the server.
#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct View {
    /// Direct identifiers.
    #[serde(default)]
    pub identifiers: Treatment,
    /// Answers typed by hand (may hold names).
    #[serde(default = "keep")]
    pub free_text: Treatment,
    /// Sensitive answers.
    #[serde(default = "keep")]
    pub sensitive: Treatment,
    /// Answers of questions the policy does not classify (no tag from the policy or the
    /// form): left out unless the policy says otherwise. A new form version's new
    /// questions stay hidden until someone classifies them: privacy fails closed.
    #[serde(default)]
    pub unclassified: Treatment,
}

fn keep() -> Treatment {
    Treatment::Keep
}

/// What each role sees. Admins and enumerators see no submissions; partners only the
/// exports shared with them.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Roles {
    #[serde(default = "Roles::steward_default")]
    pub steward: View,
    #[serde(default = "Roles::reviewer_default")]
    pub reviewer: View,
}

impl Roles {
    fn steward_default() -> View {
        View {
            identifiers: Treatment::Keep,
            free_text: Treatment::Keep,
            sensitive: Treatment::Keep,
            unclassified: Treatment::Drop,
        }
    }
    fn reviewer_default() -> View {
        View {
            identifiers: Treatment::Pseudonymise,
            free_text: Treatment::Keep,
            sensitive: Treatment::Keep,
            unclassified: Treatment::Drop,
        }
    }
}

impl Default for Roles {
    fn default() -> Roles {
        Roles {
            steward: Roles::steward_default(),
            reviewer: Roles::reviewer_default(),
        }
    }
}

/// An export profile as written in the file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct ProfileFile {
    #[serde(default)]
    description: String,
    purpose: String,
    /// The questions exported; all of them when left out.
    fields: Option<Vec<String>>,
    #[serde(default)]
    identifiers: Treatment,
    #[serde(default)]
    free_text: Treatment,
    #[serde(default = "keep")]
    sensitive: Treatment,
    #[serde(default)]
    generalise: BTreeMap<String, String>,
    /// k of k-anonymity over the quasi-identifiers; 1 turns the check off.
    k: Option<u32>,
    #[serde(default)]
    shared_with: Vec<String>,
    #[serde(default)]
    hxl: bool,
    /// The record's id as it is (`keep`) or an opaque id of this profile's own
    /// (`pseudonymise`, the default): rows of one profile link across its tables and
    /// downloads, never to another profile's export.
    #[serde(default = "pseudonymise")]
    record_id: Treatment,
    /// The record's own columns exported (see [`RECORD_COLUMNS`]); the default leaves out
    /// the times and the consent language. `generalise` may coarsen the times.
    record: Option<Vec<String>>,
}

fn pseudonymise() -> Treatment {
    Treatment::Pseudonymise
}

/// The record's own columns a profile may export besides its id: when the server received
/// it and when the phone saved it (quasi-identifiers: to the millisecond they single a
/// household out), the form version, and the consent's language, method and purposes, and
/// whether its text's recording was played (`yes`/`no`: respondents who do not read).
pub const RECORD_COLUMNS: &[&str] = &[
    "form_version",
    "received_at",
    "saved_at",
    "consent_language",
    "consent_method",
    "consent_purposes",
    "consent_audio",
];

/// The record columns of a profile that does not list them.
pub const DEFAULT_RECORD_COLUMNS: &[&str] = &[
    "form_version",
    "consent_method",
    "consent_purposes",
    "consent_audio",
];

/// An export profile: what one kind of export lets out.
#[derive(Debug, Clone)]
pub struct Profile {
    pub name: String,
    pub description: String,
    pub purpose: String,
    /// The questions exported; `None`: all of them.
    pub fields: Option<Vec<String>>,
    pub identifiers: Treatment,
    pub free_text: Treatment,
    pub sensitive: Treatment,
    pub generalise: BTreeMap<String, Generalise>,
    pub k: u32,
    /// Usernames of the partner accounts that may download it.
    pub shared_with: Vec<String>,
    /// Add the HXL hashtag row.
    pub hxl: bool,
    /// Export the records' own ids (else an opaque id of this profile's).
    pub keep_record_id: bool,
    /// The record's own columns exported, in [`RECORD_COLUMNS`] order.
    pub record: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct PolicyFile {
    project: String,
    #[serde(default)]
    purposes: BTreeMap<String, PurposeRule>,
    #[serde(default)]
    categories: BTreeMap<String, CategoryRule>,
    #[serde(default)]
    fields: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    hxl: BTreeMap<String, String>,
    #[serde(default)]
    roles: Roles,
    #[serde(default)]
    exports: BTreeMap<String, ProfileFile>,
    /// The public dashboard; none without this section.
    dashboard: Option<crate::dashboard::config::DashboardFile>,
    /// Feedback and complaints; none accepted without this section.
    feedback: Option<crate::feedback::config::FeedbackFile>,
}

/// A parsed, checked policy.
#[derive(Debug, Clone)]
pub struct Policy {
    pub project: String,
    pub purposes: BTreeMap<String, PurposeRule>,
    pub categories: BTreeMap<Tag, CategoryRule>,
    /// Tags set in the policy (the form's own `tags` column adds to these).
    pub fields: BTreeMap<String, Vec<Tag>>,
    /// HXL hashtags set in the policy (the form's `hxl` column is used otherwise).
    pub hxl: BTreeMap<String, String>,
    pub roles: Roles,
    pub exports: BTreeMap<String, Profile>,
    /// The public dashboard (`[dashboard]`); `None`: the project has no public page.
    pub dashboard: Option<crate::dashboard::config::Dashboard>,
    /// Feedback and complaints (`[feedback]`); `None`: the project takes none.
    pub feedback: Option<crate::feedback::config::Feedback>,
}

/// Everything wrong with a policy file, each problem on its own line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PolicyProblems(pub Vec<String>);

impl std::fmt::Display for PolicyProblems {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0.join("\n"))
    }
}

impl Policy {
    /// The oldest `received_at` (RFC 3339, UTC) a record may have and still leave for
    /// `purpose` at `now`: a purpose's retention ends its exports the day it passes, not
    /// at the next daily purge, and a record that also serves a longer purpose does not
    /// carry this one past its retention. A purpose the policy gives no retention keeps its
    /// records, as the purge keeps them (`purge.rs`): no bound.
    pub fn held_since(&self, purpose: &str, now: time::OffsetDateTime) -> String {
        match self.purposes.get(purpose) {
            // Days past the calendar's start ("forever" written as 99999999): no bound.
            Some(rule) => now
                .checked_sub(time::Duration::days(i64::from(rule.retention_days)))
                .and_then(|t| {
                    t.format(&time::format_description::well_known::Rfc3339)
                        .ok()
                })
                .unwrap_or_default(),
            // Earlier than any time written as RFC 3339.
            None => String::new(),
        }
    }

    /// The policy of a project that has not written one: stewards see everything,
    /// reviewers see pseudonyms, and one profile exports the needs assessment with
    /// identifiers dropped and k = 5.
    pub fn default_for(project: &str) -> Policy {
        let mut exports = BTreeMap::new();
        exports.insert(
            "steward".to_string(),
            Profile {
                name: "steward".into(),
                description: "Approved needs assessments, identifiers dropped".into(),
                purpose: forms::consent::NEEDS_ASSESSMENT.into(),
                fields: None,
                identifiers: Treatment::Drop,
                free_text: Treatment::Drop,
                sensitive: Treatment::Keep,
                generalise: BTreeMap::new(),
                k: DEFAULT_K,
                shared_with: Vec::new(),
                hxl: false,
                keep_record_id: false,
                record: DEFAULT_RECORD_COLUMNS
                    .iter()
                    .map(|c| c.to_string())
                    .collect(),
            },
        );
        Policy {
            project: project.into(),
            purposes: BTreeMap::new(),
            categories: BTreeMap::new(),
            fields: BTreeMap::new(),
            hxl: BTreeMap::new(),
            roles: Roles::default(),
            exports,
            dashboard: None,
            feedback: None,
        }
    }

    /// Parse a policy file and check it against the project's form and consent template.
    /// `partners`: usernames of the project's partner accounts.
    pub fn parse(
        source: &str,
        form: &CompiledForm,
        template: &ConsentTemplate,
        partners: &[String],
    ) -> Result<Policy, PolicyProblems> {
        let file: PolicyFile =
            toml::from_str(source).map_err(|e| PolicyProblems(vec![toml_problem(source, &e)]))?;
        Policy::build(file, Some((form, template, partners)))
    }

    /// Parse a stored policy without checking it against a form (it was checked when it
    /// was installed; the form may have moved on since).
    pub fn parse_unchecked(source: &str) -> Result<Policy, PolicyProblems> {
        let file: PolicyFile =
            toml::from_str(source).map_err(|e| PolicyProblems(vec![toml_problem(source, &e)]))?;
        Policy::build(file, None)
    }

    fn build(
        file: PolicyFile,
        against: Option<(&CompiledForm, &ConsentTemplate, &[String])>,
    ) -> Result<Policy, PolicyProblems> {
        let mut problems = Vec::new();
        let question = |table: &str, name: &str, problems: &mut Vec<String>| -> Option<Kind> {
            let (form, _, _) = against?;
            match form.node(name) {
                Some(node) => Some(node.kind.clone()),
                None => {
                    problems.push(format!(
                        "[{table}]: `{name}` is not a question of form `{}`",
                        form.form.id
                    ));
                    None
                }
            }
        };
        let known_purpose = |p: &str| {
            against.is_none_or(|(_, template, _)| template.purposes.iter().any(|t| t.id == p))
        };
        let purpose_list = || {
            against
                .map(|(_, template, _)| {
                    template
                        .purposes
                        .iter()
                        .map(|p| p.id.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                })
                .unwrap_or_default()
        };
        for name in file.purposes.keys() {
            if !known_purpose(name) {
                problems.push(format!(
                    "[purposes.{name}]: the consent template has no purpose `{name}` (it has: {})",
                    purpose_list()
                ));
            }
        }
        for (name, rule) in &file.purposes {
            if rule.retention_days == 0 {
                problems.push(format!(
                    "[purposes.{name}] retention_days: must be at least 1 day"
                ));
            }
        }
        let mut categories = BTreeMap::new();
        for (name, rule) in file.categories {
            match Tag::parse(&name) {
                Some(tag) => {
                    categories.insert(tag, rule);
                }
                None => problems.push(format!(
                    "[categories.{name}]: not a category; use direct_identifier, \
                     quasi_identifier, sensitive, free_text or plain"
                )),
            }
        }
        let mut fields = BTreeMap::new();
        for (name, tags) in &file.fields {
            question("fields", name, &mut problems);
            let mut parsed = Vec::new();
            for t in tags {
                match Tag::parse(t) {
                    Some(tag) => parsed.push(tag),
                    None => problems.push(format!(
                        "[fields] {name}: `{t}` is not a tag; use direct_identifier, \
                         quasi_identifier, sensitive, free_text or plain"
                    )),
                }
            }
            fields.insert(name.clone(), parsed);
        }
        for (name, tag) in &file.hxl {
            question("hxl", name, &mut problems);
            if !is_hxl_tag(tag) {
                problems.push(format!(
                    "[hxl] {name}: `{tag}` is not an HXL hashtag (like #adm1+name or #affected)"
                ));
            } else if against.is_some() && !crate::export::hxl::is_core(tag) {
                // Checked when a policy is installed; a stored one still reads, and its
                // exports use a tag of their own for the column.
                problems.push(format!(
                    "[hxl] {name}: `{tag}` is not a hashtag of the HXL core dictionary \
                     (like #adm1, #affected, #need, #service or #respondee, with any attributes)"
                ));
            }
        }
        let mut exports = BTreeMap::new();
        for (name, p) in file.exports {
            let table = format!("exports.{name}");
            if !known_purpose(&p.purpose) {
                problems.push(format!(
                    "[{table}] purpose: the consent template has no purpose `{}` (it has: {})",
                    p.purpose,
                    purpose_list()
                ));
            }
            for f in p.fields.iter().flatten() {
                question(&format!("{table}] fields: [..."), f, &mut problems);
            }
            let record: Vec<String> = match &p.record {
                Some(listed) => {
                    for c in listed {
                        if !RECORD_COLUMNS.contains(&c.as_str()) {
                            problems.push(format!(
                                "[{table}] record: `{c}` is not a record column; use {}",
                                RECORD_COLUMNS.join(", ")
                            ));
                        }
                    }
                    RECORD_COLUMNS
                        .iter()
                        .filter(|c| listed.iter().any(|l| l == *c))
                        .map(|c| c.to_string())
                        .collect()
                }
                None => DEFAULT_RECORD_COLUMNS
                    .iter()
                    .map(|c| c.to_string())
                    .collect(),
            };
            if p.record_id == Treatment::Drop {
                problems.push(format!(
                    "[{table}] record_id: keep or pseudonymise (a table's rows need an id to link)"
                ));
            }
            let mut generalise = BTreeMap::new();
            for (field, how) in &p.generalise {
                if matches!(field.as_str(), "received_at" | "saved_at") {
                    match Generalise::parse(how) {
                        Ok(g @ (Generalise::Month | Generalise::Year | Generalise::Drop)) => {
                            generalise.insert(field.clone(), g);
                        }
                        Ok(_) => problems.push(format!(
                            "[{table}.generalise] {field}: a time is coarsened to month or year, or dropped"
                        )),
                        Err(e) => problems.push(format!("[{table}.generalise] {field}: {e}")),
                    }
                    continue;
                }
                let kind = question(&format!("{table}.generalise"), field, &mut problems);
                match Generalise::parse(how) {
                    Ok(g) => {
                        if let Some(kind) = kind.filter(|k| !g.fits(k)) {
                            problems.push(format!(
                                "[{table}.generalise] {field}: `{how}` does not fit a question of type {}",
                                kind_name(&kind)
                            ));
                        }
                        generalise.insert(field.clone(), g);
                    }
                    Err(e) => problems.push(format!("[{table}.generalise] {field}: {e}")),
                }
            }
            let k = p.k.unwrap_or(DEFAULT_K);
            if k == 0 {
                problems.push(format!(
                    "[{table}] k: must be at least 1 (1 turns the check off)"
                ));
            }
            for partner in &p.shared_with {
                if against.is_some_and(|(_, _, partners)| !partners.contains(partner)) {
                    problems.push(format!(
                        "[{table}] shared_with: `{partner}` is not a partner account of project `{}`",
                        file.project
                    ));
                }
            }
            exports.insert(
                name.clone(),
                Profile {
                    name,
                    description: p.description,
                    purpose: p.purpose,
                    fields: p.fields,
                    identifiers: p.identifiers,
                    free_text: p.free_text,
                    sensitive: p.sensitive,
                    generalise,
                    k,
                    shared_with: p.shared_with,
                    hxl: p.hxl,
                    keep_record_id: p.record_id == Treatment::Keep,
                    record,
                },
            );
        }
        let dashboard = file.dashboard.map(|d| {
            crate::dashboard::config::check(d, against.map(|(f, t, _)| (f, t)), &mut problems)
        });
        let feedback = file
            .feedback
            .map(|f| crate::feedback::config::check(f, &mut problems));
        if !problems.is_empty() {
            return Err(PolicyProblems(problems));
        }
        Ok(Policy {
            project: file.project,
            purposes: file.purposes,
            categories,
            fields,
            hxl: file.hxl,
            roles: file.roles,
            exports,
            dashboard,
            feedback,
        })
    }

    /// The tags of a question: the policy's, else the form's `tags` column. A select over
    /// a repeat's answers (`select_one ${member_name}`) holds one of them, so it carries
    /// that question's tags too: a name chosen from the roster is still a name.
    pub fn tags(&self, form: &CompiledForm, name: &str) -> Vec<Tag> {
        let mut tags = self.own_tags(form, name);
        if let Some(source) = form.node(name).and_then(|n| n.kind.repeat_source()) {
            for tag in self.own_tags(form, source) {
                if !tags.contains(&tag) {
                    tags.push(tag);
                }
            }
        }
        tags
    }

    fn own_tags(&self, form: &CompiledForm, name: &str) -> Vec<Tag> {
        if let Some(tags) = self.fields.get(name) {
            return tags.clone();
        }
        form.node(name)
            .and_then(|n| n.attributes.get("tags"))
            .map(|t| t.split_whitespace().filter_map(Tag::parse).collect())
            .unwrap_or_default()
    }

    /// The questions of `form` holding answers that neither the policy nor the form
    /// classifies: what no export lets out and what a view hides unless it keeps
    /// unclassified answers. Listed on the policy page so an admin can classify them.
    pub fn unclassified(&self, form: &CompiledForm) -> Vec<String> {
        form.walk()
            .into_iter()
            .map(|(node, _)| node)
            .filter(|n| !matches!(n.kind, Kind::Group | Kind::Repeat | Kind::Note))
            .filter(|n| self.tags(form, &n.name).is_empty())
            .map(|n| n.name.clone())
            .collect()
    }

    /// The HXL hashtag of a question: the policy's, else the form's `hxl` column.
    pub fn hxl_tag(&self, form: &CompiledForm, name: &str) -> Option<String> {
        self.hxl.get(name).cloned().or_else(|| {
            form.node(name)
                .and_then(|n| n.attributes.get("hxl"))
                .filter(|t| is_hxl_tag(t))
                .cloned()
        })
    }
}

/// A question type as XLSForm writes it, for messages.
fn kind_name(kind: &Kind) -> &str {
    match kind {
        Kind::Text => "text",
        Kind::Integer => "integer",
        Kind::Decimal => "decimal",
        Kind::Date => "date",
        Kind::Time => "time",
        Kind::DateTime => "dateTime",
        Kind::Geopoint => "geopoint",
        Kind::Geotrace => "geotrace",
        Kind::Geoshape => "geoshape",
        Kind::Barcode => "barcode",
        Kind::Acknowledge => "acknowledge",
        Kind::SelectOne { .. } => "select_one",
        Kind::SelectMultiple { .. } => "select_multiple",
        Kind::Rank { .. } => "rank",
        Kind::Range { .. } => "range",
        Kind::Media { media } => media,
        Kind::Note => "note",
        Kind::Calculate => "calculate",
        Kind::Hidden => "hidden",
        Kind::Meta { field } => field,
        Kind::Group => "group",
        Kind::Repeat => "repeat",
    }
}

use crate::export::hxl::well_formed as is_hxl_tag;

/// A TOML syntax error as "line L, column C: message".
fn toml_problem(source: &str, e: &toml::de::Error) -> String {
    let message = e.message().trim().to_string();
    match e.span() {
        Some(span) => {
            let before = &source[..span.start.min(source.len())];
            let line = before.matches('\n').count() + 1;
            let column = before.len() - before.rfind('\n').map_or(0, |i| i + 1) + 1;
            format!("line {line}, column {column}: {message}")
        }
        None => message,
    }
}

/// The demo policy, parsed against the demo form, for the tests of the modules that apply
/// a policy.
#[cfg(test)]
pub(crate) fn demo_policy() -> (Policy, CompiledForm) {
    let form = forms::demo::household_form().compile().unwrap();
    let policy = Policy::parse(
        crate::seed::DEMO_POLICY,
        &form,
        &forms::demo::household_consent(),
        &["partner".to_string()],
    )
    .unwrap();
    (policy, form)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn demo() -> (CompiledForm, ConsentTemplate) {
        (
            forms::demo::household_form().compile().unwrap(),
            forms::demo::household_consent(),
        )
    }

    /// A member chosen from the roster is tagged like the roster's names.
    #[test]
    fn a_select_over_a_repeat_s_answers_carries_their_tags() {
        let (policy, _) = demo_policy();
        let mut form = forms::demo::household_form();
        form.body.push(forms::model::Node::new(
            "speaker",
            Kind::SelectOne {
                list: "${member_name}".into(),
            },
        ));
        let form = form.compile().unwrap();
        assert_eq!(
            policy.tags(&form, "speaker"),
            policy.tags(&form, "member_name")
        );
        assert!(!policy.tags(&form, "speaker").is_empty());
    }

    #[test]
    fn the_demo_policy_is_valid() {
        let (form, template) = demo();
        let policy = Policy::parse(
            crate::seed::DEMO_POLICY,
            &form,
            &template,
            &["partner".to_string()],
        )
        .unwrap();
        assert_eq!(policy.project, "demo");
        let partners = &policy.exports["partners"];
        assert_eq!(partners.identifiers, Treatment::Drop);
        assert_eq!(partners.shared_with, ["partner"]);
        assert!(
            policy
                .tags(&form, "respondent_name")
                .contains(&Tag::DirectIdentifier)
        );
    }

    #[test]
    fn an_hxl_hashtag_outside_the_core_dictionary_is_refused_at_install_only() {
        let (form, template) = demo();
        let source = crate::seed::DEMO_POLICY.replace("#impact+shelter+damage", "#shelter+damage");
        let Err(problems) = Policy::parse(&source, &form, &template, &["partner".to_string()])
        else {
            panic!("refused");
        };
        let problems = problems.0;
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(
            problems[0].starts_with("[hxl] shelter_damage:"),
            "{problems:?}"
        );
        // A stored policy still reads; the export tags the column itself.
        assert!(Policy::parse_unchecked(&source).is_ok());
    }

    #[test]
    fn every_problem_is_reported_with_where_it_is() {
        let (form, template) = demo();
        let source = r#"
project = "demo"
[purposes.marketing]
retention_days = 30
[fields]
nickname = ["direct_identifier"]
member_age = ["quasi"]
[exports.open]
purpose = "needs_assessment"
k = 0
shared_with = ["stranger"]
[exports.open.generalise]
member_age = "band:0"
water_source = "month"
"#;
        let problems = Policy::parse(source, &form, &template, &[]).unwrap_err().0;
        let all = problems.join("\n");
        for expected in [
            "[purposes.marketing]: the consent template has no purpose `marketing`",
            "[fields]: `nickname` is not a question of form `household`",
            "[fields] member_age: `quasi` is not a tag",
            "[exports.open] k: must be at least 1",
            "[exports.open] shared_with: `stranger` is not a partner account",
            "[exports.open.generalise] member_age: `band:0`: a band must be at least 1 wide",
            "[exports.open.generalise] water_source: `month` does not fit a question of type select_one",
        ] {
            assert!(all.contains(expected), "missing {expected:?} in:\n{all}");
        }
        assert_eq!(problems.len(), 7, "{all}");
    }

    #[test]
    fn syntax_errors_say_the_line_and_unknown_keys_are_refused() {
        let (form, template) = demo();
        let e =
            Policy::parse("project = \"demo\"\n[exports.x\n", &form, &template, &[]).unwrap_err();
        assert!(e.0[0].starts_with("line 2, column"), "{e}");
        let e = Policy::parse(
            "project = \"demo\"\n[exports.x]\npurpose = \"referral\"\nfeilds = []\n",
            &form,
            &template,
            &[],
        )
        .unwrap_err();
        assert!(e.0[0].contains("feilds"), "{e}");
    }

    #[test]
    fn generalisations_coarsen_and_never_leak_what_they_cannot_read() {
        assert_eq!(Generalise::Band(10).apply("37"), "30-39");
        assert_eq!(Generalise::Band(5).apply("0"), "0-4");
        assert_eq!(Generalise::Band(10).apply("-3"), "-10--1");
        assert_eq!(Generalise::Band(10).apply("old"), "");
        assert_eq!(Generalise::Month.apply("2026-11-25"), "2026-11");
        assert_eq!(Generalise::Year.apply("2026-11-25T10:00:00Z"), "2026");
        assert_eq!(
            Generalise::Coordinates(1).apply("12.3456 -1.5432 300 5"),
            "12.3 -1.5"
        );
        assert_eq!(Generalise::Coordinates(1).apply("somewhere"), "");
        assert_eq!(
            Generalise::Coordinates(2).apply("1.2345 36.789 0 0;1.2399 36.7801 0 0;"),
            "1.23 36.79;1.24 36.78"
        );
        assert_eq!(Generalise::Coordinates(2).apply("1.2 36.7;95 0"), "");
        assert_eq!(Generalise::Drop.apply("x"), "");
        assert_eq!(Generalise::Band(10).apply(""), "");
    }

    #[test]
    fn hxl_tags_are_checked() {
        assert!(is_hxl_tag("#adm1+name"));
        assert!(is_hxl_tag("#affected+f+children"));
        assert!(!is_hxl_tag("adm1"));
        assert!(!is_hxl_tag("#Adm1"));
        assert!(!is_hxl_tag("#adm1+"));
    }
}
