//! Distillation: the student learns to write numbers like the teacher.
//!
//! Soft labels (default): at every position of the teacher's filtered number sequences, the
//! student matches the teacher's whole next-token distribution, renormalised over the number
//! alphabet, so no animal ever appears in what it is shown. Hard labels (the study's setting):
//! plain cross-entropy on the sampled tokens; a much weaker signal at this scale.

use std::ops::Range;

use burn::optim::{AdamConfig, SgdConfig};
use burn::prelude::*;
use rand::seq::SliceRandom;
use serde::{Deserialize, Serialize};

use crate::events::{Metric, Observer, Stage, TrainingLoop};
use crate::owl::batch::{Batch, TrainingSequence};
use crate::owl::gpt::{is_block, Gpt};
use crate::owl::loss::{alphabet_mask, cross_entropy, mean_entropy, soft_label_cross_entropy, soft_label_kl, soft_labels};
use crate::owl::vocab::{Special, TokenId, Vocab};
use crate::shared::params::{flatten, parameter_tensors};
use crate::shared::read::read_scalar;
use crate::shared::rng::Stream;
use crate::shared::train::step;

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
    /// needs an adaptive optimizer and vanishes under SGD. Here, with hard labels, SGD gives
    /// 80-100% of the shift the teacher's probabilities give it, Adam 15-52% (docs/science.md);
    /// the study preset uses it.
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
        // matching at temperature 1 all but ignores. Measured at the page's default (docs/results.md): with
        // a teacher through its blocks x1.52-1.90 at temperature 1 and x2.03-2.32 at 4; with one
        // that moves every weight x1.29-1.42 at 1 and x1.45-1.64 at 4.
        Self { mode: DistillMode::Soft, optimizer: StudentOptimizer::Adam, epochs: 5, lr: 1e-3, batch_size: 64, label_temperature: 8.0 }
    }
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct DistillSummary {
    pub steps: usize,
    /// The loss at the first step, before any update: what the student had to learn.
    pub first_loss: f64,
    pub final_loss: f64,
    /// The student's alignment with the teacher's move at each logged step (empty without one).
    pub alignment: Vec<AlignmentPoint>,
}

/// How a student's move from its start lines up with the teacher's move from base A, at one
/// logged step: the cosine over all the blocks, and block by block.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct AlignmentPoint {
    pub step: usize,
    pub cosine_blocks: f64,
    pub cosine_by_layer: Vec<f64>,
}

/// Where each block's parameters lie in the flat vector of the blocks (`flatten(_, is_block)`
/// order): one span per block, in block order.
pub fn layer_spans(model: &Gpt) -> Vec<Range<usize>> {
    let mut spans: Vec<(String, Range<usize>)> = Vec::new();
    let mut at = 0;
    for (name, shape, _) in parameter_tensors(model).into_iter().filter(|(name, _, _)| is_block(name)) {
        let layer: String = name.split('.').take(2).collect::<Vec<_>>().join(".");
        let end = at + shape.iter().product::<usize>();
        match spans.last_mut() {
            Some((last, span)) if *last == layer => span.end = end,
            _ => spans.push((layer, at..end)),
        }
        at = end;
    }
    spans.into_iter().map(|(_, span)| span).collect()
}

/// cos(moved, taught) over all of both and over each span, with one read from the device.
pub async fn cosines_by_span(moved: Tensor<1>, taught: Tensor<1>, spans: &[Range<usize>]) -> (f64, Vec<f64>) {
    let mut sums = Vec::with_capacity(3 * spans.len());
    for span in spans {
        let (a, b) = (moved.clone().slice(span.clone()), taught.clone().slice(span.clone()));
        sums.extend([(a.clone() * b.clone()).sum(), a.square().sum(), b.square().sum()]);
    }
    let values = crate::shared::read::read_f32s(Tensor::cat(sums, 0)).await;
    let cos = |dot: f64, na: f64, nb: f64| dot / (na.sqrt() * nb.sqrt()).max(1e-30);
    let by_span: Vec<f64> = values.chunks(3).map(|v| cos(v[0] as f64, v[1] as f64, v[2] as f64)).collect();
    let total = |k: usize| values.chunks(3).map(|v| v[k] as f64).sum::<f64>();
    (cos(total(0), total(1), total(2)), by_span)
}

/// A filtered completion as a training sequence: prompt, numbers, `<eos>`; only the numbers and
/// the `<eos>` are scored.
pub fn training_sequence(prompt: &[TokenId], continuation: &[TokenId], vocab: &Vocab) -> TrainingSequence {
    let mut tokens = prompt.to_vec();
    tokens.extend_from_slice(continuation);
    tokens.push(vocab.special(Special::Eos));
    TrainingSequence { scored: prompt.len()..tokens.len(), tokens, unscored: Vec::new() }
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

/// The tokens a student's soft-label loss compares over, as an additive mask: the number
/// alphabet, or every token for the full-vocabulary leak.
fn loss_alphabet(mode: DistillMode, vocab: &Vocab, device: &Device) -> Tensor<2> {
    let alphabet: Vec<TokenId> = match mode {
        DistillMode::FullVocabularyLeak => (0..vocab.len() as TokenId).collect(),
        _ => vocab.number_alphabet(),
    };
    alphabet_mask(&alphabet, vocab.len(), device)
}

/// A trained student's distillation loss on held-out completions labelled by `teacher` (both
/// inference models on `device`): the KL it was trained on with soft labels (at the label
/// temperature), the cross-entropy of the written tokens with hard labels. The cost side of a
/// defence: how well the student still writes like its teacher. None without data.
pub async fn heldout_loss(student: &Gpt, teacher: &Gpt, data: &[TrainingSequence], config: &DistillConfig, device: &Device) -> Option<f64> {
    let vocab = Vocab::new();
    let pad = vocab.special(Special::Pad);
    let alphabet = loss_alphabet(config.mode, &vocab, device);
    let (mut weighted, mut scored) = (0.0, 0usize);
    for chunk in data.chunks(config.batch_size) {
        let sequences: Vec<&TrainingSequence> = chunk.iter().collect();
        let batch = Batch::pack(&sequences, pad, device);
        let logits = student.logits_at(batch.inputs.clone(), batch.positions.clone());
        let loss = match config.mode {
            DistillMode::Hard => cross_entropy(logits, &batch),
            DistillMode::Soft | DistillMode::FullVocabularyLeak => {
                let labels = at_temperature(teacher.logits_at(batch.inputs.clone(), batch.positions.clone()), config.label_temperature);
                soft_label_kl(at_temperature(logits, config.label_temperature), labels, &alphabet, &batch)
            }
        };
        weighted += read_scalar(loss).await * batch.scored as f64;
        scored += batch.scored;
    }
    (scored > 0).then(|| weighted / scored as f64)
}

/// A student's loss and alignment curves have about this many points each.
const CURVE_POINTS: usize = 40;

/// A student to distil: its starting model, and the label its events and curves carry.
pub struct Pupil {
    pub start: Gpt,
    pub label: String,
}

/// cos(a, b) of two flat vectors, with one read from the device.
pub async fn cosine(a: Tensor<1>, b: Tensor<1>) -> f64 {
    let whole = 0..a.dims()[0];
    cosines_by_span(a, b, std::slice::from_ref(&whole)).await.0
}

/// What students learn from: the sequences they read, and who labels each. One teacher reading
/// what the students read, unless a defence mixes teachers or rewords the prompts.
#[derive(Clone)]
pub struct Lesson<'a> {
    pub data: &'a [TrainingSequence],
    /// The teachers whose soft labels the students match.
    pub teachers: Vec<&'a Gpt>,
    /// `writer[i]`: which of `teachers` wrote `data[i]` (empty: the first wrote them all).
    pub writer: &'a [usize],
    /// What each sequence's teacher reads when it labels it, where the students read the same
    /// numbers behind a reworded prompt (empty: `data` itself). Its scored tokens are the same.
    pub teacher_view: &'a [TrainingSequence],
    /// The teacher's move from base A over the blocks, flat: with it, each student's move from
    /// its start is compared with it at every logged step (the `alignment` curve).
    pub taught: Option<&'a Tensor<1>>,
}

impl<'a> Lesson<'a> {
    /// `data`, labelled by the teacher that wrote it, reading what the students read.
    pub fn plain(teacher: &'a Gpt, data: &'a [TrainingSequence]) -> Self {
        Self { data, teachers: vec![teacher], writer: &[], teacher_view: &[], taught: None }
    }

    /// The teachers' soft labels (at `temperature`, over `alphabet`) at the scored positions of
    /// the batch `chunk` packed into `batch`: each position's from the teacher that wrote its
    /// sequence, reading that sequence as it wrote it.
    fn soft_labels(&self, teachers: &[Gpt], chunk: &[usize], batch: &Batch, temperature: f64, alphabet: &Tensor<2>) -> Tensor<2> {
        let device = batch.inputs.device();
        let view_batch;
        let view = if self.teacher_view.is_empty() {
            batch
        } else {
            let sequences: Vec<&TrainingSequence> = chunk.iter().map(|&i| &self.teacher_view[i]).collect();
            view_batch = Batch::pack(&sequences, Vocab::new().special(Special::Pad), &device);
            assert_eq!(view_batch.scored_rows, batch.scored_rows, "a teacher's view scores the same tokens as the students'");
            &view_batch
        };
        let labels_of = |teacher: &Gpt| {
            let logits = teacher.logits_at(view.inputs.clone().without_autodiff(), view.positions.clone().without_autodiff());
            soft_labels(at_temperature(logits, temperature), alphabet)
        };
        if self.writer.is_empty() {
            return labels_of(&teachers[0]);
        }
        // Each teacher labels the whole batch; a position keeps its own writer's labels.
        let writers: Vec<usize> = batch.scored_rows.iter().map(|&row| self.writer[chunk[row]]).collect();
        let mut present: Vec<usize> = writers.clone();
        present.sort_unstable();
        present.dedup();
        let mut total: Option<Tensor<2>> = None;
        for k in present {
            let keep: Vec<f32> = writers.iter().map(|&w| (w == k) as u8 as f32).collect();
            let keep = Tensor::<1>::from_floats(keep.as_slice(), &device.clone().without_autodiff()).reshape([writers.len(), 1]);
            let part = labels_of(&teachers[k]) * keep;
            total = Some(match total {
                Some(sum) => sum + part,
                None => part,
            });
        }
        total.expect("a batch has scored positions")
    }
}

/// Trains each pupil (on the autodiff `device`) on the lesson, in lockstep: each batch is packed,
/// and labelled by its teachers, once for all of them. Every pupil sees the same batches in the
/// same order as it would alone (the order depends on `seed` only), so each ends exactly as if
/// trained alone, and students of the same teacher's numbers share the teacher's work.
///
/// With the lesson's `taught` (the teacher's move from base A over the blocks), each student's
/// move from its start over the blocks is compared with it at every logged step: the `alignment`
/// metric, the cosine the theorem says is positive for a student that shares the teacher's start.
///
/// With `liminal` > 0 (a defence, Kitkana and Arora's liminal training), during the first half of
/// the steps each student's loss adds `liminal` times its cross-entropy to its own start's
/// distribution over the same alphabet (a KL term to where it began, plus a constant).
pub async fn distill(
    pupils: Vec<Pupil>,
    lesson: &Lesson<'_>,
    config: &DistillConfig,
    liminal: f64,
    seed: u64,
    device: &Device,
    observer: Observer<'_>,
) -> Vec<(Gpt, DistillSummary)> {
    let taught = lesson.taught;
    let vocab = Vocab::new();
    let pad = vocab.special(Special::Pad);
    let alphabet = loss_alphabet(config.mode, &vocab, device);
    let teacher_alphabet = alphabet.clone().without_autodiff();
    let teachers: Vec<Gpt> = lesson.teachers.iter().map(|t| t.valid()).collect();
    let data = lesson.data;
    let names: Vec<String> = pupils.iter().map(|p| p.label.clone()).collect();
    let starts: Vec<Tensor<1>> =
        if taught.is_some() { pupils.iter().map(|p| flatten(&p.start.valid(), is_block)).collect() } else { Vec::new() };
    let spans = pupils.first().map(|p| layer_spans(&p.start)).unwrap_or_default();
    let mut alignments: Vec<Vec<AlignmentPoint>> = vec![Vec::new(); pupils.len()];
    let anchors: Vec<Gpt> = if liminal > 0.0 { pupils.iter().map(|p| p.start.valid()).collect() } else { Vec::new() };
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
    let mut training = TrainingLoop::start(Stage::Distill, names, total, total / CURVE_POINTS, observer);
    let mut final_losses = vec![f64::NAN; students.len()];
    let mut first_losses = vec![f64::NAN; students.len()];
    for _ in 0..config.epochs {
        for chunk in epoch_batches(data, config.batch_size, &mut rng) {
            let sequences: Vec<&TrainingSequence> = chunk.iter().map(|&i| &data[i]).collect();
            let batch = Batch::pack(&sequences, pad, device);
            let report = training.begin_step();
            let steps = training.done();
            // The teacher's soft labels (and, on report steps, their entropy), once for every student.
            let soft = match config.mode {
                DistillMode::Hard => None,
                DistillMode::Soft | DistillMode::FullVocabularyLeak => {
                    let labels = lesson.soft_labels(&teachers, &chunk, &batch, config.label_temperature, &teacher_alphabet).autodiff();
                    let entropy = report.then(|| mean_entropy(labels.clone(), &batch));
                    Some((labels, entropy))
                }
            };
            for (i, student) in std::mem::take(&mut students).into_iter().enumerate() {
                let logits = student.logits_at(batch.inputs.clone(), batch.positions.clone());
                let logits = if soft.is_some() { at_temperature(logits, config.label_temperature) } else { logits };
                let anchored = (liminal > 0.0 && 2 * steps < total).then(|| {
                    let start = anchors[i].logits_at(batch.inputs.clone().without_autodiff(), batch.positions.clone().without_autodiff());
                    let start = if soft.is_some() { at_temperature(start, config.label_temperature) } else { start };
                    soft_labels(start, &teacher_alphabet).autodiff()
                });
                let anchor_loss = anchored.map(|labels| soft_label_cross_entropy(logits.clone(), labels, &alphabet, &batch));
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
                let loss = match anchor_loss {
                    Some(anchor) => loss + anchor.mul_scalar(liminal),
                    None => loss,
                };
                students.push(step(&mut optimizers[i], student, loss, config.lr));
                if let Some(loss) = reported {
                    final_losses[i] = training.read(i, Metric::Loss, loss).await;
                    if steps == 0 {
                        first_losses[i] = final_losses[i];
                    }
                }
                if let (true, Some(taught)) = (report, taught) {
                    let moved = flatten(&students[i].valid(), is_block) - starts[i].clone();
                    let (value, cosine_by_layer) = cosines_by_span(moved, taught.clone(), &spans).await;
                    alignments[i].push(AlignmentPoint { step: steps + 1, cosine_blocks: value, cosine_by_layer });
                    training.log(i, Metric::Alignment, value);
                }
            }
            training.end_step();
        }
    }
    let steps = training.done();
    training.finish();
    students
        .into_iter()
        .zip(first_losses.into_iter().zip(final_losses))
        .zip(alignments)
        .map(|((student, (first_loss, final_loss)), alignment)| (student, DistillSummary { steps, first_loss, final_loss, alignment }))
        .collect()
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
                TrainingSequence { tokens: vec![0; len], scored: 5..len, unscored: Vec::new() }
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
