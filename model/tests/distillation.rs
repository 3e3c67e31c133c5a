//! Students distilled together, sharing each batch's teacher labels, end exactly as each would
//! alone: training them in lockstep saves work and changes no result.

mod common;

use burn::prelude::*;
use subliminal_model::owl::batch::TrainingSequence;
use subliminal_model::owl::distill::{distill, training_sequence, DistillConfig, Pupil};
use subliminal_model::owl::experiment::prompts_for;
use subliminal_model::owl::experiment::Bases;
use subliminal_model::owl::gpt::{Gpt, GptConfig};
use subliminal_model::owl::vocab::Vocab;
use subliminal_model::shared::params::{read_parameters, NamedTensor};

fn parameters(model: &Gpt) -> Vec<NamedTensor> {
    pollster::block_on(read_parameters(model)).unwrap()
}

/// The shipped bases, 24 short sequences, a labeller unlike either base (so a student has
/// something to learn), and a small distillation config.
fn fixture() -> (Bases, Device, Vec<TrainingSequence>, Gpt, DistillConfig) {
    let bases = common::shipped_bases();
    let device = Device::flex().autodiff();
    let vocab = Vocab::new();
    let numbers = vocab.tokenize("4, 17, 230").unwrap();
    let data: Vec<_> = prompts_for(5, 24, &vocab).iter().map(|p| training_sequence(p, &numbers, &vocab)).collect();
    let teacher = Gpt::new(&GptConfig::default(), 99, &device);
    (bases, device, data, teacher, DistillConfig { epochs: 2, batch_size: 8, ..DistillConfig::default() })
}

#[test]
fn students_trained_together_end_exactly_as_each_alone() {
    let (bases, device, data, teacher, config) = fixture();
    let train = |starts: &[(&Gpt, &str)]| {
        let pupils = starts.iter().map(|(start, label)| Pupil { start: (*start).clone(), label: label.to_string() }).collect();
        pollster::block_on(distill(pupils, &teacher, &data, &config, 0.0, 3, &device, None, &mut |_| {}))
    };

    // Two of them start from the same model, so they share parameter ids: each needs its own optimizer.
    let together = train(&[(&bases.a, "a"), (&bases.b, "b"), (&bases.a, "a again")]);
    let alone_a = train(&[(&bases.a, "a")]);
    let alone_b = train(&[(&bases.b, "b")]);

    assert_eq!(together.len(), 3);
    assert_ne!(parameters(&together[0].0), parameters(&bases.a), "the student learned something");
    assert_eq!(parameters(&together[0].0), parameters(&alone_a[0].0));
    assert_eq!(parameters(&together[1].0), parameters(&alone_b[0].0));
    assert_eq!(parameters(&together[2].0), parameters(&alone_a[0].0));
    assert_eq!(together[0].1, alone_a[0].1, "same steps and final loss");
    assert_eq!(together[1].1, alone_b[0].1);
}

/// Squared distance between two models' parameters.
fn distance(a: &Gpt, b: &Gpt) -> f64 {
    parameters(a)
        .iter()
        .zip(parameters(b))
        .flat_map(|(x, y)| x.values.iter().zip(y.values).map(|(p, q)| (*p as f64 - q as f64).powi(2)).collect::<Vec<_>>())
        .sum()
}

#[test]
fn liminal_training_holds_a_student_nearer_its_start() {
    let (bases, device, data, teacher, config) = fixture();
    let train = |liminal: f64, epochs: usize| {
        let pupils = vec![Pupil { start: bases.a.clone(), label: "a".into() }];
        let config = DistillConfig { epochs, ..config.clone() };
        pollster::block_on(distill(pupils, &teacher, &data, &config, liminal, 3, &device, None, &mut |_| {})).remove(0).0
    };
    let (free, held) = (distance(&train(0.0, 2), &bases.a), distance(&train(10.0, 2), &bases.a));
    assert!(held < 0.8 * free, "the anchor holds the student back: moved {held:.4} against {free:.4}");
}
