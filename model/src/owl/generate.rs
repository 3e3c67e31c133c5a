//! Sampling number continuations from a model, many prompts at once.
//!
//! Prompts of equal length are batched together, read once (prefill), then extended one token
//! per step with a key/value cache. Tokens are drawn on the host from the model's probabilities
//! with our seeded generator, so the same seed gives the same samples on every backend.

use burn::prelude::*;
use burn::tensor::activation::softmax;
use rand_chacha::ChaCha8Rng;
use std::collections::BTreeMap;

use crate::owl::batch::token_matrix;
use crate::owl::gpt::Gpt;
use crate::owl::probe::sample_from;
use crate::owl::vocab::{Special, TokenId, Vocab};
use crate::shared::events::{Event, Observer, Stage};

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

/// Continues every prompt (inference only: pass a model from `.valid()`).
#[allow(clippy::too_many_arguments)]
pub async fn generate(
    model: &Gpt,
    prompts: &[Vec<TokenId>],
    temperature: f64,
    max_new_tokens: usize,
    rng: &mut ChaCha8Rng,
    device: &Device,
    label: &str,
    observer: Observer<'_>,
) -> Vec<Completion> {
    let clock = crate::shared::train::Stopwatch::start();
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
                let probs = softmax(logits.div_scalar(temperature), 1);
                let values = probs.into_data_async().await.expect("read probabilities").try_to_vec::<f32>().unwrap();
                let mut next = Vec::with_capacity(rows.len());
                for (row, dist) in values.chunks(vocab.len()).enumerate() {
                    if finished[row] {
                        next.push(eos as i64);
                        continue;
                    }
                    let token = sample_from(dist, rng);
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
