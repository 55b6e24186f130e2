//! A generated multi-sector needs assessment in English and Arabic, shaped like the real
//! ones field teams run (nine sectors of about fifty questions: yes/no gates, follow-ups
//! relevant on them, "other, specify", counts and amounts with constraints and
//! bilingual messages, choice lists per sector, an HXL tag on every question). Real
//! questionnaires of this kind are not committed (they belong to their authors); this one
//! stands in for them in the 2G benchmark (`tests/benches/first_morning.rs`) and in the
//! bundle-size test, so both measure the same shape.

use std::collections::BTreeMap;

use crate::model::{Choice, Form, Kind, Language, Node, Text};

/// The sectors: name, English and Arabic titles, and the topic its questions ask about.
const SECTORS: [(&str, &str, &str, &str, &str); 9] = [
    (
        "hh",
        "Household and demographics",
        "الأسرة والتركيبة السكانية",
        "members",
        "أفراد",
    ),
    (
        "shelter",
        "Shelter and non-food items",
        "المأوى والمواد غير الغذائية",
        "shelter",
        "مأوى",
    ),
    (
        "wash",
        "Water, sanitation and hygiene",
        "المياه والصرف الصحي والنظافة",
        "water",
        "مياه",
    ),
    ("health", "Health", "الصحة", "health care", "رعاية صحية"),
    ("food", "Food security", "الأمن الغذائي", "food", "غذاء"),
    ("livelihoods", "Livelihoods", "سبل العيش", "income", "دخل"),
    ("protection", "Protection", "الحماية", "safety", "أمان"),
    ("education", "Education", "التعليم", "school", "مدرسة"),
    (
        "aap",
        "Accountability to affected people",
        "المساءلة أمام السكان المتضررين",
        "aid",
        "مساعدة",
    ),
];

/// Syllables the filler words are made of, so the text compresses about as much as real
/// questionnaire text does (a real 430-question form: 500 KB of JSON, 103 KB gzipped),
/// not as a template repeated 430 times would.
const SYLLABLES_EN: [&str; 32] = [
    "ho", "use", "wa", "ter", "mem", "ber", "fa", "mi", "ly", "chil", "dren", "dis", "tri", "ct",
    "ac", "cess", "ser", "vi", "ce", "mar", "ket", "pri", "ce", "da", "ys", "mon", "th", "re",
    "ce", "ive", "sup", "port",
];
const SYLLABLES_AR: [&str; 24] = [
    "ال", "أس", "رة", "مي", "اه", "أف", "راد", "طف", "ال", "خد", "مة", "سو", "ق", "أي", "ام", "شه",
    "ر", "دع", "م", "مس", "اع", "دة", "صح", "ية",
];

/// A filler sentence of `n` words, the same for the same `seed`.
fn filler(seed: usize, n: usize, syllables: &[&str]) -> String {
    let mut state = (seed as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state as usize
    };
    (0..n)
        .map(|_| {
            let len = 1 + next() % 3;
            (0..len)
                .map(|_| syllables[next() % syllables.len()])
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn text(en: String, ar: String) -> Text {
    Text(BTreeMap::from([
        ("en".to_string(), en),
        ("ar".to_string(), ar),
    ]))
}

/// `en` and `ar` each followed by a filler clause of `n` words (as long as real labels).
fn long_text(seed: usize, n: usize, en: String, ar: String) -> Text {
    text(
        format!("{en} ({})", filler(seed, n, &SYLLABLES_EN)),
        format!("{ar} ({})", filler(seed + 1, n, &SYLLABLES_AR)),
    )
}

fn choice(name: &str, en: &str, ar: &str) -> Choice {
    Choice {
        name: name.into(),
        label: text(en.into(), ar.into()),
        attributes: BTreeMap::new(),
    }
}

/// The lists every sector shares.
fn shared_lists() -> BTreeMap<String, Vec<Choice>> {
    let list = |items: &[(&str, &str, &str)]| {
        items
            .iter()
            .map(|(n, en, ar)| choice(n, en, ar))
            .collect::<Vec<_>>()
    };
    BTreeMap::from([
        (
            "yes_no".into(),
            list(&[("yes", "Yes", "نعم"), ("no", "No", "لا")]),
        ),
        (
            "yes_no_dk".into(),
            list(&[
                ("yes", "Yes", "نعم"),
                ("no", "No", "لا"),
                ("dk", "Do not know", "لا أعرف"),
                ("pnta", "Prefer not to answer", "أفضل عدم الإجابة"),
            ]),
        ),
        (
            "frequency".into(),
            list(&[
                ("never", "Never", "أبداً"),
                ("rarely", "Rarely (1-2 times)", "نادراً (1-2 مرات)"),
                ("sometimes", "Sometimes (3-10 times)", "أحياناً (3-10 مرات)"),
                (
                    "often",
                    "Often (more than 10 times)",
                    "غالباً (أكثر من 10 مرات)",
                ),
                ("always", "Every day", "كل يوم"),
            ]),
        ),
        (
            "satisfaction".into(),
            list(&[
                ("very_bad", "Very dissatisfied", "غير راضٍ إطلاقاً"),
                ("bad", "Dissatisfied", "غير راضٍ"),
                ("neutral", "Neither", "محايد"),
                ("good", "Satisfied", "راضٍ"),
                ("very_good", "Very satisfied", "راضٍ جداً"),
            ]),
        ),
    ])
}

/// A sector's own lists: reasons (with "other" and "none") and kinds.
fn sector_lists(sector: &str, topic: &str, topic_ar: &str) -> [(String, Vec<Choice>); 2] {
    let mut reasons: Vec<Choice> = (1..=10)
        .map(|i| {
            choice(
                &format!("r{i}"),
                &format!(
                    "Reason {i} the household could not get {topic}: {}",
                    filler(i * 31 + sector.len(), 6, &SYLLABLES_EN)
                ),
                &format!(
                    "السبب {i} لعدم تمكن الأسرة من الحصول على {topic_ar}: {}",
                    filler(i * 37 + sector.len(), 6, &SYLLABLES_AR)
                ),
            )
        })
        .collect();
    reasons.push(choice("other", "Other (specify)", "أخرى (حدد)"));
    reasons.push(choice("none", "None of the above", "لا شيء مما سبق"));
    let kinds = (1..=8)
        .map(|i| {
            choice(
                &format!("k{i}"),
                &format!("Kind {i} of {topic}"),
                &format!("النوع {i} من {topic_ar}"),
            )
        })
        .collect();
    [
        (format!("{sector}_reasons"), reasons),
        (format!("{sector}_kinds"), kinds),
    ]
}

/// One question of motif `m` in a sector; `prefix` names it, `gate` is the yes/no
/// question before it.
fn question(sector: &str, topic: (&str, &str), m: usize, name: &str, gate: &str) -> Node {
    let (topic, topic_ar) = topic;
    let hxl = format!("#indicator+{sector}+{name}");
    let mut node = match m {
        0 => Node {
            label: text(
                format!("In the last 30 days, did the household have enough {topic}?"),
                format!("خلال الثلاثين يوماً الماضية، هل كان لدى الأسرة ما يكفي من {topic_ar}؟"),
            ),
            required: true,
            ..Node::new(
                name,
                Kind::SelectOne {
                    list: "yes_no".into(),
                },
            )
        },
        1 => Node {
            label: text(
                format!("How often did the household lack {topic}?"),
                format!("كم مرة افتقرت الأسرة إلى {topic_ar}؟"),
            ),
            relevant: Some(format!("${{{gate}}} = 'no'")),
            required: true,
            ..Node::new(
                name,
                Kind::SelectOne {
                    list: "frequency".into(),
                },
            )
        },
        2 => Node {
            label: text(
                format!("Why could the household not get {topic}? Select all that apply."),
                format!("لماذا لم تتمكن الأسرة من الحصول على {topic_ar}؟ اختر كل ما ينطبق."),
            ),
            hint: text(
                "Do not read the options aloud.".into(),
                "لا تقرأ الخيارات بصوت عالٍ.".into(),
            ),
            relevant: Some(format!("${{{gate}}} = 'no'")),
            constraint: Some("not(selected(., 'none') and count-selected(.) > 1)".into()),
            constraint_message: text(
                "\"None of the above\" cannot be chosen with another answer.".into(),
                "لا يمكن اختيار \"لا شيء مما سبق\" مع إجابة أخرى.".into(),
            ),
            required: true,
            ..Node::new(
                name,
                Kind::SelectMultiple {
                    list: format!("{sector}_reasons"),
                },
            )
        },
        3 => Node {
            label: text(
                "Please specify the other reason.".into(),
                "يرجى تحديد السبب الآخر.".into(),
            ),
            relevant: Some(format!(
                "selected(${{{}}}, 'other')",
                name.replace("_m3_", "_m2_")
            )),
            required: true,
            ..Node::new(name, Kind::Text)
        },
        4 => Node {
            label: text(
                format!("How many household members were affected by the lack of {topic}?"),
                format!("كم عدد أفراد الأسرة الذين تأثروا بنقص {topic_ar}؟"),
            ),
            hint: text(
                "Count every member, adults and children.".into(),
                "احسب جميع الأفراد، البالغين والأطفال.".into(),
            ),
            constraint: Some(". >= 0 and . <= 50".into()),
            constraint_message: text(
                "Enter a number from 0 to 50.".into(),
                "أدخل رقماً من 0 إلى 50.".into(),
            ),
            required: true,
            ..Node::new(name, Kind::Integer)
        },
        5 => Node {
            label: text(
                format!("How much did the household spend on {topic} in the last 30 days?"),
                format!("كم أنفقت الأسرة على {topic_ar} خلال الثلاثين يوماً الماضية؟"),
            ),
            hint: text(
                "In local currency. Enter 0 if nothing.".into(),
                "بالعملة المحلية. أدخل 0 إذا لم يُنفق شيء.".into(),
            ),
            constraint: Some(". >= 0 and . < 10000000".into()),
            constraint_message: text(
                "Enter an amount of 0 or more.".into(),
                "أدخل مبلغاً يساوي 0 أو أكثر.".into(),
            ),
            ..Node::new(name, Kind::Decimal)
        },
        6 => Node {
            label: text(
                format!("Did anyone in the household receive help with {topic}?"),
                format!("هل تلقى أي فرد من الأسرة مساعدة في {topic_ar}؟"),
            ),
            required: true,
            ..Node::new(
                name,
                Kind::SelectOne {
                    list: "yes_no_dk".into(),
                },
            )
        },
        7 => Node {
            label: text(
                "How many times was help received?".into(),
                "كم مرة تم تلقي المساعدة؟".into(),
            ),
            relevant: Some(format!("${{{}}} = 'yes'", name.replace("_m7_", "_m6_"))),
            constraint: Some(". >= 1 and . <= 100".into()),
            constraint_message: text(
                "Enter a number from 1 to 100.".into(),
                "أدخل رقماً من 1 إلى 100.".into(),
            ),
            ..Node::new(name, Kind::Integer)
        },
        8 => Node {
            label: text(
                format!("Which kind of {topic} does the household mainly use?"),
                format!("ما نوع {topic_ar} الذي تستخدمه الأسرة بشكل رئيسي؟"),
            ),
            required: true,
            ..Node::new(
                name,
                Kind::SelectOne {
                    list: format!("{sector}_kinds"),
                },
            )
        },
        9 => Node {
            label: text(
                format!("Anything else the household wants to say about {topic}?"),
                format!("هل هناك أي شيء آخر تود الأسرة قوله بشأن {topic_ar}؟"),
            ),
            ..Node::new(name, Kind::Text)
        },
        10 => Node {
            label: text(
                format!("When did the household last receive {topic}?"),
                format!("متى تلقت الأسرة {topic_ar} آخر مرة؟"),
            ),
            relevant: Some(format!("${{{gate}}} = 'yes'")),
            constraint: Some(". <= today()".into()),
            constraint_message: text(
                "The date cannot be in the future.".into(),
                "لا يمكن أن يكون التاريخ في المستقبل.".into(),
            ),
            ..Node::new(name, Kind::Date)
        },
        _ => Node {
            label: text(
                format!("How satisfied is the household with {topic} where it lives?"),
                format!("ما مدى رضا الأسرة عن {topic_ar} في مكان سكنها؟"),
            ),
            required: true,
            ..Node::new(
                name,
                Kind::SelectOne {
                    list: "satisfaction".into(),
                },
            )
        },
    };
    node.attributes.insert("hxl".into(), hxl);
    // Real labels and hints are long and each different: a filler clause after each.
    let seed = name
        .bytes()
        .fold(7usize, |h, b| h.wrapping_mul(31).wrapping_add(b as usize));
    let lengthen =
        |t: &Text, seed: usize, n: usize| long_text(seed, n, t.0["en"].clone(), t.0["ar"].clone());
    node.label = lengthen(&node.label, seed, 20);
    node.hint = if node.hint.is_empty() {
        long_text(
            seed + 2,
            14,
            "Ask the head of the household.".into(),
            "اسأل رب الأسرة.".into(),
        )
    } else {
        lengthen(&node.hint, seed + 2, 14)
    };
    node
}

/// The assessment with `questions` questions (430 for the real one's size), each
/// sector a group; each sector's counts summed by a calculation.
pub fn needs_assessment(questions: usize) -> Form {
    let mut choices = shared_lists();
    let per_sector = questions.div_ceil(SECTORS.len());
    let mut left = questions;
    let mut body = Vec::new();
    for (sector, title, title_ar, topic, topic_ar) in SECTORS {
        choices.extend(sector_lists(sector, topic, topic_ar));
        let count = per_sector.min(left);
        left -= count;
        let mut children = Vec::new();
        let mut gate = String::new();
        for i in 0..count {
            let (m, round) = (i % 12, i / 12);
            let name = format!("{sector}_m{m}_{round}");
            if m == 0 {
                gate = name.clone();
            }
            children.push(question(sector, (topic, topic_ar), m, &name, &gate));
        }
        let counted: Vec<String> = children
            .iter()
            .filter(|n| n.name.contains("_m4_"))
            .map(|n| format!("coalesce(${{{}}}, 0)", n.name))
            .collect();
        if !counted.is_empty() {
            children.push(Node {
                calculation: Some(counted.join(" + ")),
                ..Node::new(format!("{sector}_affected"), Kind::Calculate)
            });
        }
        body.push(Node {
            label: text(title.into(), title_ar.into()),
            children,
            ..Node::new(sector, Kind::Group)
        });
    }
    Form {
        id: "msna".into(),
        version: "1".into(),
        title: text(
            "Multi-sector needs assessment".into(),
            "تقييم الاحتياجات متعدد القطاعات".into(),
        ),
        default_language: "en".into(),
        languages: vec![
            Language {
                code: "en".into(),
                name: "English".into(),
                rtl: false,
            },
            Language {
                code: "ar".into(),
                name: "العربية".into(),
                rtl: true,
            },
        ],
        body,
        choices,
        style: String::new(),
        instance_name: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_assessment_compiles_with_the_questions_asked_for() {
        let form = needs_assessment(430);
        let questions: usize = form
            .body
            .iter()
            .flat_map(|g| &g.children)
            .filter(|n| n.kind.takes_input())
            .count();
        assert_eq!(questions, 430);
        form.compile().expect("the generated assessment compiles");
    }
}
