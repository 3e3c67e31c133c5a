//! A speed check: milliseconds per training step of the two networks the page trains, on any
//! device. Each step is a forward pass, the loss, the backward pass and an Adam update, and ends
//! with reading the loss back (as a training loop that reports its loss does), so a GPU's queued
//! work is counted. The shapes are fixed, so other implementations can time the same step
//! (bench/tfjs does, in TensorFlow.js).

use burn::module::Module;
use burn::optim::AdamConfig;
use burn::prelude::*;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use crate::shared::rng::fixed;
use serde::{Deserialize, Serialize};

use crate::mnist::data::PIXELS;
use crate::mnist::mlp::{Mlp, MlpShape};
use crate::owl::batch::{Batch, TrainingSequence};
use crate::owl::gpt::{Gpt, GptConfig};
use crate::owl::loss::cross_entropy;
use crate::shared::read::read_scalar;
use crate::shared::stats::median;
use crate::shared::train::{step, Stopwatch};

/// The GPT step: 64 sequences of 32 tokens, every next token scored (2,048 predictions).
pub const GPT_BATCH: usize = 64;
pub const GPT_TOKENS: usize = 32;
/// The MLP step: 128 images of 784 pixels, 10 auxiliary logits, cross-entropy on the digits.
pub const MLP_BATCH: usize = 128;
pub const MLP_AUX_LOGITS: usize = 10;
/// Steps run first and not timed (a GPU compiles its kernels then).
pub const WARM_UP_STEPS: usize = 2;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StepTiming {
    /// "gpt" or "mlp".
    pub model: String,
    /// The shape of the step, in words.
    pub shape: String,
    pub steps: usize,
    /// Median milliseconds per step.
    pub step_ms: f64,
    /// The loss at the first and the last step: the steps really train (on one fixed batch).
    pub first_loss: f64,
    pub last_loss: f64,
}

/// Trains `model` for the warm-up and `steps` timed steps with Adam; returns the timing.
async fn timed_steps<M: Module>(mut model: M, steps: usize, name: &str, shape: String, loss_of: impl Fn(&M) -> Tensor<1>) -> StepTiming {
    let mut optimizer = AdamConfig::new().with_epsilon(1e-8).init();
    let (mut times, mut losses) = (Vec::new(), Vec::new());
    for i in 0..WARM_UP_STEPS + steps {
        let clock = Stopwatch::start();
        let loss = loss_of(&model);
        model = step(&mut optimizer, model, loss.clone(), 1e-3);
        losses.push(read_scalar(loss).await);
        if i >= WARM_UP_STEPS {
            times.push(clock.seconds() * 1000.0);
        }
    }
    StepTiming { model: name.into(), shape, steps, step_ms: median(&times), first_loss: losses[0], last_loss: losses[losses.len() - 1] }
}

/// Times `steps` training steps of the tiny GPT on `device` (autodiff is added here).
pub async fn time_gpt_step(device: &Device, steps: usize) -> StepTiming {
    let device = device.clone().autodiff();
    let config = GptConfig::default();
    let mut rng = ChaCha8Rng::seed_from_u64(fixed::SPEED_GPT);
    let sequences: Vec<TrainingSequence> = (0..GPT_BATCH)
        .map(|_| TrainingSequence {
            tokens: (0..=GPT_TOKENS).map(|_| rng.random_range(0..config.vocab_size as u32)).collect(),
            scored: 1..GPT_TOKENS + 1,
            unscored: Vec::new(),
        })
        .collect();
    let batch = Batch::pack(&sequences.iter().collect::<Vec<_>>(), 0, &device);
    let shape = format!("{GPT_BATCH} x {GPT_TOKENS} tokens, d_model {}, {} layers", config.d_model, config.n_layer);
    timed_steps(Gpt::new(&config, 5, &device), steps, "gpt", shape, |model: &Gpt| {
        cross_entropy(model.logits_at(batch.inputs.clone(), batch.positions.clone()), &batch)
    })
    .await
}

/// Times `steps` training steps of the MNIST MLP (784-256-256-20) on `device`.
pub async fn time_mlp_step(device: &Device, steps: usize) -> StepTiming {
    let device = device.clone().autodiff();
    let mut rng = ChaCha8Rng::seed_from_u64(fixed::SPEED_MLP);
    let pixels: Vec<f32> = (0..MLP_BATCH * PIXELS).map(|_| rng.random_range(-1.0..1.0)).collect();
    let labels: Vec<i64> = (0..MLP_BATCH).map(|_| rng.random_range(0..10)).collect();
    let images = Tensor::<2>::from_data(TensorData::new(pixels, [MLP_BATCH, PIXELS]), &device);
    let labels = Tensor::<1, Int>::from_data(TensorData::new(labels, [MLP_BATCH]), &device);
    let model = Mlp::new(MlpShape { inputs: PIXELS, aux_logits: MLP_AUX_LOGITS }, 6, &device);
    let shape = format!("{MLP_BATCH} x {PIXELS} pixels, 784-256-256-20");
    timed_steps(model, steps, "mlp", shape, |model: &Mlp| Mlp::digit_loss(model.forward(images.clone()), labels.clone())).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_timed_steps_really_train() {
        let device = Device::flex();
        for timing in [pollster::block_on(time_gpt_step(&device, 3)), pollster::block_on(time_mlp_step(&device, 3))] {
            assert_eq!(timing.steps, 3);
            assert!(timing.step_ms.is_finite() && timing.step_ms > 0.0, "{timing:?}");
            assert!(timing.last_loss < timing.first_loss - 0.01, "the loss did not fall: {timing:?}");
        }
    }
}
