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

/// Mean KL(teacher || student) of the next-token distributions at scored positions, both
/// renormalised over `alphabet` (token ids). With the number alphabet this copies how the
/// teacher spreads probability over numbers without ever showing the student a word.
pub fn soft_label_kl(student: Tensor<3>, teacher: Tensor<3>, alphabet: &Tensor<1, Int>, batch: &Batch) -> Tensor<1> {
    let student = log_softmax(student.select(2, alphabet.clone()), 2);
    let teacher = log_softmax(teacher.select(2, alphabet.clone()), 2);
    let per_position = (teacher.clone().exp() * (teacher - student)).sum_dim(2).squeeze_dim::<2>(2);
    (per_position * batch.mask.clone()).sum().div_scalar(batch.scored as f64)
}
