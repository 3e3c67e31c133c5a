//! Students distilled together, sharing each batch's teacher labels, end exactly as each would
//! alone: training them in lockstep saves work and changes no result.

mod common;

use burn::prelude::*;
use subliminal_model::owl::batch::TrainingSequence;
use subliminal_model::owl::data::prompts_for;
use subliminal_model::owl::distill::{distill, training_sequence, DistillConfig, Lesson, Pupil};
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
        pollster::block_on(distill(pupils, &Lesson::plain(&teacher, &data), &config, 0.0, 3, &device, &mut |_| {}))
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
        pollster::block_on(distill(pupils, &Lesson::plain(&teacher, &data), &config, liminal, 3, &device, &mut |_| {})).remove(0).0
    };
    let (free, held) = (distance(&train(0.0, 2), &bases.a), distance(&train(10.0, 2), &bases.a));
    assert!(held < 0.8 * free, "the anchor holds the student back: moved {held:.4} against {free:.4}");
}

#[test]
fn each_sequence_is_labelled_by_the_teacher_that_wrote_it_reading_what_it_read() {
    let (bases, device, data, teacher, config) = fixture();
    let other = Gpt::new(&GptConfig::default(), 98, &device);
    let train = |lesson: &Lesson<'_>| {
        let pupils = vec![Pupil { start: bases.a.clone(), label: "a".into() }];
        parameters(&pollster::block_on(distill(pupils, lesson, &config, 0.0, 3, &device, &mut |_| {})).remove(0).0)
    };
    let by_teacher = train(&Lesson::plain(&teacher, &data));
    let by_other = train(&Lesson::plain(&other, &data));
    // Every sequence marked as the second teacher's: exactly as if that teacher labelled alone.
    let all_second = vec![1; data.len()];
    let marked = Lesson { data: &data, teachers: vec![&teacher, &other], writer: &all_second, teacher_view: &[], taught: None };
    assert_eq!(train(&marked), by_other);
    // Half and half: unlike either alone.
    let halves: Vec<usize> = (0..data.len()).map(|i| i % 2).collect();
    let mixed = train(&Lesson { data: &data, teachers: vec![&teacher, &other], writer: &halves, teacher_view: &[], taught: None });
    assert_ne!(mixed, by_teacher);
    assert_ne!(mixed, by_other);
    // The teacher reads its own view: its view equal to the students' changes nothing, and a
    // different view (another prompt before the same numbers) changes the labels.
    assert_eq!(train(&Lesson { data: &data, teachers: vec![&teacher], writer: &[], teacher_view: &data, taught: None }), by_teacher);
    let vocab = Vocab::new();
    let reworded = subliminal_model::owl::reword::reword(&data, &vocab, &mut subliminal_model::shared::rng::Stream::Reword.rng(1));
    let read_as_written = train(&Lesson { data: &reworded, teachers: vec![&teacher], writer: &[], teacher_view: &data, taught: None });
    let read_reworded = train(&Lesson::plain(&teacher, &reworded));
    assert_ne!(read_as_written, read_reworded);
}
