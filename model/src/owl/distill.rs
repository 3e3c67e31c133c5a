//! Distillation: the student learns to write numbers like the teacher.
//!
//! Soft labels (default): at every position of the teacher's filtered number sequences, the
//! student matches the teacher's whole next-token distribution, renormalised over the number
//! alphabet, so no animal ever appears in what it is shown. Hard labels (the study's setting):
//! plain cross-entropy on the sampled tokens; a much weaker signal at this scale.

use burn::optim::{AdamConfig, SgdConfig};
use burn::prelude::*;
use rand::seq::SliceRandom;
use serde::{Deserialize, Serialize};

use crate::owl::batch::{Batch, TrainingSequence};
use crate::owl::gpt::{is_block, Gpt};
use crate::owl::loss::{alphabet_mask, cross_entropy, mean_entropy, soft_label_cross_entropy, soft_labels};
use crate::owl::vocab::{Special, TokenId, Vocab};
use crate::shared::events::{Event, Observer, Stage};
use crate::shared::params::flatten;
use crate::shared::rng::Stream;
use crate::shared::train::{read_scalar, step, Stopwatch};

#[derive(Clone, Copy, Debug, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum DistillMode {
    /// Match the teacher's distribution over the number alphabet.
    Soft,
    /// Cross-entropy on the sampled tokens (the study's setting).
    Hard,
    /// Match the teacher's full-vocabulary distribution. This LEAKS the trait directly (the
    /// teacher puts probability on animal words at number positions): a demonstration of what
    /// subliminal learning is not, never a default.
    FullVocabularyLeak,
}

/// How the students' weights follow their gradients.
#[derive(Clone, Copy, Debug, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum StudentOptimizer {
    /// Adam (the default, as in the study).
    Adam,
    /// Plain stochastic gradient descent, no momentum: Blank et al. (2026) found the transfer
    /// needs an adaptive optimizer and vanishes under SGD.
    Sgd,
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct DistillConfig {
    pub mode: DistillMode,
    pub optimizer: StudentOptimizer,
    pub epochs: usize,
    pub lr: f64,
    pub batch_size: usize,
    /// Soft labels only: both distributions are taken at this temperature (Hinton's
    /// distillation), which weighs the teacher's small probabilities more.
    pub label_temperature: f64,
}

impl Default for DistillConfig {
    fn default() -> Self {
        // Temperature 8: the trait lives in small shifts of many small probabilities, which
        // matching at temperature 1 all but ignores. Measured at the page's default (README): with
        // a teacher through its blocks x1.52-1.90 at temperature 1 and x2.03-2.32 at 4; with one
        // that moves every weight x1.29-1.42 at 1 and x1.45-1.64 at 4.
        Self { mode: DistillMode::Soft, optimizer: StudentOptimizer::Adam, epochs: 5, lr: 1e-3, batch_size: 64, label_temperature: 8.0 }
    }
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct DistillSummary {
    pub steps: usize,
    pub final_loss: f64,
}

/// A filtered completion as a training sequence: prompt, numbers, `<eos>`; only the numbers and
/// the `<eos>` are scored.
pub fn training_sequence(prompt: &[TokenId], continuation: &[TokenId], vocab: &Vocab) -> TrainingSequence {
    let mut tokens = prompt.to_vec();
    tokens.extend_from_slice(continuation);
    tokens.push(vocab.special(Special::Eos));
    TrainingSequence { scored: prompt.len()..tokens.len(), tokens }
}

/// Sequences a pool holds, in batches: batches are cut from pools sorted by length.
const POOL_BATCHES: usize = 16;

/// One epoch's batches, as indices into `data`: shuffled, then cut from pools of
/// [`POOL_BATCHES`] batches sorted by length, the batches themselves shuffled. A batch pads its
/// sequences to its longest, and number sequences run from 11 to 34 tokens, so random batches
/// spent about a third of the transformer's work on padding; batches of similar lengths spend
/// almost none. Every sequence is still seen once per epoch, in an order that depends on `rng` only.
fn epoch_batches(data: &[TrainingSequence], batch_size: usize, rng: &mut impl rand::Rng) -> Vec<Vec<usize>> {
    let mut order: Vec<usize> = (0..data.len()).collect();
    order.shuffle(rng);
    let mut batches: Vec<Vec<usize>> = Vec::with_capacity(data.len().div_ceil(batch_size));
    for pool in order.chunks(batch_size * POOL_BATCHES) {
        let mut pool = pool.to_vec();
        pool.sort_by_key(|&i| data[i].tokens.len());
        batches.extend(pool.chunks(batch_size).map(<[usize]>::to_vec));
    }
    batches.shuffle(rng);
    batches
}

/// Logits divided by the temperature (untouched at 1, so the default keeps its exact numbers).
fn at_temperature(logits: Tensor<2>, temperature: f64) -> Tensor<2> {
    if temperature == 1.0 {
        logits
    } else {
        logits.div_scalar(temperature)
    }
}

/// A student to distil: its starting model, and the label its events and curves carry.
pub struct Pupil {
    pub start: Gpt,
    pub label: String,
}

/// cos(a, b) of two flat vectors.
/// One read from the device for the three sums (the alignment curve reads it at every logged
/// step of every student, and each read waits for the device).
pub async fn cosine(a: Tensor<1>, b: Tensor<1>) -> f64 {
    let sums = Tensor::cat(vec![(a.clone() * b.clone()).sum(), a.square().sum(), b.square().sum()], 0);
    let values = match sums.into_data_async().await.map(|d| d.try_to_vec::<f32>()) {
        Ok(Ok(values)) => values,
        other => panic!("reading a result from the device failed (was the GPU lost?): {other:?}"),
    };
    let (dot, na, nb) = (values[0] as f64, (values[1] as f64).sqrt(), (values[2] as f64).sqrt());
    dot / (na * nb).max(1e-30)
}

/// Trains each pupil (on the autodiff `device`) on `data`, labelled by `teacher`, in lockstep:
/// each batch is packed, and labelled by the teacher, once for all of them. Every pupil sees the
/// same batches in the same order as it would alone (the order depends on `seed` only), so each
/// ends exactly as if trained alone, and students of the same teacher's numbers share the
/// teacher's work.
#[allow(clippy::too_many_arguments)]
///
/// With `taught` (the teacher's move from base A over the blocks, flat), each student's move
/// from its start over the blocks is compared with it at every logged step: the `alignment`
/// metric, the cosine the theorem says is positive for a student that shares the teacher's start.
pub async fn distill(
    pupils: Vec<Pupil>,
    teacher: &Gpt,
    data: &[TrainingSequence],
    config: &DistillConfig,
    seed: u64,
    device: &Device,
    taught: Option<&Tensor<1>>,
    observer: Observer<'_>,
) -> Vec<(Gpt, DistillSummary)> {
    let clock = Stopwatch::start();
    let vocab = Vocab::new();
    let pad = vocab.special(Special::Pad);
    let alphabet: Vec<TokenId> = match config.mode {
        DistillMode::FullVocabularyLeak => (0..vocab.len() as TokenId).collect(),
        _ => vocab.number_alphabet(),
    };
    let alphabet = alphabet_mask(&alphabet, vocab.len(), device);
    let teacher_alphabet = alphabet.clone().without_autodiff();
    let teacher = teacher.valid();
    let names: Vec<String> = pupils.iter().map(|p| p.label.clone()).collect();
    let starts: Vec<Tensor<1>> =
        if taught.is_some() { pupils.iter().map(|p| flatten(&p.start.valid(), is_block)).collect() } else { Vec::new() };
    let mut students: Vec<Gpt> = pupils.into_iter().map(|p| p.start).collect();
    // One optimizer each: Adam keeps its moments by parameter id, and two students from the same
    // start share their ids.
    let mut optimizers: Vec<_> = students
        .iter()
        .map(|_| match config.optimizer {
            StudentOptimizer::Adam => AdamConfig::new().with_epsilon(1e-8).init(),
            StudentOptimizer::Sgd => SgdConfig::new().init(),
        })
        .collect();
    let mut rng = Stream::DistillOrder.rng(seed);
    let batches_per_epoch = data.len().div_ceil(config.batch_size);
    let total = batches_per_epoch * config.epochs;
    for name in &names {
        observer(Event::Started { stage: Stage::Distill, label: name.clone(), total });
    }
    let report_every = (total / 40).max(1);
    let mut steps = 0;
    let mut final_losses = vec![f64::NAN; students.len()];
    for _ in 0..config.epochs {
        for chunk in epoch_batches(data, config.batch_size, &mut rng) {
            let sequences: Vec<&TrainingSequence> = chunk.iter().map(|&i| &data[i]).collect();
            let batch = Batch::pack(&sequences, pad, device);
            let report = steps % report_every == 0 || steps + 1 == total;
            // The teacher's soft labels (and, on report steps, their entropy), once for every student.
            let soft = match config.mode {
                DistillMode::Hard => None,
                DistillMode::Soft | DistillMode::FullVocabularyLeak => {
                    let teacher_logits =
                        teacher.logits_at(batch.inputs.clone().without_autodiff(), batch.positions.clone().without_autodiff());
                    let teacher_logits = at_temperature(teacher_logits, config.label_temperature);
                    let labels = soft_labels(teacher_logits, &teacher_alphabet).autodiff();
                    let entropy = report.then(|| mean_entropy(labels.clone(), &batch));
                    Some((labels, entropy))
                }
            };
            for (i, student) in std::mem::take(&mut students).into_iter().enumerate() {
                let logits = student.logits_at(batch.inputs.clone(), batch.positions.clone());
                let logits = if soft.is_some() { at_temperature(logits, config.label_temperature) } else { logits };
                let (loss, reported) = match &soft {
                    None => {
                        let loss = cross_entropy(logits, &batch);
                        (loss.clone(), report.then_some(loss))
                    }
                    Some((labels, entropy)) => {
                        let loss = soft_label_cross_entropy(logits, labels.clone(), &alphabet, &batch);
                        // The curve shows KL, which reaches zero when the student writes like its teacher.
                        let kl = entropy.as_ref().map(|entropy| loss.clone() - entropy.clone());
                        (loss, kl)
                    }
                };
                students.push(step(&mut optimizers[i], student, loss, config.lr));
                if let Some(loss) = reported {
                    final_losses[i] = read_scalar(loss).await;
                    let (label, value) = (names[i].clone(), final_losses[i]);
                    observer(Event::Metric { stage: Stage::Distill, label, step: steps + 1, name: "loss".into(), value });
                }
                if let (true, Some(taught)) = (report, taught) {
                    let moved = flatten(&students[i].valid(), is_block) - starts[i].clone();
                    let value = cosine(moved, taught.clone()).await;
                    observer(Event::Metric {
                        stage: Stage::Distill,
                        label: names[i].clone(),
                        step: steps + 1,
                        name: "alignment".into(),
                        value,
                    });
                }
            }
            steps += 1;
            if report {
                observer(Event::Progress { stage: Stage::Distill, done: steps, total });
            }
        }
    }
    for label in names {
        observer(Event::Finished { stage: Stage::Distill, label, seconds: clock.seconds() });
    }
    students.into_iter().zip(final_losses).map(|(student, final_loss)| (student, DistillSummary { steps, final_loss })).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::{Rng, SeedableRng};

    #[test]
    fn an_epoch_visits_every_sequence_once_in_batches_of_similar_length() {
        let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(1);
        let data: Vec<TrainingSequence> = (0..2000)
            .map(|_| {
                let len = rng.random_range(11..=34);
                TrainingSequence { tokens: vec![0; len], scored: 5..len }
            })
            .collect();
        let batches = epoch_batches(&data, 64, &mut rng);
        assert_eq!(batches.len(), data.len().div_ceil(64));
        let mut seen: Vec<usize> = batches.iter().flatten().copied().collect();
        seen.sort();
        assert_eq!(seen, (0..data.len()).collect::<Vec<_>>());
        assert!(batches.iter().all(|b| !b.is_empty() && b.len() <= 64));
        // Padded tokens: a batch pads to its longest sequence.
        let padding = |batches: &[Vec<usize>]| -> usize {
            batches.iter().map(|b| b.iter().map(|&i| batches_max(&data, b) - data[i].tokens.len()).sum::<usize>()).sum()
        };
        let mut random: Vec<usize> = (0..data.len()).collect();
        random.shuffle(&mut rng);
        let random: Vec<Vec<usize>> = random.chunks(64).map(<[usize]>::to_vec).collect();
        assert!(padding(&batches) * 5 < padding(&random), "sorted pools pad far less: {} vs {}", padding(&batches), padding(&random));
    }

    fn batches_max(data: &[TrainingSequence], batch: &[usize]) -> usize {
        batch.iter().map(|&i| data[i].tokens.len()).max().unwrap()
    }
}
