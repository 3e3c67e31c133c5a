//! Seeded parameter initialisation drawn on the host.
//!
//! Drawing the initial weights with our own generator (instead of the backend's) makes "the same
//! initialization" mean the same numbers on the CPU, on WebGPU and on every machine: the premise
//! of subliminal learning is that teacher and student share these exact numbers.

use burn::prelude::*;
use rand_chacha::ChaCha8Rng;
use rand_distr::{Distribution, Normal};

use crate::shared::rng::Stream;

pub struct ParamInit {
    rng: ChaCha8Rng,
}

impl ParamInit {
    pub fn new(seed: u64) -> Self {
        Self::from_stream(Stream::Init, seed)
    }

    /// Draws from another named stream (noise added to a trained model, say).
    pub fn from_stream(stream: Stream, seed: u64) -> Self {
        Self { rng: stream.rng(seed) }
    }

    /// A tensor of independent N(0, std^2) draws.
    pub fn normal<const D: usize>(&mut self, shape: [usize; D], std: f64, device: &Device) -> Tensor<D> {
        let normal = Normal::new(0.0f32, std as f32).expect("a positive standard deviation");
        let count = shape.iter().product();
        let values: Vec<f32> = (0..count).map(|_| normal.sample(&mut self.rng)).collect();
        Tensor::from_data(TensorData::new(values, shape), device)
    }
}
