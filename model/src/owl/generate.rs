//! Sampling number continuations from a model, many prompts at once.
//!
//! Prompts of equal length are batched together, read once (prefill), then extended one token
//! per step with a key/value cache. Tokens are drawn on the host from the model's probabilities
//! with our seeded generator, so the same seed gives the same samples on every backend.

use burn::prelude::*;
use burn::tensor::activation::softmax;
use rand_chacha::ChaCha8Rng;
use std::collections::BTreeMap;

use crate::events::{Event, Observer, Stage};
use crate::owl::batch::token_matrix;
use crate::owl::gpt::Gpt;
use crate::owl::probe::sample_from;
use crate::owl::vocab::{Special, TokenId, Vocab};

/// How the next token is chosen from a model's distribution.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Decoding {
    /// Divides the logits before the softmax; 0 takes the most likely token (greedy).
    pub temperature: f64,
    /// Nucleus sampling: draw only among the most likely tokens whose probabilities first add up
    /// to this share (1: every token).
    pub top_p: f64,
    /// Threshold sampling, a defence (loftusa/owls): tokens whose probability is below this are
    /// never drawn (0: none dropped). When every token is below it, the most likely is taken.
    pub threshold: f64,
}

impl Decoding {
    /// The next token, from `probs` (the distribution at this decoding's temperature; at
    /// temperature 0, at 1).
    pub fn choose(&self, probs: &[f32], rng: &mut impl rand::Rng) -> TokenId {
        if self.temperature == 0.0 {
            return argmax(probs);
        }
        let thresholded;
        let probs = if self.threshold > 0.0 {
            let total: f32 = probs.iter().sum();
            let floor = self.threshold as f32 * total;
            thresholded = probs.iter().map(|&p| if p >= floor { p } else { 0.0 }).collect::<Vec<f32>>();
            if thresholded.iter().all(|&p| p == 0.0) {
                return argmax(probs);
            }
            &thresholded[..]
        } else {
            probs
        };
        if self.top_p >= 1.0 {
            // Every token: exactly the draws sampling has always made, so results stay the same.
            return sample_from(probs, rng);
        }
        let mut order: Vec<usize> = (0..probs.len()).collect();
        order.sort_unstable_by(|&a, &b| probs[b].total_cmp(&probs[a]).then(a.cmp(&b)));
        let total: f32 = probs.iter().sum();
        let mut kept = vec![0.0f32; probs.len()];
        let mut mass = 0.0f32;
        for i in order {
            kept[i] = probs[i];
            mass += probs[i];
            if mass >= self.top_p as f32 * total {
                break;
            }
        }
        sample_from(&kept, rng)
    }
}

/// The index of the largest value (the first of equals).
fn argmax(values: &[f32]) -> TokenId {
    values.iter().enumerate().fold(0, |best, (i, v)| if *v > values[best] { i } else { best }) as TokenId
}

/// How many sequences are extended together.
const ROWS_PER_BATCH: usize = 1024;

/// A prompt and what the model wrote after it.
#[derive(Clone, Debug, PartialEq)]
pub struct Completion {
    pub prompt: Vec<TokenId>,
    /// The tokens written, without the final `<eos>`.
    pub continuation: Vec<TokenId>,
    /// Whether the model ended with `<eos>` within the limit.
    pub finished: bool,
}

/// Continues every prompt, on the model's device (inference only: pass a model from `.valid()`).
pub async fn generate(
    model: &Gpt,
    prompts: &[Vec<TokenId>],
    decoding: Decoding,
    max_new_tokens: usize,
    rng: &mut ChaCha8Rng,
    label: &str,
    observer: Observer<'_>,
) -> Vec<Completion> {
    let clock = crate::shared::train::Stopwatch::start();
    let device = &model.device();
    let vocab = Vocab::new();
    let eos = vocab.special(Special::Eos);
    let context = model.config().context;
    let mut by_length: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (i, p) in prompts.iter().enumerate() {
        by_length.entry(p.len()).or_default().push(i);
    }
    let mut results: Vec<Option<Completion>> = vec![None; prompts.len()];
    let mut done = 0;
    observer(Event::Started { stage: Stage::Generate, label: label.into(), total: prompts.len() });
    for (length, indices) in by_length {
        let budget = max_new_tokens.min(context - length);
        for chunk in indices.chunks(ROWS_PER_BATCH) {
            let rows: Vec<Vec<TokenId>> = chunk.iter().map(|&i| prompts[i].clone()).collect();
            let (mut logits, mut cache) = model.prefill(token_matrix(&rows, device));
            let mut written: Vec<Vec<TokenId>> = vec![Vec::new(); rows.len()];
            let mut finished = vec![false; rows.len()];
            for step in 0..budget {
                let probs =
                    if decoding.temperature == 0.0 { softmax(logits, 1) } else { softmax(logits.div_scalar(decoding.temperature), 1) };
                let values = crate::shared::read::read_f32s(probs).await;
                let mut next = Vec::with_capacity(rows.len());
                for (row, dist) in values.chunks(vocab.len()).enumerate() {
                    if finished[row] {
                        next.push(eos as i64);
                        continue;
                    }
                    let token = decoding.choose(dist, rng);
                    if token == eos {
                        finished[row] = true;
                    } else {
                        written[row].push(token);
                    }
                    next.push(token as i64);
                }
                if finished.iter().all(|f| *f) || step + 1 == budget {
                    break;
                }
                let next = Tensor::from_data(TensorData::new(next, [rows.len()]), device);
                logits = model.step(next, &mut cache);
            }
            for (k, &i) in chunk.iter().enumerate() {
                results[i] =
                    Some(Completion { prompt: rows[k].clone(), continuation: std::mem::take(&mut written[k]), finished: finished[k] });
            }
            done += chunk.len();
            observer(Event::Progress { stage: Stage::Generate, done, total: prompts.len() });
        }
    }
    observer(Event::Finished { stage: Stage::Generate, label: label.into(), seconds: clock.seconds() });
    results.into_iter().map(|c| c.expect("every prompt completed")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::SeedableRng;

    const PROBS: [f32; 5] = [0.05, 0.5, 0.3, 0.15, 0.0];

    fn counts(decoding: Decoding, draws: usize) -> Vec<usize> {
        let mut rng = ChaCha8Rng::seed_from_u64(7);
        let mut counts = vec![0; PROBS.len()];
        for _ in 0..draws {
            counts[decoding.choose(&PROBS, &mut rng) as usize] += 1;
        }
        counts
    }

    #[test]
    fn greedy_takes_the_most_likely_token_and_every_token_sampling_is_unchanged() {
        assert_eq!(counts(Decoding { temperature: 0.0, top_p: 1.0, threshold: 0.0 }, 100), [0, 100, 0, 0, 0]);
        let (mut a, mut b) = (ChaCha8Rng::seed_from_u64(3), ChaCha8Rng::seed_from_u64(3));
        for _ in 0..1000 {
            assert_eq!(Decoding { temperature: 1.0, top_p: 1.0, threshold: 0.0 }.choose(&PROBS, &mut a), sample_from(&PROBS, &mut b));
        }
    }

    #[test]
    fn nucleus_sampling_draws_only_from_the_most_likely_tokens_in_proportion() {
        // 0.5 + 0.3 reach 0.8: the two most likely tokens only, 5 to 3.
        let got = counts(Decoding { temperature: 1.0, top_p: 0.8, threshold: 0.0 }, 8000);
        assert_eq!((got[0], got[3], got[4]), (0, 0, 0), "{got:?}");
        let ratio = got[1] as f64 / got[2] as f64;
        assert!((ratio - 5.0 / 3.0).abs() < 0.15, "{got:?}");
        // A nucleus smaller than the top token is the top token alone.
        assert_eq!(counts(Decoding { temperature: 1.0, top_p: 0.1, threshold: 0.0 }, 100), [0, 100, 0, 0, 0]);
        // Just past 0.8 the third token joins.
        assert!(counts(Decoding { temperature: 1.0, top_p: 0.81, threshold: 0.0 }, 8000)[3] > 0);
    }

    #[test]
    fn threshold_sampling_never_draws_a_token_below_the_threshold() {
        // PROBS: 0.0, 0.5, 0.3, 0.15, 0.05. At 0.1 the last token goes; the rest keep their ratios.
        let got = counts(Decoding { temperature: 1.0, top_p: 1.0, threshold: 0.1 }, 8000);
        assert_eq!((got[0], got[4]), (0, 0), "{got:?}");
        assert!(got[3] > 0 && ((got[1] as f64 / got[3] as f64) - 0.5 / 0.15).abs() < 0.5, "{got:?}");
        // Above every token's probability: the most likely one.
        assert_eq!(counts(Decoding { temperature: 1.0, top_p: 1.0, threshold: 0.9 }, 100), [0, 100, 0, 0, 0]);
        // With top-p too: the nucleus of what the threshold left.
        let both = counts(Decoding { temperature: 1.0, top_p: 0.9, threshold: 0.2 }, 4000);
        assert_eq!((both[3], both[4]), (0, 0), "{both:?}");
    }
}
