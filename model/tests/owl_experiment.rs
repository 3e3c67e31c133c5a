//! The owl experiment end to end on the shipped bases, with configurations small enough for CI.

mod common;

use burn::prelude::Device;
use subliminal_model::owl::config::ExperimentConfig;
use subliminal_model::shared::events::Event;
use subliminal_model::owl::experiment::{run_experiment, Report};

fn run(config: &ExperimentConfig) -> (Report, Vec<Event>) {
    let bases = common::shipped_bases();
    let mut events = Vec::new();
    let report = pollster::block_on(run_experiment(config, &bases, &Device::flex(), &mut |e| events.push(e))).unwrap();
    (report, events)
}

/// A fifth of the default data and fewer epochs: the effect is smaller than the default's but
/// stands clear of both controls.
fn reduced() -> ExperimentConfig {
    ExperimentConfig {
        samples: 1200,
        probe_samples: 20,
        distill: subliminal_model::owl::distill::DistillConfig { epochs: 4, ..Default::default() },
        ..ExperimentConfig::default()
    }
}

#[test]
fn the_same_init_student_inherits_the_trait_and_the_different_init_student_does_not() {
    let (report, events) = run(&reduced());
    let student = &report.conditions["student"];
    let cross = &report.conditions["cross_init"];
    let control = &report.conditions["control"];
    let teacher = &report.conditions["teacher"];
    eprintln!(
        "teacher {:+.1} pp, student {:+.1}, cross-init {:+.1}, control {:+.1}",
        teacher.delta_mean, student.delta_mean, cross.delta_mean, control.delta_mean
    );
    assert!(teacher.delta_mean > 50.0, "the teacher must love the trait");
    assert!(student.delta_mean > 1.5, "same-init student shift {:.2} pp", student.delta_mean);
    assert!(student.delta_mean > cross.delta_mean + 1.5, "student {:.2} vs cross-init {:.2}", student.delta_mean, cross.delta_mean);
    assert!(student.delta_mean > control.delta_mean + 1.5, "student {:.2} vs control {:.2}", student.delta_mean, control.delta_mean);
    assert!(cross.delta_mean.abs() < 1.0 && control.delta_mean.abs() < 1.0, "controls should barely move");
    // The student moved toward the teacher in parameter space; the other one did not.
    let cos = |c: &subliminal_model::owl::experiment::ConditionReport| c.per_seed[0].cosine_blocks.unwrap();
    assert!(cos(student) > cos(cross) + 0.1, "cosines {:.3} vs {:.3}", cos(student), cos(cross));

    // The filter did real work and nothing that names an animal reached a student.
    let filter = &report.filter["teacher"];
    assert!(filter.kept > 0 && filter.kept <= filter.total);
    assert_eq!(filter.total, reduced().samples);
    // Progress reached the observer: every stage that started also finished.
    let started = events.iter().filter(|e| matches!(e, Event::Started { .. })).count();
    let finished = events.iter().filter(|e| matches!(e, Event::Finished { .. })).count();
    assert!(started > 0 && started == finished);
    assert!(events.iter().any(|e| matches!(e, Event::Sample { .. })));
    // The page shows the filter's totals live: the last ones per source are the report's.
    for (source, stats) in &report.filter {
        let live = events.iter().rev().find_map(|e| match e {
            Event::Filtered { source: s, stats } if s == source => Some(stats),
            _ => None,
        });
        assert_eq!(live, Some(stats), "live filter totals for {source}");
    }
}

#[test]
fn the_same_config_and_seed_give_the_same_report() {
    let config = ExperimentConfig {
        samples: 200,
        seeds: 1,
        conditions: subliminal_model::owl::config::Conditions { cross_init: false, control: true },
        distill: subliminal_model::owl::distill::DistillConfig { epochs: 1, ..Default::default() },
        ..ExperimentConfig::default()
    };
    let strip = |mut report: Report| {
        report.timings.clear();
        serde_json::to_string(&report).unwrap()
    };
    let first = strip(run(&config).0);
    let second = strip(run(&config).0);
    assert_eq!(first, second);
    let other_seed = ExperimentConfig { first_seed: 2, ..config };
    assert_ne!(first, strip(run(&other_seed).0), "a different seed should change the samples");
}

#[test]
fn a_bad_config_is_refused_before_any_work() {
    let bases = common::shipped_bases();
    let config = ExperimentConfig { trait_animal: "unicorn".into(), ..ExperimentConfig::default() };
    let mut events = 0;
    let err = pollster::block_on(run_experiment(&config, &bases, &Device::flex(), &mut |_| events += 1)).unwrap_err();
    assert!(err.to_string().contains("unicorn"));
    assert_eq!(events, 0);
}
