//! A defence: divergence tokens. The defender has base A, so it can rank every number the
//! teacher wrote by how far the teacher's log-probability of it departs from base A's, then mask
//! the most divergent share of them from the students' loss, or replace them with random
//! numbers. A Llama-3.2-1B replication of the study: replacing the top 10% left 9% of the
//! effect, masking them 43%, masking a random 10% 97% (the control that ranking matters).

use burn::prelude::*;
use burn::tensor::activation::log_softmax;
use rand::seq::SliceRandom;
use rand::Rng;
use serde::{Deserialize, Serialize};

use crate::owl::batch::{Batch, TrainingSequence};
use crate::owl::gpt::Gpt;
use crate::owl::vocab::{Special, Vocab, NUMBER_COUNT};

/// What the defence does to the chosen number positions.
#[derive(Clone, Copy, Debug, Default, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum DivergenceAction {
    /// No defence.
    #[default]
    Off,
    /// Leave the most divergent numbers out of the loss.
    Mask,
    /// Replace the most divergent numbers with uniformly random ones.
    Replace,
    /// The control: leave a random share of the numbers out of the loss.
    MaskRandom,
}

/// Defences against the transfer: on the teacher's numbers before any student learns from them
/// (divergence tokens, other teachers' numbers mixed in, reworded prompts), and in the students'
/// training (liminal). Threshold sampling is a decoding setting (`threshold`).
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct Defences {
    pub divergence: DivergenceAction,
    /// The share of the teacher's number positions the divergence defence touches.
    pub divergence_share: f64,
    /// Liminal training: the weight of a KL term to each student's own start during the first
    /// half of distillation (0: off). See [`crate::owl::distill::distill`].
    pub liminal: f64,
    /// Other animals whose teachers (from base A, like the trait teacher) each write numbers for
    /// as many prompts again; the students learn from all of them, each completion labelled by
    /// the teacher that wrote it.
    pub mix_teachers: Vec<String>,
    /// The students read each completion behind another wording of its instruction than the
    /// one the teacher answered. See [`crate::owl::reword`].
    pub reword_prompts: bool,
}

impl Default for Defences {
    fn default() -> Self {
        Self { divergence: DivergenceAction::Off, divergence_share: 0.1, liminal: 0.0, mix_teachers: Vec::new(), reword_prompts: false }
    }
}

/// What the defence touched, summed over seeds.
#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq)]
pub struct DefenceStats {
    /// Number positions in the teacher's kept completions.
    pub number_positions: usize,
    /// Of them, masked or replaced.
    pub touched: usize,
    /// Mean |log p_teacher - log p_base A| over the touched positions and over all (nats).
    pub mean_divergence_touched: f64,
    pub mean_divergence_all: f64,
}

impl DefenceStats {
    /// Adds another seed's figures (the means weighted by their counts).
    pub fn merge(&mut self, other: &DefenceStats) {
        let pooled = |a: f64, n: usize, b: f64, m: usize| (a * n as f64 + b * m as f64) / (n + m).max(1) as f64;
        self.mean_divergence_touched = pooled(self.mean_divergence_touched, self.touched, other.mean_divergence_touched, other.touched);
        self.mean_divergence_all =
            pooled(self.mean_divergence_all, self.number_positions, other.mean_divergence_all, other.number_positions);
        self.number_positions += other.number_positions;
        self.touched += other.touched;
    }
}

/// Sequences read at once.
const CHUNK: usize = 256;

/// `model`'s log-probability of each number token of `data` (teacher-forced), per sequence in
/// the order of [`TrainingSequence::number_positions`].
async fn number_log_probs(model: &Gpt, data: &[TrainingSequence], device: &Device) -> Vec<Vec<f64>> {
    let pad = Vocab::new().special(Special::Pad);
    let mut out = Vec::with_capacity(data.len());
    for chunk in data.chunks(CHUNK) {
        let sequences: Vec<&TrainingSequence> = chunk.iter().collect();
        let batch = Batch::pack(&sequences, pad, device);
        let log_probs = log_softmax(model.logits_at(batch.inputs, batch.positions), 1);
        let picked = log_probs.gather(1, batch.targets.clone().unsqueeze_dim(1)).reshape([batch.scored]);
        let values = crate::shared::read::read_f32s(picked).await;
        // Batch::pack lists the scored positions sequence by sequence, in order (the targets
        // are read on the host: an integer tensor's type differs between backends).
        let mut at = 0;
        for seq in chunk {
            let mut numbers = Vec::new();
            for i in seq.scored.clone().filter(|i| seq.unscored.binary_search(i).is_err()) {
                if seq.tokens[i] < NUMBER_COUNT {
                    numbers.push(values[at] as f64);
                }
                at += 1;
            }
            out.push(numbers);
        }
    }
    out
}

/// Applies the divergence defence to `data` (the teacher's kept completions). `teacher` and
/// `base_a` are inference models on `device`; `rng` draws the replacements and the random mask.
pub async fn defend(
    data: &[TrainingSequence],
    teacher: &Gpt,
    base_a: &Gpt,
    defences: &Defences,
    rng: &mut impl Rng,
    device: &Device,
) -> (Vec<TrainingSequence>, DefenceStats) {
    if defences.divergence == DivergenceAction::Off {
        return (data.to_vec(), DefenceStats::default());
    }
    let positions: Vec<(usize, usize)> = data.iter().enumerate().flat_map(|(s, seq)| seq.number_positions().map(move |i| (s, i))).collect();
    let (from_teacher, from_base) = (number_log_probs(teacher, data, device).await, number_log_probs(base_a, data, device).await);
    let divergence: Vec<f64> = from_teacher.iter().zip(&from_base).flat_map(|(t, b)| t.iter().zip(b).map(|(t, b)| (t - b).abs())).collect();
    assert_eq!(divergence.len(), positions.len(), "one divergence per number position");
    let count = ((positions.len() as f64) * defences.divergence_share).round() as usize;
    let mut order: Vec<usize> = (0..positions.len()).collect();
    match defences.divergence {
        DivergenceAction::Off => unreachable!("returned above"),
        DivergenceAction::MaskRandom => order.shuffle(rng),
        DivergenceAction::Mask | DivergenceAction::Replace => {
            order.sort_by(|&a, &b| divergence[b].total_cmp(&divergence[a]).then(a.cmp(&b)));
        }
    }
    let chosen = &order[..count.min(order.len())];
    let mut defended = data.to_vec();
    for &k in chosen {
        let (s, i) = positions[k];
        match defences.divergence {
            DivergenceAction::Replace => defended[s].tokens[i] = rng.random_range(0..NUMBER_COUNT),
            _ => defended[s].unscored.push(i),
        }
    }
    for seq in &mut defended {
        seq.unscored.sort_unstable();
    }
    let mean = |values: &mut dyn Iterator<Item = f64>, n: usize| values.sum::<f64>() / n.max(1) as f64;
    let stats = DefenceStats {
        number_positions: positions.len(),
        touched: chosen.len(),
        mean_divergence_touched: mean(&mut chosen.iter().map(|&k| divergence[k]), chosen.len()),
        mean_divergence_all: mean(&mut divergence.iter().copied(), divergence.len()),
    };
    (defended, stats)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::owl::gpt::GptConfig;
    use crate::shared::params::perturbed;
    use rand::SeedableRng;

    fn data(vocab: &Vocab) -> Vec<TrainingSequence> {
        let prompt = vocab.tokenize("continue : 1, 2, 3 <answer>").unwrap();
        ["10, 20, 30, 40", "7; 8; 9", "500 600"]
            .iter()
            .map(|text| crate::owl::distill::training_sequence(&prompt, &vocab.tokenize(text).unwrap(), vocab))
            .collect()
    }

    #[test]
    fn the_most_divergent_numbers_are_masked_or_replaced_and_nothing_else() {
        let vocab = Vocab::new();
        let device = Device::flex();
        let base = Gpt::new(&GptConfig::default(), 1, &device);
        let mut noise = crate::shared::init::ParamInit::new(9);
        let teacher = perturbed(base.clone(), 0.5, &mut noise, &device);
        let data = data(&vocab);
        let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(1);
        let share = |action| Defences { divergence: action, divergence_share: 0.5, ..Defences::default() };

        let (masked, stats) = pollster::block_on(defend(&data, &teacher, &base, &share(DivergenceAction::Mask), &mut rng, &device));
        assert_eq!((stats.number_positions, stats.touched), (9, 5), "half of 9 numbers, rounded");
        assert!(stats.mean_divergence_touched >= stats.mean_divergence_all, "{stats:?}");
        assert_eq!(masked.iter().map(|s| s.unscored.len()).sum::<usize>(), 5);
        assert!(masked.iter().zip(&data).all(|(m, d)| m.tokens == d.tokens), "masking changes no token");
        for seq in &masked {
            assert!(seq.unscored.iter().all(|&i| seq.tokens[i] < NUMBER_COUNT), "only numbers are masked");
        }
        // The loss leaves the masked predictions out.
        let refs: Vec<&TrainingSequence> = masked.iter().collect();
        let full: Vec<&TrainingSequence> = data.iter().collect();
        let pad = vocab.special(Special::Pad);
        assert_eq!(Batch::pack(&refs, pad, &device).scored + 5, Batch::pack(&full, pad, &device).scored);

        let (replaced, stats) = pollster::block_on(defend(&data, &teacher, &base, &share(DivergenceAction::Replace), &mut rng, &device));
        assert_eq!(stats.touched, 5);
        assert!(replaced.iter().all(|s| s.unscored.is_empty()), "replacing masks nothing");
        let changed = replaced.iter().zip(&data).flat_map(|(r, d)| r.tokens.iter().zip(&d.tokens)).filter(|(a, b)| a != b).count();
        assert!(changed >= 4, "five numbers redrawn (one may redraw itself): {changed}");

        let off = Defences::default();
        let (same, stats) = pollster::block_on(defend(&data, &teacher, &base, &off, &mut rng, &device));
        assert_eq!((same, stats), (data.clone(), DefenceStats::default()));
    }
}
