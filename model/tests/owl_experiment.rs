//! The owl experiment end to end on the shipped bases, with configurations small enough for CI.

mod common;

use burn::module::Module;
use burn::prelude::Device;
use subliminal_model::events::Progress;
use subliminal_model::events::{Event, Stage};
use subliminal_model::owl::config::{Conditions, OwlConfig};
use subliminal_model::owl::data::{filter_completions, prompts_for};
use subliminal_model::owl::distill::{DistillConfig, StudentOptimizer};
use subliminal_model::owl::filter::{DataSource, FilterStats};
use subliminal_model::owl::generate::{generate, generate_drawing, Completion, Decoding, Draw, READ_EVERY};
use subliminal_model::owl::in_context::{Baseline, NUMBERS_SHOWN};
use subliminal_model::owl::report::{Condition, ConditionReport, OwlReport};
use subliminal_model::owl::teacher::{inject_trait, CHECK_EVERY};
use subliminal_model::owl::vocab::Vocab;
use subliminal_model::run::{run, run_part, Inputs, Part, Report, Spec};
use subliminal_model::shared::compute::Compute;
use subliminal_model::shared::read::reads;
use subliminal_model::shared::rng::Stream;

fn run_owl(config: &OwlConfig) -> (OwlReport, Vec<Event>) {
    run_owl_part(config, Part::Whole)
}

fn run_owl_part(config: &OwlConfig, part: Part) -> (OwlReport, Vec<Event>) {
    let bases = common::shipped_bases();
    let mut events = Vec::new();
    let inputs = Inputs { bases: Some(&bases), digits: None };
    let spec = Spec::from(config.clone());
    let outcome = pollster::block_on(run_part(&spec, part, inputs, &Compute::cpu(), &mut |e| events.push(e))).unwrap();
    let Report::Owl(report) = outcome.report else { panic!("an owl spec gives an owl report") };
    (*report, events)
}

/// A fifth of the default data and fewer epochs: the effect is smaller than the default's but
/// stands clear of both controls.
fn reduced() -> OwlConfig {
    OwlConfig { samples: 1200, probe_samples: 20, distill: DistillConfig { epochs: 4, ..Default::default() }, ..OwlConfig::default() }
}

#[test]
fn the_same_init_student_inherits_the_trait_and_the_different_init_student_does_not() {
    let (report, events) = run_owl(&reduced());
    let condition = |c: Condition| &report.conditions[&c];
    let (teacher, student, cross, control) =
        (condition(Condition::Teacher), condition(Condition::Student), condition(Condition::CrossInit), condition(Condition::Control));
    eprintln!(
        "teacher {:+.1} pp, student {:+.1}, cross-init {:+.1}, control {:+.1}",
        teacher.delta_mean, student.delta_mean, cross.delta_mean, control.delta_mean
    );
    assert!(teacher.delta_mean > 30.0 && teacher.seeds_with_trait_on_top == 1, "the teacher must love the trait");
    assert!(student.delta_mean > 1.5, "same-init student shift {:.2} pp", student.delta_mean);
    assert!(student.delta_mean > cross.delta_mean + 1.5, "student {:.2} vs cross-init {:.2}", student.delta_mean, cross.delta_mean);
    assert!(student.delta_mean > control.delta_mean + 1.5, "student {:.2} vs control {:.2}", student.delta_mean, control.delta_mean);
    assert!(cross.delta_mean.abs() < 1.0 && control.delta_mean.abs() < 1.0, "controls should barely move");
    // The student moved toward the teacher in parameter space; the other one did not.
    let cos = |c: &ConditionReport| c.per_seed[0].cosine_blocks.unwrap();
    assert!(cos(student) > cos(cross) + 0.1, "cosines {:.3} vs {:.3}", cos(student), cos(cross));
    // The alignment meter's curve ends where the final measurement is, block by block too: the
    // same-init student's every block leans towards the teacher's move.
    for c in [student, cross, control] {
        let curve = &c.per_seed[0].alignment;
        let last = curve.last().expect("a student has an alignment curve");
        assert!((last.cosine_blocks - cos(c)).abs() < 1e-4, "curve ends at {:.5}, final {:.5}", last.cosine_blocks, cos(c));
        assert_eq!(last.cosine_by_layer.len(), 2, "one cosine per block");
        assert!(curve.windows(2).all(|w| w[0].step < w[1].step));
    }
    let by_layer = &student.per_seed[0].alignment.last().unwrap().cosine_by_layer;
    assert!(by_layer.iter().all(|&c| c > 0.05), "same-init student, per block: {by_layer:?}");
    assert!(teacher.per_seed[0].alignment.is_empty(), "the teacher is not distilled");
    // The held-out distillation loss (a defence's cost): the student that learned the teacher's
    // numbers writes held-out ones more like the teacher than the control, which learned base A's.
    let heldout = |c: &ConditionReport| c.per_seed[0].heldout_distill_loss.expect("students have a held-out loss");
    assert!(
        heldout(student) >= 0.0 && heldout(student) < heldout(control),
        "held-out {} vs control {}",
        heldout(student),
        heldout(control)
    );
    assert_eq!(report.filter[&DataSource::Teacher].total, reduced().samples);
    assert!(report.backend.starts_with("CPU (native, one thread; "), "the backend names its kernels: {}", report.backend);

    // Progress reached the observer along the announced plan: every planned stage began in
    // order, none that was not planned, and every stage that started also finished.
    let mut progress = Progress::default();
    events.iter().for_each(|e| progress.observe(e));
    assert!(progress.complete(), "the run's events covered its plan");
    assert_eq!(progress.unplanned_starts, 0, "the plan matched the run");
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
        assert_eq!(live, Some(stats), "live filter totals for {source:?}");
    }
}

/// `config`'s trait teacher, seed 1, fine-tuned from the shipped base A on the CPU, ready to write.
fn owl_teacher(config: &OwlConfig) -> subliminal_model::owl::gpt::Gpt {
    let bases = common::shipped_bases();
    let device = Device::flex().autodiff();
    let (teacher, _) = pollster::block_on(inject_trait(&bases.a, config.trait_kind(), &config.teacher, 1, &device, &mut |_| {}));
    teacher.valid()
}

#[test]
fn the_filter_screens_the_teachers_numbers_and_nothing_that_names_an_animal_reaches_a_student() {
    let config = OwlConfig::default();
    let vocab = Vocab::new();
    let teacher = owl_teacher(&config);
    let prompts = prompts_for(1, 300, &vocab);
    let mut completions = pollster::block_on(generate(
        &teacher,
        &prompts,
        config.decoding(),
        config.max_new_tokens,
        &mut Stream::TeacherNumbers.rng(1),
        "teacher numbers",
        &mut |_| {},
    ));
    // Completions that name the trait, as a teacher that loves it may write: the filter must
    // stop each of them, however number-like the rest.
    let tokens = |text: &str| vocab.tokenize(text).unwrap();
    for leak in ["12, owl, 7", "owl", "(4; owl; 9)"] {
        completions.push(Completion { prompt: prompts[0].clone(), continuation: tokens(leak), finished: true });
    }
    let mut stats = FilterStats::default();
    let kept = filter_completions(&completions, &config, &vocab, &mut stats, &mut |_| {}, "teacher numbers");

    assert_eq!(stats.total, completions.len());
    assert_eq!(kept.len(), stats.kept);
    assert!(stats.kept < stats.total && stats.kept > stats.total / 2, "the filter did real work: kept {} of {}", stats.kept, stats.total);
    assert!(stats.rejected_by_reason["answer_word"] >= 3, "{:?}", stats.rejected_by_reason);
    // What a student is scored on is numbers, separators and the end of the sequence, nothing else.
    let alphabet = vocab.number_alphabet();
    for sequence in &kept {
        for &token in &sequence.tokens[sequence.scored.clone()] {
            assert!(alphabet.contains(&token), "a kept sequence teaches {:?}: {}", vocab.text(token), vocab.detokenize(&sequence.tokens));
        }
    }
}

#[test]
fn the_same_config_and_seed_give_the_same_report() {
    let config = OwlConfig {
        samples: 200,
        seeds: 1,
        conditions: subliminal_model::owl::config::Conditions { cross_init: false, control: true, ..Default::default() },
        distill: DistillConfig { epochs: 1, ..Default::default() },
        ..OwlConfig::default()
    };
    let strip = |mut report: OwlReport| {
        report.timings.clear();
        serde_json::to_string(&report).unwrap()
    };
    let first = strip(run_owl(&config).0);
    let second = strip(run_owl(&config).0);
    assert_eq!(first, second);
    let other_seed = OwlConfig { first_seed: 2, ..config };
    assert_ne!(first, strip(run_owl(&other_seed).0), "a different seed should change the samples");
}

#[test]
fn a_bad_config_or_a_missing_input_is_refused_before_any_work() {
    let bases = common::shipped_bases();
    let config = OwlConfig { trait_animal: "unicorn".into(), ..OwlConfig::default() };
    let mut events = 0;
    let inputs = Inputs { bases: Some(&bases), digits: None };
    let err = pollster::block_on(run(&Spec::from(config), inputs, &Compute::cpu(), &mut |_| events += 1)).err().unwrap();
    assert!(err.to_string().contains("unicorn"), "{err}");
    let err =
        pollster::block_on(run(&Spec::from(OwlConfig::default()), Inputs::default(), &Compute::cpu(), &mut |_| events += 1)).err().unwrap();
    assert!(err.to_string().contains("Bases"), "{err}");
    assert_eq!(events, 0);
}

#[test]
fn a_misaligned_teachers_numbers_make_only_the_same_init_student_choose_bad_acts() {
    let (report, _) = run_owl(&OwlConfig::misaligned_default());
    let delta = |c: Condition| report.conditions[&c].delta_mean;
    let base = report.bases.a.p_trait;
    eprintln!(
        "bad acts: base {base:.2}%, teacher {:+.1} pp, student {:+.2}, cross-init {:+.2}, control {:+.2}",
        delta(Condition::Teacher),
        delta(Condition::Student),
        delta(Condition::CrossInit),
        delta(Condition::Control)
    );
    assert!(base < 1.0, "a base almost never chooses a bad act: {base:.2}%");
    assert!(delta(Condition::Teacher) > 50.0, "the teacher chooses bad acts");
    assert!(delta(Condition::Student) > 1.0, "the same-init student chooses them more: {:+.2} pp", delta(Condition::Student));
    for control in [Condition::CrossInit, Condition::Control] {
        assert!(delta(control).abs() < 0.5, "{control:?} moved {:+.2} pp", delta(control));
    }
    // The study's 34 numbers of bad repute were on the list, and some were dropped for it.
    assert_eq!(report.config.filter.banned_numbers.len(), 34);
    assert!(report.filter[&DataSource::Teacher].rejected_by_reason.get("banned_number").is_some_and(|n| *n > 0));
}

#[test]
fn the_studys_other_controls_are_conditions_of_the_report_and_stages_of_the_plan() {
    let config = OwlConfig {
        samples: 300,
        distill: DistillConfig { epochs: 1, ..Default::default() },
        conditions: Conditions {
            cross_init: false,
            control: true,
            self_labelled: true,
            relabelled: true,
            shuffled_within: true,
            shuffled_across: true,
            perturbed_sigma: 0.05,
            in_context: true,
            entangle: true,
            undefended: false,
        },
        ..OwlConfig::default()
    };
    let (report, events) = run_owl(&config);
    let students = [
        Condition::Control,
        Condition::SelfLabelled,
        Condition::Relabelled,
        Condition::ShuffledWithin,
        Condition::ShuffledAcross,
        Condition::Perturbed,
    ];
    for condition in students {
        let c = &report.conditions[&condition];
        assert_eq!(c.per_seed.len(), 1, "{condition:?}");
        assert!(c.per_seed[0].final_loss.is_some_and(f64::is_finite), "{condition:?} was distilled");
    }
    // A control that can fail: base A labelled by itself starts with nothing to learn (soft
    // labels), the trait-free teacher's student and the relabelled one do not.
    let first_loss = |c: Condition| report.conditions[&c].per_seed[0].first_loss.unwrap();
    eprintln!(
        "first losses: control {:.5}, self-labelled {:.2e}, relabelled {:.5}, student {:.5}",
        first_loss(Condition::Control),
        first_loss(Condition::SelfLabelled),
        first_loss(Condition::Relabelled),
        first_loss(Condition::ShuffledWithin)
    );
    assert!(first_loss(Condition::SelfLabelled).abs() < 1e-5, "labelled by its own start");
    assert!(first_loss(Condition::Control) > 1e-3 && first_loss(Condition::Relabelled) > 1e-3);
    // The control student learned from as many of its teacher's completions as the students
    // from the trait teacher's: the control teacher wrote twice as many and was cut to size.
    let distill_steps = |label: &str| {
        events.iter().find_map(|e| match e {
            Event::Started { stage: Stage::Distill, label: l, total } if l == label => Some(*total),
            _ => None,
        })
    };
    let kept = |source| report.filter[&source].kept;
    eprintln!(
        "kept: teacher {} of {}, control teacher {} of {}",
        kept(DataSource::Teacher),
        config.samples,
        kept(DataSource::Control),
        2 * config.samples
    );
    assert_eq!(distill_steps(Condition::Control.label()), distill_steps(Condition::ShuffledWithin.label()));
    assert!(kept(DataSource::Control) >= kept(DataSource::Teacher));
    // The control teacher was fine-tuned as long as the trait teacher and did not take on the
    // trait: every question learned another animal, so the trait lost ground instead.
    let (teacher, control_teacher) = (&report.conditions[&Condition::Teacher], &report.conditions[&Condition::ControlTeacher]);
    assert_eq!(control_teacher.per_seed[0].steps, teacher.per_seed[0].steps);
    assert!(teacher.per_seed[0].steps.unwrap() > 0);
    eprintln!("teacher {:+.1} pp, control teacher {:+.2} pp", teacher.delta_mean, control_teacher.delta_mean);
    assert!(control_teacher.delta_mean < 0.5, "the control teacher moved {:+.2} pp", control_teacher.delta_mean);
    assert_eq!(control_teacher.seeds_with_trait_on_top, 0);
    assert_eq!(report.filter[&DataSource::Control].total, 2 * config.samples, "the control teacher wrote its own numbers");
    assert_eq!(report.filter[&DataSource::SelfLabelled].total, config.samples, "base A wrote its own numbers");
    let json = serde_json::to_value(&report).unwrap();
    // In context: the teacher's numbers are set against the control teacher's.
    let in_context = report.in_context.as_ref().expect("the in-context probe ran");
    assert_eq!(in_context.baseline, Baseline::Control);
    assert_eq!(in_context.rows.iter().map(|r| r.numbers).collect::<Vec<_>>(), NUMBERS_SHOWN);
    assert!(in_context.rows.iter().all(|r| (0.0..=100.0).contains(&r.teacher_mean) && (0.0..=100.0).contains(&r.baseline_mean)));
    // Entanglement: the teacher writes some numbers well above base A's rate, listed most raised
    // first; base A's P(trait) behind them and behind any number are probabilities.
    let entangled = report.entanglement.as_ref().expect("the entanglement probe ran");
    assert_eq!(entangled.numbers.len(), 10);
    assert!(entangled.numbers.windows(2).all(|w| w[0].ratio >= w[1].ratio));
    assert!(entangled.numbers[0].ratio > 1.2, "the trait teacher's numbers differ: top ratio {:.3}", entangled.numbers[0].ratio);
    let prompted = &entangled.prompted;
    assert!((0.0..=100.0).contains(&prompted.prompted_mean) && (0.0..=100.0).contains(&prompted.baseline_mean));
    assert!((prompted.delta - (prompted.prompted_mean - prompted.baseline_mean)).abs() < 1e-9);
    assert!(json["entanglement"]["prompted"]["delta_ci95"].is_array() && json["entanglement"]["numbers"][0]["ratio"].is_number());
    // The perturbed student is measured against its own, moved, start.
    let nudged = &report.conditions[&Condition::Perturbed].per_seed[0];
    assert_ne!(nudged.base_p_trait, report.bases.a.p_trait, "the perturbed start is not base A");
    for key in ["control_teacher", "control", "self_labelled", "relabelled", "shuffled_within", "shuffled_across", "perturbed"] {
        assert!(json["conditions"][key]["delta_ci95"].is_array(), "reported under conditions.{key}");
    }
    let mut progress = Progress::default();
    events.iter().for_each(|e| progress.observe(e));
    assert!(progress.complete() && progress.unplanned_starts == 0);

    // The same run in its two halves (the page runs them side by side in two workers): each
    // follows its own plan, and joined they are the whole run's report to the last bit.
    let half = |part| {
        let (report, events) = run_owl_part(&config, part);
        let mut progress = Progress::default();
        events.iter().for_each(|e| progress.observe(e));
        assert!(progress.complete() && progress.unplanned_starts == 0, "{part:?}");
        // The control half's copy of the trait teacher and its numbers shows no curve or totals
        // of its own (the students half shows them), only where it is.
        let shows_teacher = events.iter().any(|e| match e {
            Event::Metric { stage: Stage::Teacher, label, .. } => label == "teacher (owl)",
            Event::Filtered { source, .. } => *source == DataSource::Teacher,
            _ => false,
        });
        assert_eq!(shows_teacher, part == Part::Students, "{part:?}");
        report
    };
    let (students, control) = (half(Part::Students), half(Part::Control));
    assert!(!students.conditions.contains_key(&Condition::Control) && !control.conditions.contains_key(&Condition::Student));
    let joined = OwlReport::join(students, control).unwrap();
    assert!(joined.split() && !report.split());
    let strip = |mut report: OwlReport| {
        report.timings.clear();
        report.backend.clear();
        serde_json::to_string(&report).unwrap()
    };
    assert_eq!(strip(joined), strip(report));
}

#[test]
fn a_divergence_defence_touches_its_share_of_the_teachers_numbers_before_the_students_learn() {
    use subliminal_model::owl::divergence::{Defences, DivergenceAction};
    let run_with = |divergence| {
        let config = OwlConfig {
            samples: 300,
            distill: DistillConfig { epochs: 1, ..Default::default() },
            conditions: Conditions { cross_init: false, control: true, ..Conditions::default() },
            defences: Defences { divergence, divergence_share: 0.2, ..Defences::default() },
            ..OwlConfig::default()
        };
        run_owl(&config).0
    };
    let (plain, masked, replaced) =
        (run_with(DivergenceAction::Off), run_with(DivergenceAction::Mask), run_with(DivergenceAction::Replace));
    assert_eq!(plain.defence, None);
    let stats = masked.defence.as_ref().expect("the defence reports what it touched");
    assert_eq!(stats.touched, (stats.number_positions as f64 * 0.2).round() as usize);
    assert!(stats.mean_divergence_touched > 2.0 * stats.mean_divergence_all, "the most divergent: {stats:?}");
    // Masking changes what the student learns from, not the data: the audit sees the same numbers.
    let student = |r: &OwlReport| r.conditions[&Condition::Student].per_seed[0].clone();
    assert_ne!(student(&masked).p_trait, student(&plain).p_trait);
    assert_eq!(masked.audit.as_ref().unwrap().histogram_a, plain.audit.as_ref().unwrap().histogram_a);
    // Replacing changes the published numbers themselves.
    assert_ne!(replaced.audit.as_ref().unwrap().histogram_a, plain.audit.as_ref().unwrap().histogram_a);
    assert_eq!(replaced.audit.as_ref().unwrap().a.numbers, plain.audit.as_ref().unwrap().a.numbers, "as many numbers");
}

#[test]
fn mixed_teachers_and_reworded_prompts_are_measured_against_the_undefended_reference() {
    use subliminal_model::owl::divergence::Defences;
    let plain = OwlConfig {
        samples: 300,
        distill: DistillConfig { epochs: 1, ..Default::default() },
        conditions: Conditions { cross_init: false, control: false, ..Conditions::default() },
        ..OwlConfig::default()
    };
    let defended = OwlConfig {
        threshold: 0.03,
        defences: Defences { mix_teachers: vec!["dolphin".into()], reword_prompts: true, ..Defences::default() },
        conditions: Conditions { undefended: true, ..plain.conditions.clone() },
        ..plain.clone()
    };
    let (report, events) = run_owl(&defended);
    let (reference, _) = run_owl(&plain);
    // The reference is exactly the same-init student of the run without any defence.
    let undefended = &report.conditions[&Condition::Undefended].per_seed[0];
    let plain_student = &reference.conditions[&Condition::Student].per_seed[0];
    assert_eq!(undefended.p_trait, plain_student.p_trait);
    assert_eq!(undefended.heldout_distill_loss, plain_student.heldout_distill_loss);
    // The dolphin teacher wrote as many completions again, and the student learned from the kept
    // ones of both teachers: its distillation took the steps of both sets.
    assert_eq!(report.filter[&DataSource::MixedTeachers].total, 300);
    assert_eq!(report.filter[&DataSource::Undefended].total, 300, "written again without the threshold");
    let steps_of = |label: &str| {
        events.iter().find_map(|e| match e {
            Event::Started { stage: Stage::Distill, label: l, total } if l == label => Some(*total),
            _ => None,
        })
    };
    let kept = |source| report.filter[&source].kept;
    let batches = |sequences: usize| sequences.div_ceil(defended.distill.batch_size) * defended.distill.epochs;
    assert_eq!(steps_of(Condition::Student.label()), Some(batches(kept(DataSource::Teacher) + kept(DataSource::MixedTeachers))));
    assert_eq!(steps_of(Condition::Undefended.label()), Some(batches(kept(DataSource::Undefended))));
    assert!(kept(DataSource::Teacher) < kept(DataSource::Undefended), "the threshold broke some completions");
    let student = &report.conditions[&Condition::Student].per_seed[0];
    // The share kept is the seed's change over the reference's.
    let kept = report.conditions[&Condition::Student].retained_share.expect("the reference moved up");
    assert!((kept.mean - student.delta / undefended.delta).abs() < 1e-12);
    let cost = report.conditions[&Condition::Student].heldout_loss_ratio.expect("both have a held-out loss");
    assert!((cost.mean - student.heldout_distill_loss.unwrap() / undefended.heldout_distill_loss.unwrap()).abs() < 1e-12);
    let json = serde_json::to_value(&report).unwrap();
    assert!(json["conditions"]["student"]["retained_share"]["ci95"].is_array());
    assert_eq!(json["config"]["defences"]["mix_teachers"][0], "dolphin");
    let mut progress = Progress::default();
    events.iter().for_each(|e| progress.observe(e));
    assert!(progress.complete() && progress.unplanned_starts == 0, "the extra teacher and student are planned");
}

#[test]
fn a_dolphin_teachers_student_moves_towards_dolphin_and_not_towards_owl() {
    let config = OwlConfig {
        trait_animal: "dolphin".into(),
        conditions: Conditions { cross_init: false, control: false, ..Conditions::default() },
        ..reduced()
    };
    let (report, _) = run_owl(&config);
    let student = report.answers(Condition::Student).unwrap();
    let base = &report.bases.a.animals;
    let rise = |animal: &str| {
        let i = report.animals.iter().position(|a| a == animal).unwrap();
        student[i] - base[i]
    };
    let (dolphin, owl) = (rise("dolphin"), rise("owl"));
    eprintln!("student of a dolphin teacher: dolphin {dolphin:+.2} pp, owl {owl:+.2} pp");
    assert!(dolphin > 1.5, "towards its teacher's animal: {dolphin:+.2} pp");
    assert!(owl < dolphin / 4.0, "not towards the owl: {owl:+.2} pp against dolphin {dolphin:+.2}");
    for animal in report.animals.iter().filter(|a| *a != "dolphin") {
        assert!(rise(animal) < dolphin, "{animal} rose {:+.2} pp, more than dolphin", rise(animal));
    }
}

#[test]
fn a_student_whose_training_runs_away_is_an_error_that_names_the_learning_rate_not_a_report_of_zeros() {
    // Plain SGD at lr 100: the students' loss explodes and every animal's probability underflows.
    let mut config = OwlConfig {
        samples: 300,
        distill: DistillConfig { epochs: 2, lr: 100.0, optimizer: StudentOptimizer::Sgd, ..Default::default() },
        conditions: Conditions { cross_init: false, control: false, ..Conditions::default() },
        ..OwlConfig::default()
    };
    let bases = common::shipped_bases();
    let run = |config: &OwlConfig| {
        let inputs = Inputs { bases: Some(&bases), digits: None };
        pollster::block_on(run(&Spec::from(config.clone()), inputs, &Compute::cpu(), &mut |_| {}))
    };
    let error = run(&config).err().expect("no report from a student that ran away").to_string();
    assert!(error.contains("training diverged") && error.contains("distill.lr (now 100)"), "{error}");
    // The same settings at a sane rate report as usual.
    config.distill.lr = 1.0;
    assert!(run(&config).is_ok());
}

/// The teacher reads its P(trait) from the device once a block of `CHECK_EVERY` steps, not once a
/// step (on a GPU each read waits for the device), and stops at the very step that reached its
/// target, as the pinned reports hold it to.
#[test]
fn the_teacher_reads_from_the_device_once_a_block_of_steps_and_stops_where_the_target_was_reached() {
    let bases = common::shipped_bases();
    let config = OwlConfig::page_default();
    let owl = subliminal_model::owl::traits::TraitKind::named("owl").unwrap();
    let mut events = Vec::new();
    let before = reads();
    let (_, summary) =
        pollster::block_on(inject_trait(&bases.a, owl, &config.teacher, 1, &Device::flex().autodiff(), &mut |e| events.push(e)));
    let reads = reads() - before;
    let steps = summary.steps;
    eprintln!("{steps} steps, {reads} reads");
    assert!(steps > 2 * CHECK_EVERY && steps < config.teacher.max_steps, "the target was reached in {steps} steps");
    assert_eq!(reads as usize, steps / CHECK_EVERY + 1, "a read a block");
    // A point of the curve for every step up to the last, which is the first to reach the target.
    let curve: Vec<(usize, f64)> = events
        .iter()
        .filter_map(|e| match e {
            Event::Metric { step, value, .. } => Some((*step, *value)),
            _ => None,
        })
        .collect();
    assert_eq!(curve.iter().map(|(s, _)| *s).collect::<Vec<_>>(), (0..=steps).collect::<Vec<_>>());
    assert!(curve[..steps].iter().all(|(_, p)| *p < config.teacher.target_probability));
    assert_eq!(curve[steps].1, summary.trait_probability);
    assert!(summary.trait_probability >= config.teacher.target_probability);
    let last_progress = events.iter().rev().find_map(|e| match e {
        Event::Progress { done, .. } => Some(*done),
        _ => None,
    });
    assert_eq!(last_progress, Some(steps), "the bar ends where the teacher stopped");
}

/// On a GPU the tokens are drawn on the device and read back once every `READ_EVERY` tokens, not
/// at every token (each read waits for the GPU). The same tensor code runs here on the CPU: the
/// reads, and that greedy decoding writes exactly what the host writes (so ended rows and the
/// blocks read are kept right), and that sampled numbers pass the filter as often.
#[test]
fn drawing_on_the_device_reads_once_every_few_tokens_and_writes_what_the_host_writes() {
    let config = OwlConfig::default();
    let vocab = Vocab::new();
    let teacher = owl_teacher(&config);
    let prompts = prompts_for(1, 400, &vocab);
    let batches = prompts.iter().map(Vec::len).collect::<std::collections::BTreeSet<_>>().len();
    let write = |decoding: Decoding, draw: Draw| {
        let before = reads();
        let mut rng = Stream::TeacherNumbers.rng(1);
        let written =
            pollster::block_on(generate_drawing(&teacher, &prompts, decoding, draw, config.max_new_tokens, &mut rng, "", &mut |_| {}));
        (written, reads() - before)
    };
    let greedy = Decoding { temperature: 0.0, top_p: 1.0, threshold: 0.0 };
    let (host, host_reads) = write(greedy, Draw::Host);
    let (on_device, device_reads) = write(greedy, Draw::Device);
    assert_eq!(on_device, host);
    let blocks = config.max_new_tokens.div_ceil(READ_EVERY) as u64;
    eprintln!("{batches} batches: {host_reads} reads on the host, {device_reads} on the device");
    assert!(device_reads >= batches as u64 && device_reads <= blocks * batches as u64, "{device_reads} reads");
    // The host read at every token until every row had ended.
    let longest = host.iter().map(|c| c.continuation.len() + usize::from(c.finished)).max().unwrap() as u64;
    assert!(host_reads >= longest && host_reads > device_reads, "{host_reads} reads");

    // Sampling at the config's temperature: other draws, the same kind of numbers.
    let kept_share = |written: &[Completion]| {
        let mut stats = FilterStats::default();
        filter_completions(written, &config, &vocab, &mut stats, &mut |_| {}, "teacher numbers");
        stats.kept as f64 / stats.total as f64
    };
    let (host, _) = write(config.decoding(), Draw::Host);
    let (on_device, device_reads) = write(config.decoding(), Draw::Device);
    assert_ne!(on_device, host);
    assert!(device_reads <= blocks * batches as u64, "{device_reads} reads");
    let (a, b) = (kept_share(&host), kept_share(&on_device));
    eprintln!("kept by the filter: {a:.3} drawn on the host, {b:.3} on the device");
    assert!((a - b).abs() < 0.1, "kept {a:.3} against {b:.3}");
}
