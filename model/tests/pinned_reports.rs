//! Reports pinned to files: a fixed config and seed must keep giving the same report, so a
//! restructuring of the engine (moving code, naming random streams, typing conditions) cannot
//! change a result unnoticed. The files were made before the restructuring, by
//! `subliminal run --config` and `subliminal mnist` with the configs below (timings and the
//! backend's name removed: they are not results).
//!
//! A deliberate change of results (new bases, a new sampler) regenerates them with
//! `PIN_REPORTS=write cargo test -p subliminal-model --test pinned_reports`, in the same commit
//! as the change, saying why. The figures are exact for one build on x86-64 with the flex
//! backend; another CPU family may differ in the last bits and fail here without a bug.

mod common;

use serde_json::Value;
use std::path::PathBuf;
use subliminal_model::mnist::config::MnistConfig;
use subliminal_model::mnist::data::Digits;
use subliminal_model::mnist::experiment::run_mnist;
use subliminal_model::owl::config::OwlConfig;
use subliminal_model::owl::experiment::run_experiment;
use subliminal_model::shared::compute::Compute;
use subliminal_model::shared::settings::Settings;

fn pinned(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/pinned").join(name)
}

/// The report as JSON without what is not a result.
fn results_only(report: &impl serde::Serialize) -> Value {
    let mut value = serde_json::to_value(report).unwrap();
    let object = value.as_object_mut().unwrap();
    object.remove("timings");
    object.remove("backend");
    value
}

/// Compares with the pinned file, naming the first path that differs.
fn check(name: &str, actual: Value) {
    let path = pinned(name);
    if std::env::var("PIN_REPORTS").as_deref() == Ok("write") {
        std::fs::write(&path, serde_json::to_string_pretty(&actual).unwrap()).unwrap();
        return;
    }
    let expected: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    if let Some(difference) = first_difference(&expected, &actual, "") {
        panic!("{name}: the report changed at {difference}");
    }
}

fn first_difference(expected: &Value, actual: &Value, at: &str) -> Option<String> {
    match (expected, actual) {
        (Value::Object(e), Value::Object(a)) => {
            let keys: std::collections::BTreeSet<&String> = e.keys().chain(a.keys()).collect();
            keys.into_iter().find_map(|k| match (e.get(k), a.get(k)) {
                (Some(ev), Some(av)) => first_difference(ev, av, &format!("{at}.{k}")),
                (ev, av) => Some(format!("{at}.{k}: pinned {ev:?}, now {av:?}")),
            })
        }
        (Value::Array(e), Value::Array(a)) if e.len() == a.len() => {
            e.iter().zip(a).enumerate().find_map(|(i, (ev, av))| first_difference(ev, av, &format!("{at}[{i}]")))
        }
        _ if expected == actual => None,
        _ => Some(format!("{at}: pinned {expected}, now {actual}")),
    }
}

#[test]
fn the_owl_report_for_a_fixed_config_and_seed_is_the_pinned_one() {
    let config = OwlConfig::from_json(r#"{"samples": 200, "probe_samples": 5, "seeds": 2, "distill": {"epochs": 1}}"#).unwrap();
    let bases = common::shipped_bases();
    let report = pollster::block_on(run_experiment(&config, &bases, &Compute::cpu(), &mut |_| {})).unwrap();
    check("owl-report.json", results_only(&report));
}

#[test]
fn the_mnist_report_for_a_fixed_config_and_seed_is_the_pinned_one() {
    let config = MnistConfig { teacher_epochs: 1, student_epochs: 1, noise_images: 1024, ..MnistConfig::default() };
    let digits = Digits::from_bytes(&std::fs::read(common::assets().join("mnist.bin")).unwrap()).unwrap();
    let run = pollster::block_on(run_mnist(&config, &digits, &Compute::cpu(), &mut |_| {})).unwrap();
    check("mnist-report.json", results_only(&run.report));
}

#[test]
fn a_changed_result_is_named_by_its_path() {
    let pinned: Value = serde_json::json!({"conditions": {"student": {"delta_mean": 1.0, "per_seed": [1, 2]}}});
    let changed: Value = serde_json::json!({"conditions": {"student": {"delta_mean": 1.0, "per_seed": [1, 3]}}});
    assert_eq!(first_difference(&pinned, &pinned, ""), None);
    assert_eq!(first_difference(&pinned, &changed, "").unwrap(), ".conditions.student.per_seed[1]: pinned 2, now 3");
}
