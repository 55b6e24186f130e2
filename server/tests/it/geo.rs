//! Lines and areas (`geotrace`, `geoshape`): the server checks each record's with the
//! phone's own code (`forms::geo`), computes `area()` and `distance()` as ODK does, and
//! exports them as ODK writes them.

use crate::common::{Server, valid_submission};
use forms::batch::Outcome;
use forms::consent::NEEDS_ASSESSMENT;
use forms::model::Answer;

const ROAD: &str = "-1.29 36.82 1700 5;-1.291 36.821 1701 4";
const PLOT: &str = "0 0 0 3;0 0.001 0 3;0.001 0.001 0 3;0.001 0 0 3;0 0 0 3";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn lines_and_areas_are_checked_computed_and_exported_as_odk_writes_them() {
    let server = Server::start().await;
    let admin = server.sign_in("admin").await;
    let form = crate::common::xlsform(&[
        &["type", "name", "label", "calculation", "tags"],
        &["geotrace", "road", "Walk along the road", "", "plain"],
        &["geoshape", "plot", "Walk around the plot", "", "plain"],
        &[
            "calculate",
            "plot_m2",
            "",
            "round(area(${plot}), 0)",
            "plain",
        ],
        &[
            "calculate",
            "road_m",
            "",
            "round(distance(${road}), 0)",
            "plain",
        ],
    ]);
    let (phone, form) = server.import_and_enroll(&admin, "plots.xlsx", form).await;
    let record = |road: &str, plot: &str, m2: &str, m: &str| {
        let mut r = valid_submission(&[NEEDS_ASSESSMENT]);
        r.form_id = form["id"].as_str().unwrap().into();
        r.form_version = form["version"].as_str().unwrap().into();
        r.answers = [
            ("road", road),
            ("plot", plot),
            ("plot_m2", m2),
            ("road_m", m),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), Answer::Value(v.to_string())))
        .collect();
        r
    };
    // A square of 0.001 degree at the equator (12,392 m² on ODK's sphere); the road
    // about 157 m long.
    let good = record(ROAD, PLOT, "12392", "157");
    let one_point = record("-1.29 36.82 0 0", PLOT, "12392", "0");
    let open_plot = record(
        ROAD,
        "0 0 0 3;0 0.001 0 3;0.001 0.001 0 3;0.001 0 0 3",
        "12392",
        "157",
    );
    let ack = phone.sync(&[good.clone(), one_point, open_plot]).await;
    assert_eq!(
        ack.results[0].outcome,
        Outcome::Accepted,
        "{:?}",
        ack.results[0]
    );
    for (i, (name, id)) in [
        (1, ("road", "field-not-geotrace")),
        (2, ("plot", "field-not-geoshape")),
    ] {
        match &ack.results[i].outcome {
            Outcome::Rejected { errors, .. } => assert!(
                errors
                    .iter()
                    .any(|e| e.name == name && e.problem.message_id() == id),
                "{errors:?}"
            ),
            other => panic!("record {i} was {other:?}"),
        }
    }

    // The export holds the text ODK writes, point by point.
    let steward = server.sign_in("steward").await;
    server.approve_all(&steward, &[good.id.to_string()]).await;
    let csv = server.get_text(&steward, "/exports/steward").await;
    assert!(csv.contains(ROAD), "{csv}");
    assert!(csv.contains(PLOT), "{csv}");
    assert!(csv.contains("12392"), "{csv}");
}
