//! Small pieces shared by every training loop: an optimizer step and a learning-rate schedule.

use burn::module::{Module, ParamId};
use burn::optim::{GradientsParams, ModuleOptimizer};
use burn::prelude::*;

/// One optimizer update of `model` from `loss`.
pub fn step<M: Module>(optimizer: &mut ModuleOptimizer, model: M, loss: Tensor<1>, lr: f64) -> M {
    let grads = GradientsParams::from_grads(loss.backward(), &model);
    optimizer.step(lr, model, grads)
}

/// One optimizer update of the parameters in `trained` only; the others keep their values.
pub fn step_only<M: Module>(optimizer: &mut ModuleOptimizer, model: M, loss: Tensor<1>, lr: f64, trained: &[ParamId]) -> M {
    let mut grads = loss.backward();
    let grads = GradientsParams::from_params(&mut grads, &model, trained);
    optimizer.step(lr, model, grads)
}

/// Linear warm-up, then cosine decay to `min_ratio` of the peak.
pub fn warmup_cosine(step: usize, total: usize, warmup: usize, peak: f64, min_ratio: f64) -> f64 {
    if step < warmup {
        return peak * (step + 1) as f64 / warmup as f64;
    }
    let progress = (step - warmup) as f64 / (total - warmup).max(1) as f64;
    let cosine = 0.5 * (1.0 + (std::f64::consts::PI * progress.min(1.0)).cos());
    peak * (min_ratio + (1.0 - min_ratio) * cosine)
}

/// Wall-clock seconds that also work in a browser.
pub struct Stopwatch(web_time::Instant);

impl Stopwatch {
    pub fn start() -> Self {
        Self(web_time::Instant::now())
    }
    pub fn seconds(&self) -> f64 {
        self.0.elapsed().as_secs_f64()
    }
}
