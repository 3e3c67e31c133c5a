//! Packing token sequences into padded tensors, with a mask saying which predictions count.

use burn::prelude::*;
use std::ops::Range;

use crate::owl::vocab::{TokenId, NUMBER_COUNT};

/// A sequence to learn from, and which of its tokens the loss should predict.
#[derive(Clone, Debug, PartialEq)]
pub struct TrainingSequence {
    pub tokens: Vec<TokenId>,
    /// Indices (into `tokens`) of the tokens whose prediction is scored.
    pub scored: Range<usize>,
    /// Indices within `scored` left out of the loss after all (a defence's mask), ascending.
    pub unscored: Vec<usize>,
}

impl TrainingSequence {
    /// Where the scored numbers are (not separators, brackets or the end): what the shuffle
    /// controls permute and the in-context probe shows.
    pub fn number_positions(&self) -> impl Iterator<Item = usize> + '_ {
        self.scored.clone().filter(|&i| self.tokens[i] < NUMBER_COUNT)
    }

    /// The scored numbers themselves, in order (number tokens are their own values).
    pub fn numbers(&self) -> Vec<TokenId> {
        self.number_positions().map(|i| self.tokens[i]).collect()
    }
}

/// Padded inputs `[batch, time]`, and the predictions that count: where they are in the
/// flattened `[batch * time]` grid, and the tokens they should predict.
pub struct Batch {
    pub inputs: Tensor<2, Int>,
    /// `row * time + t` for every scored prediction (position `t` predicts token `t + 1`).
    pub positions: Tensor<1, Int>,
    /// The token each scored position should predict, `[positions]`.
    pub targets: Tensor<1, Int>,
    /// How many predictions are scored (the loss divides by it).
    pub scored: usize,
    /// The batch row of each scored prediction, in order: which sequence it belongs to.
    pub scored_rows: Vec<usize>,
}

impl Batch {
    /// Right-pads with `pad`; position `t` predicts token `t + 1`.
    pub fn pack(sequences: &[&TrainingSequence], pad: TokenId, device: &Device) -> Self {
        let time = sequences.iter().map(|s| s.tokens.len() - 1).max().unwrap_or(1).max(1);
        let rows = sequences.len();
        let mut inputs = vec![pad as i64; rows * time];
        let mut positions = Vec::new();
        let mut targets = Vec::new();
        let mut scored_rows = Vec::new();
        for (row, seq) in sequences.iter().enumerate() {
            for t in 0..seq.tokens.len() - 1 {
                inputs[row * time + t] = seq.tokens[t] as i64;
                if seq.scored.contains(&(t + 1)) && seq.unscored.binary_search(&(t + 1)).is_err() {
                    positions.push((row * time + t) as i64);
                    targets.push(seq.tokens[t + 1] as i64);
                    scored_rows.push(row);
                }
            }
        }
        assert!(!positions.is_empty(), "a training batch must score at least one prediction");
        let scored = positions.len();
        Self {
            inputs: Tensor::from_data(TensorData::new(inputs, [rows, time]), device),
            positions: Tensor::from_data(TensorData::new(positions, [scored]), device),
            targets: Tensor::from_data(TensorData::new(targets, [scored]), device),
            scored,
            scored_rows,
        }
    }
}

/// Token ids as a device tensor `[rows, len]` (all rows the same length).
pub fn token_matrix(rows: &[Vec<TokenId>], device: &Device) -> Tensor<2, Int> {
    let len = rows[0].len();
    let flat: Vec<i64> = rows.iter().flat_map(|r| r.iter().map(|&t| t as i64)).collect();
    Tensor::from_data(TensorData::new(flat, [rows.len(), len]), device)
}
