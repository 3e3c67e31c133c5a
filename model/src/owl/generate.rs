//! Sampling number continuations from a model, many prompts at once.
//!
//! Prompts of equal length are batched together, read once (prefill), then extended one token
//! per step with a key/value cache. Where the tokens are drawn depends on the device ([`Draw`]):
//! on the CPU on the host, from the model's probabilities, with our seeded generator; on a GPU on
//! the device, from uniform numbers that generator drew, so that a batch of prompts waits for the
//! GPU once every [`READ_EVERY`] tokens instead of at every token.

use burn::prelude::*;
use burn::tensor::activation::softmax;
use rand::Rng;
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

/// On the device, the tokens drawn are read back (and the host sees whether every row has ended)
/// once this many tokens a row.
pub const READ_EVERY: usize = 8;

/// Where the next token is drawn.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Draw {
    /// On the host, from the probabilities read back at every token: one wait for the device a
    /// token, which costs nothing on the CPU. The pinned reports' draws.
    Host,
    /// On the device (inverse CDF against a uniform number from the host's seeded generator, as
    /// [`sample_from`] does, or the most likely token at temperature 0), so the tokens are read
    /// once every [`READ_EVERY`] tokens. The same seed gives the same tokens on the same device,
    /// but not the same as [`Draw::Host`]: the uniform numbers are drawn for every row, ended or
    /// not, and the sums the draw compares against are added in another order.
    Device,
}

impl Draw {
    /// On the host on the CPU, and for nucleus sampling (it sorts each row, which the host does);
    /// on the device otherwise.
    pub fn for_device(device: &Device, decoding: &Decoding) -> Self {
        if *device == Device::flex() || decoding.top_p < 1.0 {
            Draw::Host
        } else {
            Draw::Device
        }
    }
}

/// One token per row, drawn on the device from `probs` ([rows, vocabulary], at the decoding's
/// temperature) against `uniforms` ([rows], in [0, 1)): the first token whose running sum of
/// probabilities exceeds the row's uniform number times the row's total, as [`sample_from`]. Tokens
/// below the decoding's threshold are left out first; a row with nothing left, or one where
/// rounding left the uniform number past every sum, takes its most likely token. The token ids
/// come as floats (exact up to 2^24), which keeps to the float kernels the model already uses.
fn draw_on_device(probs: Tensor<2>, uniforms: Tensor<1>, decoding: &Decoding) -> Tensor<1> {
    let [rows, vocabulary] = probs.dims();
    let most_likely = probs.clone().argmax(1).reshape([rows]).float();
    if decoding.temperature == 0.0 {
        return most_likely;
    }
    let kept = if decoding.threshold > 0.0 {
        let floor = probs.clone().sum_dim(1).mul_scalar(decoding.threshold).expand([rows, vocabulary]);
        probs.clone().mask_fill(probs.lower(floor), 0.0)
    } else {
        probs
    };
    let sums = kept.cumsum(1);
    let total = sums.clone().slice([0..rows, vocabulary - 1..vocabulary]).reshape([rows]);
    let point = uniforms.mul(total.clone()).reshape([rows, 1]).expand([rows, vocabulary]);
    let passed = sums.lower_equal(point).float().sum_dim(1).reshape([rows]);
    // Nothing left (a total of 0 is passed by every sum, as is a point past the last sum).
    let fallback = passed.clone().greater_equal_elem(vocabulary as f64);
    passed.mask_where(fallback, most_likely)
}

/// What each row of a batch has written so far, and whether it has ended.
struct Written {
    written: Vec<Vec<TokenId>>,
    finished: Vec<bool>,
    eos: TokenId,
}

impl Written {
    fn new(rows: usize, eos: TokenId) -> Self {
        Self { written: vec![Vec::new(); rows], finished: vec![false; rows], eos }
    }

    /// A row's next token: `<eos>` ends it, and an ended row keeps nothing more.
    fn take(&mut self, row: usize, token: TokenId) {
        if !self.finished[row] {
            if token == self.eos {
                self.finished[row] = true;
            } else {
                self.written[row].push(token);
            }
        }
    }
}

/// A prompt and what the model wrote after it.
#[derive(Clone, Debug, PartialEq)]
pub struct Completion {
    pub prompt: Vec<TokenId>,
    /// The tokens written, without the final `<eos>`.
    pub continuation: Vec<TokenId>,
    /// Whether the model ended with `<eos>` within the limit.
    pub finished: bool,
}

/// Continues every prompt, on the model's device (inference only: pass a model from `.valid()`),
/// drawing where [`Draw::for_device`] says.
pub async fn generate(
    model: &Gpt,
    prompts: &[Vec<TokenId>],
    decoding: Decoding,
    max_new_tokens: usize,
    rng: &mut ChaCha8Rng,
    label: &str,
    observer: Observer<'_>,
) -> Vec<Completion> {
    let draw = Draw::for_device(&model.device(), &decoding);
    generate_drawing(model, prompts, decoding, draw, max_new_tokens, rng, label, observer).await
}

/// [`generate`], drawing the tokens where `draw` says (on the device only without nucleus
/// sampling).
#[allow(clippy::too_many_arguments)]
pub async fn generate_drawing(
    model: &Gpt,
    prompts: &[Vec<TokenId>],
    decoding: Decoding,
    draw: Draw,
    max_new_tokens: usize,
    rng: &mut ChaCha8Rng,
    label: &str,
    observer: Observer<'_>,
) -> Vec<Completion> {
    assert!(draw == Draw::Host || decoding.top_p >= 1.0, "nucleus sampling draws on the host");
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
            let mut out = Written::new(rows.len(), eos);
            // Device draws not yet read: a [rows] tensor of token ids per token.
            let mut unread: Vec<Tensor<1>> = Vec::new();
            for step in 0..budget {
                let last = step + 1 == budget;
                let probs =
                    if decoding.temperature == 0.0 { softmax(logits, 1) } else { softmax(logits.div_scalar(decoding.temperature), 1) };
                let next = match draw {
                    Draw::Host => {
                        let values = crate::shared::read::read_f32s(probs).await;
                        let mut next = Vec::with_capacity(rows.len());
                        for (row, dist) in values.chunks(vocab.len()).enumerate() {
                            // An ended row is fed `<eos>` and draws nothing (the pinned draws).
                            let token = if out.finished[row] { eos } else { decoding.choose(dist, rng) };
                            out.take(row, token);
                            next.push(token as i64);
                        }
                        Tensor::from_data(TensorData::new(next, [rows.len()]), device)
                    }
                    Draw::Device => {
                        let uniforms: Vec<f32> = (0..rows.len()).map(|_| rng.random::<f32>()).collect();
                        let next = draw_on_device(probs, Tensor::from_data(TensorData::new(uniforms, [rows.len()]), device), &decoding);
                        unread.push(next.clone());
                        if unread.len() == READ_EVERY || last {
                            // What an ended row drew later is dropped.
                            let values = crate::shared::read::read_f32s(Tensor::stack::<2>(std::mem::take(&mut unread), 1)).await;
                            for (row, tokens) in values.chunks(values.len() / rows.len()).enumerate() {
                                tokens.iter().for_each(|&token| out.take(row, token as TokenId));
                            }
                        }
                        next.int()
                    }
                };
                if last || out.finished.iter().all(|f| *f) {
                    break;
                }
                logits = model.step(next, &mut cache);
            }
            let Written { mut written, finished, .. } = out;
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
    use crate::owl::probe::sample_at;
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

    /// Device draws for `rows` (each a distribution) against `uniforms`, on the CPU backend (the
    /// same tensor code a GPU runs).
    fn device_draws(rows: &[Vec<f32>], uniforms: &[f32], decoding: Decoding) -> Vec<TokenId> {
        let device = Device::flex();
        let width = rows[0].len();
        let probs = Tensor::<2>::from_data(TensorData::new(rows.concat(), [rows.len(), width]), &device);
        let uniforms = Tensor::<1>::from_data(TensorData::new(uniforms.to_vec(), [rows.len()]), &device);
        let drawn = draw_on_device(probs, uniforms, &decoding).into_data();
        drawn.try_to_vec::<f32>().unwrap().into_iter().map(|t| t as TokenId).collect()
    }

    #[test]
    fn a_device_draw_is_the_hosts_draw_for_the_same_uniform_number() {
        let mut rng = ChaCha8Rng::seed_from_u64(11);
        // Softmax-like rows over a vocabulary of 64, some with a dominant token, some flat.
        let rows: Vec<Vec<f32>> = (0..4000)
            .map(|r| {
                let weights: Vec<f32> = (0..64).map(|_| (rng.random::<f32>() * (1 + r % 8) as f32).exp()).collect();
                let total: f32 = weights.iter().sum();
                weights.iter().map(|w| w / total).collect()
            })
            .collect();
        let uniforms: Vec<f32> = (0..rows.len()).map(|_| rng.random::<f32>()).collect();
        let sampling = Decoding { temperature: 1.0, top_p: 1.0, threshold: 0.0 };
        let device = device_draws(&rows, &uniforms, sampling);
        let host: Vec<TokenId> = rows.iter().zip(&uniforms).map(|(p, &u)| sample_at(p, u)).collect();
        // The running sums are added in another order on the device: a uniform number within
        // rounding of a boundary may land on the next token, no more.
        let near_boundary = |device: &[TokenId], host: &[TokenId]| {
            let differ: Vec<usize> = (0..rows.len()).filter(|&i| device[i] != host[i]).collect();
            assert!(differ.len() <= 2, "{} of {} draws differ", differ.len(), rows.len());
            assert!(differ.iter().all(|&i| device[i].abs_diff(host[i]) == 1), "{differ:?}");
        };
        near_boundary(&device, &host);
        // Greedy: the most likely token.
        let greedy = device_draws(&rows, &uniforms, Decoding { temperature: 0.0, ..sampling });
        assert!(rows.iter().zip(&greedy).all(|(p, &t)| t == argmax(p)));
        // Threshold: the host's draw among the tokens at or above it, never one below (where
        // every token is below, the most likely, as `Decoding::choose`).
        let floor = 0.02;
        let floored = device_draws(&rows, &uniforms, Decoding { threshold: floor as f64, ..sampling });
        let host: Vec<TokenId> = rows
            .iter()
            .zip(&uniforms)
            .map(|(p, &u)| {
                let kept: Vec<f32> = p.iter().map(|&q| if q >= floor { q } else { 0.0 }).collect();
                if kept.iter().all(|&q| q == 0.0) {
                    argmax(p)
                } else {
                    sample_at(&kept, u)
                }
            })
            .collect();
        assert!(rows.iter().zip(&floored).all(|(p, &t)| p[t as usize] >= floor || t == argmax(p)));
        near_boundary(&floored, &host);
        // Every token below the threshold: the most likely one, as on the host.
        let flat = vec![vec![0.25f32; 4]; 3];
        assert_eq!(device_draws(&flat, &[0.1, 0.5, 0.9], Decoding { threshold: 0.5, ..sampling }), vec![0, 0, 0]);
        assert_eq!(device_draws(&flat, &[0.1, 0.5, 0.9], sampling), vec![0, 2, 3]);
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
