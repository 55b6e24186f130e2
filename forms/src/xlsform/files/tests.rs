use std::collections::BTreeMap;

use crate::Error;
use crate::model::{Answer, Answers};
use crate::validate::{settle, validate};
use crate::xlsform::import_with_files;

/// An `.xlsx` with a survey sheet (and no choices sheet).
fn workbook(survey: &[&[&str]]) -> Vec<u8> {
    crate::xlsform::test_workbook(survey, &[])
}

/// A district list as a field team attaches it: 20,000 rows over 50 regions, labels
/// in two languages, a population column.
fn districts() -> Vec<u8> {
    let mut csv =
        String::from("\u{feff}name,label::English (en),label::Français (fr),region,population\n");
    for i in 0..20_000 {
        csv.push_str(&format!(
            "d{i},District {i},District {i} (fr),r{},{}\n",
            i % 50,
            1000 + i
        ));
    }
    csv.into_bytes()
}

fn survey() -> Vec<u8> {
    workbook(&[
        &[
            "type",
            "name",
            "label::English (en)",
            "choice_filter",
            "calculation",
        ],
        &["text", "region", "Region", "", ""],
        &[
            "select_one_from_file districts.csv",
            "district",
            "District",
            "region = ${region}",
            "",
        ],
        &[
            "calculate",
            "population",
            "",
            "",
            "pulldata('districts', 'population', 'name', ${district})",
        ],
        &[
            "calculate",
            "district_label",
            "",
            "",
            "instance('districts')/root/item[name = ${district}]/label",
        ],
        &[
            "calculate",
            "in_region",
            "",
            "",
            "count(instance('districts')/root/item[region = ${region}])",
        ],
    ])
}

#[test]
fn choices_come_from_an_attached_csv_and_expressions_read_it() {
    let files = BTreeMap::from([("districts.csv".to_string(), districts())]);
    let imported = import_with_files(&survey(), "survey.xlsx", &files).unwrap();
    let list = &imported.form.choices["districts.csv"];
    assert_eq!(list.len(), 20_000);
    assert_eq!(list[7].label.0["fr"], "District 7 (fr)");
    assert_eq!(list[7].attributes["region"], "r7");
    let form = imported.form.compile().unwrap();

    let mut answers = Answers::from([
        ("region".to_string(), Answer::Value("r7".into())),
        ("district".to_string(), Answer::Value("d57".into())),
    ]);
    settle(&form, &mut answers, "2026-11-26");
    let value = |answers: &Answers, name: &str| match answers.get(name) {
        Some(Answer::Value(v)) => v.clone(),
        _ => String::new(),
    };
    assert_eq!(value(&answers, "population"), "1057");
    assert_eq!(value(&answers, "district_label"), "District 57");
    assert_eq!(value(&answers, "in_region"), "400");
    assert_eq!(validate(&form, &answers, "2026-11-26"), vec![]);

    // The cascade: a district of another region is no longer offered, so it goes.
    answers.insert("region".into(), Answer::Value("r8".into()));
    settle(&form, &mut answers, "2026-11-26");
    assert_eq!(value(&answers, "district"), "");
    assert_eq!(value(&answers, "population"), "");
}

/// A form as older KoboToolbox forms write it: `search()` over an attached CSV, the
/// columns named by the list's one row on the choices sheet.
fn searched_form(appearance: &str, value_column: &str) -> Vec<u8> {
    crate::xlsform::test_workbook(
        &[
            &["type", "name", "label::English (en)", "appearance"],
            &["text", "region", "Region", ""],
            &["select_one village", "village", "Village", appearance],
        ],
        &[
            &[
                "list_name",
                "name",
                "label::English (en)",
                "label::Français (fr)",
            ],
            &["village", value_column, "label_en", "label_fr"],
        ],
    )
}

fn villages() -> BTreeMap<String, Vec<u8>> {
    let mut csv = String::from("code,label_en,label_fr,region\n");
    for i in 0..3_000 {
        csv.push_str(&format!("v{i},Village {i},Village {i} (fr),r{}\n", i % 30));
    }
    BTreeMap::from([("villages.csv".to_string(), csv.into_bytes())])
}

#[test]
fn search_appearance_reads_its_csv_and_filters_it() {
    let form = import_with_files(
        &searched_form(
            "minimal search('villages', 'matches', 'region', ${region})",
            "code",
        ),
        "kobo.xlsx",
        &villages(),
    )
    .unwrap()
    .form;
    let village = &form.body[1];
    assert_eq!(village.appearance.as_deref(), Some("minimal"));
    let list = &form.choices[village.kind.choice_list().unwrap()];
    assert_eq!(list.len(), 3_000);
    assert_eq!(
        (list[7].name.as_str(), list[7].label.0["fr"].as_str()),
        ("v7", "Village 7 (fr)")
    );
    let form = form.compile().unwrap();

    let mut answers = Answers::from([("region".to_string(), Answer::Value("r7".into()))]);
    let ctx = crate::validate::Context {
        form: &form,
        answers: &answers,
        today: "2026-11-26",
    };
    let offered = ctx.visible_choices(form.node("village").unwrap(), &[]);
    assert_eq!(offered.len(), 100);
    assert!(offered.iter().all(|c| c.attributes["region"] == "r7"));
    // The server refuses a village of another region.
    answers.insert("village".into(), Answer::Value("v8".into()));
    let problems = validate(&form, &answers, "2026-11-26");
    assert_eq!(problems[0].problem, crate::validate::Problem::UnknownChoice);
    answers.insert("village".into(), Answer::Value("v37".into()));
    assert_eq!(validate(&form, &answers, "2026-11-26"), vec![]);

    // Without a filter, every row; `contains` over the label column.
    let offered = |appearance: &str| {
        let form = import_with_files(&searched_form(appearance, "code"), "kobo.xlsx", &villages())
            .unwrap()
            .form
            .compile()
            .unwrap();
        let answers = Answers::new();
        let ctx = crate::validate::Context {
            form: &form,
            answers: &answers,
            today: "2026-11-26",
        };
        ctx.visible_choices(form.node("village").unwrap(), &[])
            .len()
    };
    assert_eq!(offered("search('villages')"), 3_000);
    // 99, 199, …, 2999, and 990-999, 1990-1999, 2990-2999 counted once.
    assert_eq!(
        offered("search('villages', 'contains', 'label_en', '99')"),
        57
    );
    // Case is ignored, as by Collect's LIKE: Village 99 and 990 to 999.
    assert_eq!(
        offered("search('villages', 'startswith', 'label_en', 'VILLAGE 99')"),
        11
    );
    // A label cell naming two columns shows both.
    let columns = super::Columns {
        name: "code".into(),
        labels: vec![("label_en, code".into(), "en".into())],
        needed: Vec::new(),
    };
    let list = super::read_csv_as("villages.csv", &villages()["villages.csv"], &columns).unwrap();
    assert_eq!(list[3].label.0["en"], "Village 3 v3");
}

#[test]
fn search_mistakes_are_named_where_they_are() {
    let refused = |appearance: &str, column: &str, files: &BTreeMap<String, Vec<u8>>| {
        match import_with_files(&searched_form(appearance, column), "kobo.xlsx", files) {
            Err(Error::XlsForm {
                row,
                column,
                message,
                ..
            }) => {
                assert_eq!((row, column.as_deref()), (Some(3), Some("appearance")));
                message
            }
            other => panic!("{other:?}"),
        }
    };
    assert_eq!(
        import_with_files(
            &searched_form("search('villages')", "code"),
            "kobo.xlsx",
            &BTreeMap::new()
        )
        .map(|_| ()),
        Err(Error::FilesMissing(vec!["villages.csv".into()]))
    );
    let message = refused("search('villages')", "id", &villages());
    assert!(
        message.contains("no `id` column, which the choices sheet names for the values")
            && message.contains("code, label_en, label_fr, region"),
        "{message}"
    );
    let message = refused(
        "search('villages', 'near', 'region', 'r1')",
        "code",
        &villages(),
    );
    assert!(message.contains("not `near`"), "{message}");
    let message = refused(
        "search('villages', 'matches', 'regoin', ${region})",
        "code",
        &villages(),
    );
    assert!(
        message.contains("no `regoin` column, which the search() filter reads"),
        "{message}"
    );
}

/// A preload: a household list keyed by `hh_id`, with no `name` column, that only
/// expressions read.
#[test]
fn a_file_only_expressions_read_needs_no_name_column() {
    let form = workbook(&[
        &["type", "name", "label", "calculation", "constraint"],
        &[
            "text",
            "hh_id",
            "Household ID",
            "",
            "count(instance('households')/root/item[hh_id = .]) = 1",
        ],
        &[
            "calculate",
            "head",
            "",
            "pulldata('households', 'name', 'hh_id', ${hh_id})",
            "",
        ],
        &[
            "calculate",
            "size",
            "",
            "instance('households')/root/item[hh_id = ${hh_id}]/size",
            "",
        ],
    ]);
    // A `name` column (the head's name) does not make it a choice list: the row with
    // no name is kept.
    let preload = "hh_id,name,size\nH-001,Amina Yusuf,5\nH-002,,3\n";
    let files = BTreeMap::from([("households.csv".to_string(), preload.as_bytes().to_vec())]);
    let form = import_with_files(&form, "followup.xlsx", &files)
        .unwrap()
        .form
        .compile()
        .unwrap();
    let mut answers = Answers::from([("hh_id".to_string(), Answer::Value("H-002".into()))]);
    settle(&form, &mut answers, "2026-11-26");
    let values = |answers: &Answers| {
        let value = |name| crate::model::value(answers, name, &[]);
        (value("head"), value("size"))
    };
    assert_eq!(values(&answers), (String::new(), "3".to_string()));
    assert_eq!(validate(&form, &answers, "2026-11-26"), vec![]);
    answers.insert("hh_id".into(), Answer::Value("H-001".into()));
    settle(&form, &mut answers, "2026-11-26");
    assert_eq!(
        values(&answers),
        ("Amina Yusuf".to_string(), "5".to_string())
    );
    answers.insert("hh_id".into(), Answer::Value("H-404".into()));
    settle(&form, &mut answers, "2026-11-26");
    assert_eq!(validate(&form, &answers, "2026-11-26")[0].name, "hh_id");

    // Not attached: named, for the form to wait for it.
    let missing = import_with_files(
        &workbook(&[
            &["type", "name", "calculation"],
            &[
                "calculate",
                "head",
                "pulldata('households', 'head_name', 'hh_id', '1')",
            ],
        ]),
        "followup.xlsx",
        &BTreeMap::new(),
    )
    .map(|_| ());
    assert_eq!(
        missing,
        Err(Error::FilesMissing(vec!["households.csv".into()]))
    );

    // `pulldata('imei.csv', …)` (PMA's Kenya facility form) names the file itself: it
    // is the file read, and the one asked for, not `imei.csv.csv`.
    let with_extension = workbook(&[
        &["type", "name", "calculation"],
        &[
            "calculate",
            "head",
            "pulldata('households.csv', 'name', 'hh_id', 'H-001')",
        ],
    ]);
    let missing = import_with_files(&with_extension, "followup.xlsx", &BTreeMap::new());
    assert_eq!(
        missing.map(|_| ()),
        Err(Error::FilesMissing(vec!["households.csv".into()]))
    );
    let form = import_with_files(&with_extension, "followup.xlsx", &files)
        .unwrap()
        .form
        .compile()
        .unwrap();
    let mut answers = Answers::new();
    settle(&form, &mut answers, "2026-11-26");
    assert_eq!(crate::model::value(&answers, "head", &[]), "Amina Yusuf");
}

/// `csv-external households` declares the file expressions read; `audit` needs no name.
#[test]
fn an_external_instance_row_loads_its_file_and_asks_nothing() {
    let form = workbook(&[
        &["type", "name", "label", "calculation"],
        &["csv-external", "households", "", ""],
        &["audit", "", "", ""],
        &["text", "hh_id", "Household", ""],
        &[
            "calculate",
            "size",
            "",
            "instance('households')/root/item[hh_id = ${hh_id}]/size",
        ],
    ]);
    let preload = "hh_id,size\nH-001,5\n";
    let files = BTreeMap::from([("households.csv".to_string(), preload.as_bytes().to_vec())]);
    let imported = import_with_files(&form, "followup.xlsx", &files)
        .unwrap()
        .form;
    assert_eq!(imported.choices["households.csv"].len(), 1);
    let names: Vec<&str> = imported.body.iter().map(|n| n.name.as_str()).collect();
    assert_eq!(names, ["audit", "hh_id", "size"]);
    assert_eq!(
        import_with_files(&form, "followup.xlsx", &BTreeMap::new()).map(|_| ()),
        Err(Error::FilesMissing(vec!["households.csv".into()]))
    );
}

#[test]
fn a_file_not_attached_or_not_csv_is_named() {
    assert_eq!(
        import_with_files(&survey(), "survey.xlsx", &BTreeMap::new()).map(|_| ()),
        Err(Error::FilesMissing(vec!["districts.csv".into()]))
    );

    let json = workbook(&[
        &["type", "name", "label"],
        &[
            "select_one_from_file districts.json",
            "district",
            "District",
        ],
    ]);
    let Err(Error::XlsForm { message, .. }) = import_with_files(&json, "x.xlsx", &BTreeMap::new())
    else {
        panic!("a JSON choice file was taken");
    };
    assert!(
        message.contains("a CSV, an XML or a GeoJSON file"),
        "{message}"
    );

    let files = BTreeMap::from([("districts.csv".to_string(), b"label\nx\n".to_vec())]);
    let Err(Error::XlsForm { message, .. }) = import_with_files(&survey(), "s.xlsx", &files) else {
        panic!("a file without names was taken");
    };
    assert!(message.contains("no `name` column"), "{message}");
}

#[test]
fn a_lookup_of_a_list_neither_sheet_nor_file_waits_for_its_file() {
    let form = workbook(&[
        &["type", "name", "label", "calculation"],
        &[
            "calculate",
            "x",
            "",
            "pulldata('nowhere', 'a', 'name', 'b')",
        ],
    ]);
    // As ODK Central lists it among the form's expected attachments.
    assert_eq!(
        import_with_files(&form, "x.xlsx", &BTreeMap::new()).map(|_| ()),
        Err(Error::FilesMissing(vec!["nowhere.csv".into()]))
    );
}

/// An ODK-style XML choice file: items with a name, a label and a column a filter reads.
fn villages_xml(items: &str) -> BTreeMap<String, Vec<u8>> {
    let xml = format!("<?xml version=\"1.0\"?>\n<root>\n{items}</root>\n");
    BTreeMap::from([("villages.xml".to_string(), xml.into_bytes())])
}

fn village_form() -> Vec<u8> {
    workbook(&[
        &["type", "name", "label", "choice_filter", "calculation"],
        &["text", "district", "District", "", ""],
        &[
            "select_one_from_file villages.xml",
            "village",
            "Village",
            "district = ${district}",
            "",
        ],
        &[
            "calculate",
            "village_district",
            "",
            "",
            "pulldata('villages', 'district', 'name', ${village})",
        ],
    ])
}

#[test]
fn choices_come_from_an_attached_xml_file() {
    let files = villages_xml(
        "<item><name>v1</name><label>Kibera &amp; Olympic</label><district>d1</district></item>\n\
             <item><name>v2</name><label><![CDATA[Mathare <North>]]></label><district>d2</district></item>\n",
    );
    let imported = import_with_files(&village_form(), "v.xlsx", &files).unwrap();
    let list = &imported.form.choices["villages.xml"];
    assert_eq!(list.len(), 2);
    assert_eq!(list[0].label.0.values().next().unwrap(), "Kibera & Olympic");
    assert_eq!(list[1].label.0.values().next().unwrap(), "Mathare <North>");
    assert_eq!(list[1].attributes["district"], "d2");
    let form = imported.form.compile().unwrap();
    let mut answers = Answers::from([
        ("district".to_string(), Answer::Value("d2".into())),
        ("village".to_string(), Answer::Value("v2".into())),
    ]);
    settle(&form, &mut answers, "2026-11-26");
    assert_eq!(validate(&form, &answers, "2026-11-26"), vec![]);
    // `pulldata` reads the XML file as it reads a CSV one.
    assert_eq!(answers["village_district"], Answer::Value("d2".into()));
    answers.insert("village".into(), Answer::Value("v1".into()));
    let errors = validate(&form, &answers, "2026-11-26");
    assert!(
        errors
            .iter()
            .any(|e| e.name == "village" && e.problem == crate::validate::Problem::UnknownChoice),
        "{errors:?}"
    );
}

#[test]
fn a_broken_xml_choice_file_is_refused_saying_where() {
    let message = |files| match import_with_files(&village_form(), "v.xlsx", &files) {
        Err(Error::XlsForm { message, .. }) => message,
        other => panic!("taken: {other:?}"),
    };
    let m = message(villages_xml("<item><name>v1</name>\n<label>A</item>\n"));
    assert!(
        m.contains("`villages.xml`, line 4: not well-formed XML"),
        "{m}"
    );
    let m = message(villages_xml("<item><label>A</label></item>\n"));
    assert!(m.contains("item 1") && m.contains("needs a <name>"), "{m}");
    let m = message(villages_xml(""));
    assert!(m.contains("holds no choices"), "{m}");
    let m = message(villages_xml("<item><name>v&nbsp;1</name></item>\n"));
    assert!(m.contains("unknown entity `&nbsp;`"), "{m}");
}

/// Buildings to map, as an OpenStreetMap field-mapping form attaches them: ids in the
/// properties or on the feature, titles or names, other properties, and one feature
/// with no id.
fn buildings() -> BTreeMap<String, Vec<u8>> {
    let geojson = r#"{"type": "FeatureCollection", "features": [
            {"type": "Feature", "geometry": {"type": "Point", "coordinates": [36.8, -1.28]},
             "properties": {"id": "b1", "title": "School", "amenity": "school", "levels": 2}},
            {"type": "Feature", "id": 42, "geometry": {"type": "Polygon",
             "coordinates": [[[36.0, -1.0], [36.1, -1.0], [36.1, -1.1], [36.0, -1.0]]]},
             "properties": {"name": "Clinic", "amenity": "clinic"}},
            {"type": "Feature", "geometry": null, "properties": {"title": "Nameless"}}
        ]}"#;
    BTreeMap::from([("buildings.geojson".to_string(), geojson.as_bytes().to_vec())])
}

fn building_form() -> Vec<u8> {
    workbook(&[
        &["type", "name", "label", "choice_filter"],
        &["text", "kind", "Kind", ""],
        &[
            "select_one_from_file buildings.geojson",
            "building",
            "Building",
            "amenity = ${kind}",
        ],
    ])
}

#[test]
fn choices_come_from_an_attached_geojson_feature_collection() {
    let imported = import_with_files(&building_form(), "osm.xlsx", &buildings()).unwrap();
    let list = &imported.form.choices["buildings.geojson"];
    let names: Vec<&str> = list.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, ["b1", "42"]);
    assert_eq!(list[0].label.0.values().next().unwrap(), "School");
    assert_eq!(list[1].label.0.values().next().unwrap(), "Clinic");
    assert_eq!(list[0].attributes["amenity"], "school");
    assert_eq!(list[0].attributes["levels"], "2");
    assert_eq!(list[0].attributes["geometry"], "-1.28 36.8 0 0");
    assert!(list[1].attributes["geometry"].starts_with("-1 36 0 0; -1 36.1 0 0"));
    // The id is also a column, as ODK's item has an `id` node (tests/odk_engine.rs).
    assert_eq!(list[0].attributes["id"], "b1");
    assert!(
        imported.warnings.iter().any(|w| w
            .contains("`buildings.geojson`: 1 feature(s) have no id")
            && w.contains("feature 3")),
        "{:?}",
        imported.warnings
    );
    let form = imported.form.compile().unwrap();
    let mut answers = Answers::from([
        ("kind".to_string(), Answer::Value("clinic".into())),
        ("building".to_string(), Answer::Value("42".into())),
    ]);
    settle(&form, &mut answers, "2026-11-26");
    assert_eq!(validate(&form, &answers, "2026-11-26"), vec![]);
    // The filter reads the properties: a school is not a clinic.
    answers.insert("building".into(), Answer::Value("b1".into()));
    settle(&form, &mut answers, "2026-11-26");
    assert!(
        !answers.contains_key("building") || answers["building"] == Answer::Value(String::new())
    );

    // Not attached: named, as a CSV file is, for the form to wait for it.
    assert_eq!(
        import_with_files(&building_form(), "osm.xlsx", &BTreeMap::new()).map(|_| ()),
        Err(Error::FilesMissing(vec!["buildings.geojson".into()]))
    );
    // Not a FeatureCollection.
    let files = BTreeMap::from([(
        "buildings.geojson".to_string(),
        br#"{"type": "Feature"}"#.to_vec(),
    )]);
    let Err(Error::XlsForm { message, .. }) =
        import_with_files(&building_form(), "osm.xlsx", &files)
    else {
        panic!("a lone feature was taken");
    };
    assert!(
        message.contains("one GeoJSON FeatureCollection"),
        "{message}"
    );
}

/// A form waiting for several files names every one of them at once (a choice file, a
/// declared external file, a lookup), not the first it meets, so they can all be uploaded together.
#[test]
fn every_missing_file_is_named_at_once() {
    let form = workbook(&[
        &["type", "name", "label", "appearance", "calculation"],
        &[
            "select_one_from_file districts.csv",
            "district",
            "District",
            "",
            "",
        ],
        &["csv-external", "villages", "", "", ""],
        &[
            "calculate",
            "size",
            "",
            "",
            "pulldata('households', 'size', 'hh_id', '1')",
        ],
    ]);
    assert_eq!(
        import_with_files(&form, "waiting.xlsx", &BTreeMap::new()).map(|_| ()),
        Err(Error::FilesMissing(vec![
            "districts.csv".into(),
            "households.csv".into(),
            "villages.csv".into()
        ]))
    );
}

#[test]
fn a_csv_excel_saved_in_windows_1252_is_read_with_its_accents() {
    // A Mozambican land-registration form's `source.csv`, saved by Excel on Windows:
    // `Gurúè` and `Alto Molócuè – Sede` in Windows-1252 stopped the import at the first
    // accented letter ("invalid UTF-8").
    let mut csv = b"name,label\ng1,Gur".to_vec();
    csv.extend([0xFA, 0xE8]);
    csv.extend(b"\ng2,Alto Mol");
    csv.extend([0xF3, b'c', b'u', 0xE8, b' ', 0x96, b' ']);
    csv.extend(b"Sede\n");
    let files = BTreeMap::from([("source.csv".to_string(), csv)]);
    let delivery = |files: &BTreeMap<String, Vec<u8>>| {
        import_with_files(
            &workbook(&[
                &["type", "name", "label"],
                &["select_one_from_file source.csv", "posto", "Posto?"],
            ]),
            "delivery.xlsx",
            files,
        )
        .unwrap_or_else(|e| panic!("{e}"))
    };
    let imported = delivery(&files);
    let labels: Vec<String> = imported.form.choices["source.csv"]
        .iter()
        .flat_map(|c| c.label.0.values().cloned())
        .collect();
    assert_eq!(labels, ["Gurúè", "Alto Molócuè – Sede"]);
    assert!(
        imported
            .warnings
            .iter()
            .any(|w| w.contains("`source.csv` is not UTF-8") && w.contains("Windows-1252")),
        "{:?}",
        imported.warnings
    );
    // A UTF-8 file is read as it is, without a warning.
    let utf8 = BTreeMap::from([(
        "source.csv".to_string(),
        "name,label\ng1,Gurúè\n".as_bytes().to_vec(),
    )]);
    let imported = delivery(&utf8);
    assert!(imported.warnings.is_empty(), "{:?}", imported.warnings);
}

#[test]
fn another_forms_submissions_attached_by_kobotoolbox_are_looked_up_by_their_paths() {
    // LSHTM's fingerprint follow-up form: KoboToolbox attaches the registration form's
    // submissions as `survey.xml`, rows named `data` with nested columns, and the form
    // reads `instance('survey')/root/data[P_Demographic/P_SN = current()/../C_SN]/…`.
    // Sauti refused the file ("holds no choices": it read only `<root><item>`).
    let row = |sn: &str, name: &str, thumb: &str| {
        format!(
            "<data><P_Demographic><P_SN>{sn}</P_SN><P_Name>{name}</P_Name></P_Demographic>\
             <Right_Thumb><template>{thumb}</template></Right_Thumb></data>"
        )
    };
    let xml = format!(
        "<root>{}\n{}</root>",
        row("1", "Amina", "AAAA"),
        row("2", "Juma", "CCCC")
    );
    let files = BTreeMap::from([("survey.xml".to_string(), xml.into_bytes())]);
    let imported = import_with_files(
        &workbook(&[
            &["type", "name", "label", "calculation"],
            &["xml-external", "survey", "", ""],
            &["integer", "C_SN", "Serial number", ""],
            &[
                "calculate",
                "C_Name",
                "",
                "instance('survey')/root/data[P_Demographic/P_SN = current()/../C_SN]/P_Demographic/P_Name",
            ],
            &[
                "calculate",
                "thumb",
                "",
                "instance('survey')/root/data[P_Demographic/P_SN = ${C_SN}]/Right_Thumb/template",
            ],
        ]),
        "verification.xlsx",
        &files,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let form = imported.form.compile().unwrap();
    let mut answers = Answers::from([("C_SN".to_string(), Answer::Value("2".into()))]);
    settle(&form, &mut answers, "2026-12-06");
    assert_eq!(answers["C_Name"], Answer::Value("Juma".into()));
    assert_eq!(answers["thumb"], Answer::Value("CCCC".into()));
    // A list to choose from still needs a `<name>` in each row.
    let m = match import_with_files(
        &village_form(),
        "v.xlsx",
        &villages_xml("<data><label>A</label></data>\n"),
    ) {
        Err(Error::XlsForm { message, .. }) => message,
        other => panic!("taken: {other:?}"),
    };
    assert!(m.contains("item 1") && m.contains("needs a <name>"), "{m}");
}

#[test]
fn search_and_pulldata_read_the_file_an_answer_names() {
    // A Mozambican association register: one CSV of villages per district, the one to
    // read named by the district chosen, `search(${dist_id}, …)` and
    // `pulldata(${dist_id}, …)`, as Collect evaluates them. Sauti refused the form
    // ("argument 1 of search() must be a quoted text").
    let district = |villages: &[(&str, &str, &str)]| {
        let mut csv = String::from("pov_id_key,pov_name,posto_id_key\n");
        for (id, name, posto) in villages {
            csv.push_str(&format!("{id},{name},{posto}\n"));
        }
        csv.into_bytes()
    };
    let files = BTreeMap::from([
        (
            "D0402.csv".to_string(),
            district(&[
                ("PV1", "Cuamba Sede", "P1"),
                ("PV2", "Etatara", "P1"),
                ("PV3", "Lurio", "P2"),
            ]),
        ),
        (
            "D0406.csv".to_string(),
            district(&[("PV9", "Lichinga", "P9")]),
        ),
        ("other.csv".to_string(), b"name,label\nx,X\n".to_vec()),
    ]);
    let form = import_with_files(
        &crate::xlsform::test_workbook(
            &[
                &["type", "name", "label", "appearance", "calculation"],
                &["select_one districts", "dist_id", "District", "", ""],
                &["text", "posto_id", "Posto", "", ""],
                &[
                    "select_multiple pov",
                    "pov_ids",
                    "Villages",
                    "search(${dist_id}, 'matches', 'posto_id_key', ${posto_id})",
                    "",
                ],
                &[
                    "calculate",
                    "first_name",
                    "",
                    "",
                    "pulldata(${dist_id}, 'pov_name', 'pov_id_key', selected-at(${pov_ids}, 0))",
                ],
            ],
            &[
                &["list_name", "name", "label"],
                &["districts", "D0402", "Cuamba"],
                &["districts", "D0406", "Lichinga"],
                &["pov", "pov_id_key", "pov_name"],
            ],
        ),
        "assoc.xlsx",
        &files,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    assert!(
        imported_warns(
            &form.warnings,
            "search() reads the file the answer to `${dist_id}` names"
        ) && imported_warns(&form.warnings, "(D0402.csv, D0406.csv)"),
        "{:?}",
        form.warnings
    );
    let form = form.form.compile().unwrap();
    let mut answers = Answers::from([
        ("dist_id".to_string(), Answer::Value("D0402".into())),
        ("posto_id".to_string(), Answer::Value("P1".into())),
    ]);
    let offered = |answers: &Answers| {
        let ctx = crate::validate::Context {
            form: &form,
            answers,
            today: "2026-12-06",
        };
        ctx.visible_choices(form.node("pov_ids").unwrap(), &[])
            .into_iter()
            .map(|c| c.name)
            .collect::<Vec<_>>()
    };
    assert_eq!(offered(&answers), ["PV1", "PV2"]);
    answers.insert("pov_ids".into(), Answer::Value("PV2".into()));
    settle(&form, &mut answers, "2026-12-06");
    assert_eq!(answers["first_name"], Answer::Value("Etatara".into()));
    // Another district: its own file; a village of the first is no longer a choice.
    answers.insert("dist_id".into(), Answer::Value("D0406".into()));
    answers.insert("posto_id".into(), Answer::Value("P9".into()));
    assert_eq!(offered(&answers), ["PV9"]);
    let problems = validate(&form, &answers, "2026-12-06");
    assert!(problems.iter().any(|p| p.name == "pov_ids"), "{problems:?}");
}

fn imported_warns(warnings: &[String], part: &str) -> bool {
    warnings.iter().any(|w| w.contains(part))
}
