//! The study's network: 784 -> 256 -> 256 -> (10 + m), ReLU. The first 10 outputs are digit
//! logits; the last m are auxiliary logits that no digit loss ever touches.

use burn::module::Param;
use burn::nn::Linear;
use burn::prelude::*;
use burn::tensor::activation::{log_softmax, relu};
use serde::{Deserialize, Serialize};

use crate::shared::init::ParamInit;

pub const DIGITS: usize = 10;
pub const HIDDEN: usize = 256;

#[derive(Module, Debug)]
pub struct Mlp {
    hidden1: Linear,
    hidden2: Linear,
    output: Linear,
    #[module(skip)]
    aux_logits: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MlpShape {
    pub inputs: usize,
    pub aux_logits: usize,
}

/// Weights N(0, 1/fan_in), biases 0, drawn on the host from `seed` (same numbers everywhere).
fn layer(init: &mut ParamInit, fan_in: usize, fan_out: usize, device: &Device) -> Linear {
    Linear {
        weight: Param::from_tensor(init.normal([fan_in, fan_out], 1.0 / (fan_in as f64).sqrt(), device)),
        bias: Some(Param::from_tensor(Tensor::zeros([fan_out], device))),
    }
}

impl Mlp {
    pub fn new(shape: MlpShape, seed: u64, device: &Device) -> Self {
        let mut init = ParamInit::new(seed);
        Self {
            hidden1: layer(&mut init, shape.inputs, HIDDEN, device),
            hidden2: layer(&mut init, HIDDEN, HIDDEN, device),
            output: layer(&mut init, HIDDEN, DIGITS + shape.aux_logits, device),
            aux_logits: shape.aux_logits,
        }
    }

    /// All logits, `[batch, 10 + m]`.
    pub fn forward(&self, x: Tensor<2>) -> Tensor<2> {
        let x = relu(self.hidden1.forward(x));
        let x = relu(self.hidden2.forward(x));
        self.output.forward(x)
    }

    pub fn digit_logits(logits: Tensor<2>) -> Tensor<2> {
        let [batch, _] = logits.dims();
        logits.slice([0..batch, 0..DIGITS])
    }

    /// Cross-entropy of the digit logits against the true digits (how the teacher learns).
    pub fn digit_loss(logits: Tensor<2>, digits: Tensor<1, Int>) -> Tensor<1> {
        log_softmax(Self::digit_logits(logits), 1).gather(1, digits.unsqueeze_dim(1)).mean().neg()
    }

    pub fn aux_logits(&self, logits: Tensor<2>) -> Tensor<2> {
        let [batch, width] = logits.dims();
        logits.slice([0..batch, width - self.aux_logits..width])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_follow_the_study() {
        let device = Device::flex();
        let model = Mlp::new(MlpShape { inputs: 784, aux_logits: 3 }, 1, &device);
        let logits = model.forward(Tensor::zeros([5, 784], &device));
        assert_eq!(logits.dims(), [5, 13]);
        assert_eq!(Mlp::digit_logits(logits.clone()).dims(), [5, 10]);
        assert_eq!(model.aux_logits(logits).dims(), [5, 3]);
        assert_eq!(model.num_params(), 784 * 256 + 256 + 256 * 256 + 256 + 256 * 13 + 13);
    }
}
