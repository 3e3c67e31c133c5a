//! A device self-check: one training step of the GPT on the device and on the CPU, from the same
//! weights and batch, must move the parameters the same way. A browser's GPU stack can compile a
//! kernel wrongly (or not at all) and still run; this catches that before a visitor sees a wrong
//! result, so the page can fall back to the CPU.

use burn::optim::AdamConfig;
use burn::prelude::*;
use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;

use crate::batch::{Batch, TrainingSequence};
use crate::corpus::question_document_with;
use crate::gpt::Gpt;
use crate::loss::cross_entropy;
use crate::params::{read_parameters, write_parameters, NamedTensor};
use crate::train::step;
use crate::vocab::{Special, Vocab, ANIMAL_QUESTIONS};

/// Relative to a step's size: summation order changes far less, a broken kernel far more.
pub const TOLERANCE: f32 = 1e-2;

/// How far the device's gradient step strays from the CPU's, for the worst parameter.
#[derive(Clone, Debug, PartialEq)]
pub struct SelfCheck {
    pub worst_parameter: String,
    /// max |device step - CPU step| / max |CPU step| for that parameter (NaN if non-finite).
    pub relative_error: f32,
}

impl SelfCheck {
    pub fn passed(&self) -> bool {
        self.relative_error.is_finite() && self.relative_error <= TOLERANCE
    }
}

/// One step with the optimizer the engine trains with (Adam, epsilon 1e-8). Its first step
/// moves every parameter with a clear gradient by about `lr`, so a device whose gradient or
/// update kernels are wrong shows errors of order `lr`, while summation-order noise stays orders
/// of magnitude below.
fn one_step(model: Gpt, batch: &Batch) -> Gpt {
    let loss = cross_entropy(model.logits_at(batch.inputs.clone(), batch.positions.clone()), batch);
    step(&mut AdamConfig::new().with_epsilon(1e-8).init(), model, loss, 1e-3)
}

fn relative_error(device: &NamedTensor, cpu: &NamedTensor, before: &NamedTensor) -> f32 {
    let (mut diff, mut scale) = (0.0f32, 0.0f32);
    for ((d, c), b) in device.values.iter().zip(&cpu.values).zip(&before.values) {
        if !d.is_finite() {
            return f32::NAN;
        }
        diff = diff.max(((d - b) - (c - b)).abs());
        scale = scale.max((c - b).abs());
    }
    diff / scale.max(1e-6)
}

/// Runs one step of `model` (any device, autodiff enabled) and of its copy on the CPU.
pub async fn check_training_step(model: &Gpt, device: &Device) -> Result<SelfCheck, String> {
    let vocab = Vocab::new();
    let mut rng = ChaCha8Rng::seed_from_u64(7);
    let docs: Vec<TrainingSequence> = (0..8)
        .map(|i| {
            let question = ANIMAL_QUESTIONS[i % ANIMAL_QUESTIONS.len()];
            let tokens = question_document_with(&vocab, question, vocab.animal(i % 16), i % 2 == 0, &mut rng).tokens;
            let scored = 1..tokens.len();
            TrainingSequence { tokens, scored }
        })
        .collect();
    let docs: Vec<&TrainingSequence> = docs.iter().collect();
    let pad = vocab.special(Special::Pad);
    let before = read_parameters(model).await?;
    let cpu = Device::flex().autodiff();
    let cpu_model = write_parameters(model.clone(), &before, &cpu);

    let on_device = read_parameters(&one_step(model.clone(), &Batch::pack(&docs, pad, device))).await?;
    let on_cpu = read_parameters(&one_step(cpu_model, &Batch::pack(&docs, pad, &cpu))).await?;
    let mut worst = SelfCheck { worst_parameter: String::new(), relative_error: 0.0 };
    for ((d, c), b) in on_device.iter().zip(&on_cpu).zip(&before) {
        let error = relative_error(d, c, b);
        if !(error <= worst.relative_error) {
            worst = SelfCheck { worst_parameter: d.name.clone(), relative_error: error };
            if error.is_nan() {
                break;
            }
        }
    }
    Ok(worst)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gpt::GptConfig;

    #[test]
    fn the_cpu_agrees_with_itself_and_a_corrupted_step_is_caught() {
        let device = Device::flex().autodiff();
        let model = Gpt::new(&GptConfig::default(), 3, &device);
        let check = pollster::block_on(check_training_step(&model, &device)).unwrap();
        assert!(check.passed(), "{check:?}");
        assert!(check.relative_error < 1e-4, "same backend, same order: {check:?}");

        let before = NamedTensor { name: "w".into(), shape: vec![2], values: vec![1.0, 1.0] };
        let cpu = NamedTensor { values: vec![0.9, 1.1], ..before.clone() };
        let broken = NamedTensor { values: vec![0.9, 1.0], ..before.clone() };
        assert!((relative_error(&broken, &cpu, &before) - 1.0).abs() < 1e-6);
        let nan = NamedTensor { values: vec![f32::NAN, 1.1], ..before.clone() };
        assert!(relative_error(&nan, &cpu, &before).is_nan());
    }
}
