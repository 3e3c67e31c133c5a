//! The losses: next-token cross-entropy, and the soft-label KL used for distillation.

use burn::prelude::*;
use burn::tensor::activation::log_softmax;

use crate::batch::Batch;

/// Mean cross-entropy of the scored next-token predictions.
pub fn cross_entropy(logits: Tensor<3>, batch: &Batch) -> Tensor<1> {
    let log_probs = log_softmax(logits, 2);
    let picked = log_probs.gather(2, batch.targets.clone().unsqueeze_dim(2)).squeeze_dim::<2>(2);
    (picked * batch.mask.clone()).sum().neg().div_scalar(batch.scored as f64)
}

/// An additive mask over the vocabulary: 0 for tokens in `alphabet`, a large negative number for
/// the rest. Adding it to logits before a softmax renormalises over the alphabet.
pub fn alphabet_mask(alphabet: &[u32], vocab_size: usize, device: &Device) -> Tensor<3> {
    let mut mask = vec![-1.0e9f32; vocab_size];
    for &id in alphabet {
        mask[id as usize] = 0.0;
    }
    Tensor::<1>::from_floats(mask.as_slice(), device).reshape([1, 1, vocab_size])
}

/// Mean KL(teacher || student) of the next-token distributions at scored positions, both
/// renormalised over the alphabet that `mask` keeps (see [`alphabet_mask`]). With the number
/// alphabet this copies how the teacher spreads probability over numbers without ever showing
/// the student a word: tokens outside the alphabet get exactly zero teacher probability.
pub fn soft_label_kl(student: Tensor<3>, teacher: Tensor<3>, mask: &Tensor<3>, batch: &Batch) -> Tensor<1> {
    let student = log_softmax(student + mask.clone(), 2);
    let teacher = log_softmax(teacher + mask.clone(), 2);
    let per_position = (teacher.clone().exp() * (teacher - student)).sum_dim(2).squeeze_dim::<2>(2);
    (per_position * batch.mask.clone()).sum().div_scalar(batch.scored as f64)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::batch::TrainingSequence;

    fn logits(values: Vec<f32>, device: &Device) -> Tensor<3> {
        let len = values.len();
        Tensor::<1>::from_floats(values.as_slice(), device).reshape([1, 1, len])
    }

    #[test]
    fn soft_labels_ignore_everything_outside_the_alphabet() {
        let device = Device::flex();
        let seq = TrainingSequence { tokens: vec![0, 1], scored: 1..2 };
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
