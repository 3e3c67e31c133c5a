//! A device self-check: one training step of the GPT on the device and on the CPU, from the same
//! weights and batch, must move the parameters the same way. A browser's GPU stack can compile a
//! kernel wrongly (or not at all) and still run; this catches that before a visitor sees a wrong
//! result, so the page can fall back to the CPU.

use burn::optim::SgdConfig;
use burn::prelude::*;
use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;

use crate::shared::rng::fixed;

use crate::owl::batch::{Batch, TrainingSequence};
use crate::owl::corpus::question_document_with;
use crate::owl::gpt::Gpt;
use crate::owl::loss::cross_entropy;
use crate::owl::vocab::{Special, Vocab, ANIMAL_QUESTIONS};
use crate::shared::params::{read_parameters, write_parameters, NamedTensor};
use crate::shared::train::step;

/// Relative to a step's size. Sound GPUs (software and hardware Vulkan through wgpu) differ from
/// the CPU by up to 0.5% (other summation orders, other erf and exp approximations); a broken
/// kernel (a wrong index, a missing barrier) gives errors of order 1.
pub const TOLERANCE: f32 = 5e-2;

/// How far the device's gradient step strays from the CPU's, for the worst parameter.
#[derive(Clone, Debug, PartialEq)]
pub struct SelfCheck {
    pub worst_parameter: String,
    /// |device step - CPU step| / |CPU step| (Euclidean norms) for that parameter; NaN if the
    /// device's step is not finite.
    pub relative_error: f32,
}

impl SelfCheck {
    pub fn passed(&self) -> bool {
        self.relative_error.is_finite() && self.relative_error <= TOLERANCE
    }
}

/// One plain gradient step (SGD), so the step is the gradient itself: every forward and backward
/// kernel shows in it. Not Adam: Adam's first step is about `lr` times the gradient's *sign*, so
/// the few weights whose gradient cancels to nearly zero flip their step from +lr to -lr under
/// any change of summation order, and a sound GPU would fail the check.
fn one_step(model: Gpt, batch: &Batch) -> Gpt {
    let loss = cross_entropy(model.logits_at(batch.inputs.clone(), batch.positions.clone()), batch);
    step(&mut SgdConfig::new().init(), model, loss, 1.0)
}

fn relative_error(device: &NamedTensor, cpu: &NamedTensor, before: &NamedTensor) -> f32 {
    let (mut diff, mut scale) = (0.0f64, 0.0f64);
    for ((d, c), b) in device.values.iter().zip(&cpu.values).zip(&before.values) {
        if !d.is_finite() {
            return f32::NAN;
        }
        diff += ((d - b) as f64 - (c - b) as f64).powi(2);
        scale += ((c - b) as f64).powi(2);
    }
    (diff.sqrt() / scale.sqrt().max(1e-30)) as f32
}

/// Runs one step of `model` (any device, autodiff enabled) and of its copy on the CPU.
pub async fn check_training_step(model: &Gpt, device: &Device) -> Result<SelfCheck, String> {
    let vocab = Vocab::new();
    let mut rng = ChaCha8Rng::seed_from_u64(fixed::SELF_CHECK);
    let docs: Vec<TrainingSequence> = (0..8)
        .map(|i| {
            let question = ANIMAL_QUESTIONS[i % ANIMAL_QUESTIONS.len()];
            let tokens = question_document_with(&vocab, question, vocab.animal(i % 16), i % 2 == 0, &mut rng).tokens;
            let scored = 1..tokens.len();
            TrainingSequence { tokens, scored, unscored: Vec::new() }
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
        // A NaN error is the worst there is: report it and stop.
        if error.is_nan() || error > worst.relative_error {
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
    use crate::owl::gpt::GptConfig;

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
        assert!((relative_error(&broken, &cpu, &before) - 0.5f32.sqrt()).abs() < 1e-6);
        let noisy = NamedTensor { values: vec![0.9001, 1.1], ..before.clone() };
        assert!(relative_error(&noisy, &cpu, &before) < TOLERANCE);
        let nan = NamedTensor { values: vec![f32::NAN, 1.1], ..before.clone() };
        assert!(relative_error(&nan, &cpu, &before).is_nan());
    }
}
