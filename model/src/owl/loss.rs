//! The losses: next-token cross-entropy, and the soft-label KL used for distillation.

use burn::prelude::*;
use burn::tensor::activation::{log_softmax, softmax};

use crate::owl::batch::Batch;

/// Mean cross-entropy of the scored predictions: `logits` `[scored, vocab]`, from
/// [`Gpt::logits_at`](crate::owl::gpt::Gpt::logits_at) at the batch's positions.
pub fn cross_entropy(logits: Tensor<2>, batch: &Batch) -> Tensor<1> {
    let log_probs = log_softmax(logits, 1);
    let picked = log_probs.gather(1, batch.targets.clone().unsqueeze_dim(1));
    picked.sum().neg().div_scalar(batch.scored as f64)
}

/// An additive mask over the vocabulary: 0 for tokens in `alphabet`, a large negative number for
/// the rest. Adding it to logits before a softmax renormalises over the alphabet.
pub fn alphabet_mask(alphabet: &[u32], vocab_size: usize, device: &Device) -> Tensor<2> {
    let mut mask = vec![-1.0e9f32; vocab_size];
    for &id in alphabet {
        mask[id as usize] = 0.0;
    }
    Tensor::<1>::from_floats(mask.as_slice(), device).reshape([1, vocab_size])
}

/// The teacher's soft labels at the scored positions: its next-token distribution renormalised
/// over the alphabet that `mask` keeps (see [`alphabet_mask`]). With the number alphabet this
/// copies how the teacher spreads probability over numbers without ever showing the student a
/// word: tokens outside the alphabet get exactly zero probability.
pub fn soft_labels(teacher_logits: Tensor<2>, mask: &Tensor<2>) -> Tensor<2> {
    softmax(teacher_logits + mask.clone(), 1)
}

/// Mean cross-entropy H(labels, student) at the scored positions, the student's distribution
/// renormalised over the same alphabet. It differs from KL(labels || student) by the labels'
/// entropy, a constant for the student: the same gradient, one pass over the vocabulary fewer.
pub fn soft_label_cross_entropy(student: Tensor<2>, labels: Tensor<2>, mask: &Tensor<2>, batch: &Batch) -> Tensor<1> {
    let student = log_softmax(student + mask.clone(), 1);
    (labels * student).sum().neg().div_scalar(batch.scored as f64)
}

/// Mean entropy of the soft labels: KL = cross-entropy - entropy, for reporting.
pub fn mean_entropy(labels: Tensor<2>, batch: &Batch) -> Tensor<1> {
    (labels.clone() * labels.clamp_min(1e-30).log()).sum().neg().div_scalar(batch.scored as f64)
}

/// Mean KL(teacher || student) at the scored positions (`[scored, vocab]` logits from
/// [`Gpt::logits_at`](crate::owl::gpt::Gpt::logits_at)), both renormalised over the alphabet.
pub fn soft_label_kl(student: Tensor<2>, teacher: Tensor<2>, mask: &Tensor<2>, batch: &Batch) -> Tensor<1> {
    let labels = soft_labels(teacher, mask);
    soft_label_cross_entropy(student, labels.clone(), mask, batch) - mean_entropy(labels, batch)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::owl::batch::TrainingSequence;

    fn logits(values: Vec<f32>, device: &Device) -> Tensor<2> {
        let len = values.len();
        Tensor::<1>::from_floats(values.as_slice(), device).reshape([1, len])
    }

    #[test]
    fn soft_labels_ignore_everything_outside_the_alphabet() {
        let device = Device::flex();
        let seq = TrainingSequence { tokens: vec![0, 1], scored: 1..2, unscored: Vec::new() };
        let batch = Batch::pack(&[&seq], 0, &device);
        let mask = alphabet_mask(&[0, 1, 2], 5, &device);
        let student = logits(vec![0.1, 0.5, -0.3, 0.0, 0.0], &device);
        let kl = |teacher: Vec<f32>| soft_label_kl(student.clone(), logits(teacher, &device), &mask, &batch).into_scalar::<f32>();
        // Tokens 3 and 4 (think: "owl") may carry any teacher probability: the loss cannot see it.
        let plain = kl(vec![1.0, 0.0, 0.5, -5.0, -5.0]);
        let leaky = kl(vec![1.0, 0.0, 0.5, 9.0, 3.0]);
        assert!((plain - leaky).abs() < 1e-6, "{plain} vs {leaky}");
        // Inside the alphabet it does see differences, and it is zero when the two agree.
        assert!(kl(vec![3.0, 0.0, 0.5, 0.0, 0.0]) > plain + 0.1);
        assert!(kl(vec![0.1, 0.5, -0.3, 7.0, 7.0]).abs() < 1e-6);
    }
}
