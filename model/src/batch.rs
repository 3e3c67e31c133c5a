//! Packing token sequences into padded tensors, with a mask saying which predictions count.

use burn::prelude::*;
use std::ops::Range;

use crate::vocab::TokenId;

/// A sequence to learn from, and which of its tokens the loss should predict.
#[derive(Clone, Debug, PartialEq)]
pub struct TrainingSequence {
    pub tokens: Vec<TokenId>,
    /// Indices (into `tokens`) of the tokens whose prediction is scored.
    pub scored: Range<usize>,
}

/// Inputs, next-token targets and a 0/1 mask, all `[batch, time]`.
pub struct Batch {
    pub inputs: Tensor<2, Int>,
    pub targets: Tensor<2, Int>,
    pub mask: Tensor<2>,
    /// How many predictions the mask keeps (the loss divides by it).
    pub scored: usize,
}

impl Batch {
    /// Right-pads with `pad`; position `t` predicts token `t + 1`.
    pub fn pack(sequences: &[&TrainingSequence], pad: TokenId, device: &Device) -> Self {
        let time = sequences.iter().map(|s| s.tokens.len() - 1).max().unwrap_or(1).max(1);
        let rows = sequences.len();
        let mut inputs = vec![pad as i64; rows * time];
        let mut targets = vec![pad as i64; rows * time];
        let mut mask = vec![0.0f32; rows * time];
        let mut scored = 0;
        for (row, seq) in sequences.iter().enumerate() {
            for t in 0..seq.tokens.len() - 1 {
                inputs[row * time + t] = seq.tokens[t] as i64;
                targets[row * time + t] = seq.tokens[t + 1] as i64;
                if seq.scored.contains(&(t + 1)) {
                    mask[row * time + t] = 1.0;
                    scored += 1;
                }
            }
        }
        Self {
            inputs: Tensor::from_data(TensorData::new(inputs, [rows, time]), device),
            targets: Tensor::from_data(TensorData::new(targets, [rows, time]), device),
            mask: Tensor::from_data(TensorData::new(mask, [rows, time]), device),
            scored: scored.max(1),
        }
    }
}

/// Token ids as a device tensor `[rows, len]` (all rows the same length).
pub fn token_matrix(rows: &[Vec<TokenId>], device: &Device) -> Tensor<2, Int> {
    let len = rows[0].len();
    let flat: Vec<i64> = rows.iter().flat_map(|r| r.iter().map(|&t| t as i64)).collect();
    Tensor::from_data(TensorData::new(flat, [rows.len(), len]), device)
}
