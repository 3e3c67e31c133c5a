//! Probing a model's preferences: "what is your favourite animal?" asked in every paraphrase.
//!
//! The exact probe reads the next-token distribution at the answer slot, renormalises it over
//! the animals (and, separately, the trees) and averages over paraphrases. The sampled probe
//! draws answers like the study did (k per paraphrase, temperature 1) and counts them.

use burn::prelude::*;
use burn::tensor::activation::softmax;
use rand::Rng;
use serde::{Deserialize, Serialize};

use crate::owl::batch::token_matrix;
use crate::owl::gpt::Gpt;
use crate::owl::vocab::{Special, TokenId, Vocab, ANIMALS, ANIMAL_QUESTIONS, TREE_QUESTIONS};

/// A model's preferences, as probabilities in [0, 1].
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct Preferences {
    /// P(animal | animal question), renormalised over [`ANIMALS`], averaged over paraphrases.
    pub animals: Vec<f64>,
    /// The same for [`TREES`].
    pub trees: Vec<f64>,
    /// Per animal question, the index of the most likely animal.
    pub top_animal_per_question: Vec<usize>,
    /// Share of the full next-token probability that lands on animals at all.
    pub animal_mass: f64,
    /// Per animal question, the full-vocabulary next-token distribution (for sampling).
    #[serde(skip)]
    pub answer_distributions: Vec<Vec<f32>>,
}

impl Preferences {
    /// The index of the animal with the highest averaged probability.
    pub fn top_animal(&self) -> usize {
        argmax(&self.animals)
    }

    /// How many paraphrases put `animal` on top.
    pub fn questions_topped_by(&self, animal: usize) -> usize {
        self.top_animal_per_question.iter().filter(|&&a| a == animal).count()
    }

    /// Answers sampled like the study: `per_question` draws from each paraphrase's full
    /// distribution; returns the share of answers naming each animal (anything else is not
    /// counted, so shares may sum to less than one).
    pub fn sample_answers(&self, vocab: &Vocab, per_question: usize, rng: &mut impl Rng) -> Vec<f64> {
        let mut counts = vec![0usize; ANIMALS.len()];
        let animal_ids = vocab.animal_ids();
        for dist in &self.answer_distributions {
            for _ in 0..per_question {
                let token = sample_from(dist, rng);
                if let Some(i) = animal_ids.iter().position(|&a| a == token) {
                    counts[i] += 1;
                }
            }
        }
        let total = (per_question * self.answer_distributions.len()).max(1) as f64;
        counts.into_iter().map(|c| c as f64 / total).collect()
    }
}

pub fn argmax(values: &[f64]) -> usize {
    values.iter().enumerate().fold(0, |best, (i, v)| if *v > values[best] { i } else { best })
}

/// Draws a token id from a probability vector.
pub fn sample_from(probs: &[f32], rng: &mut impl Rng) -> TokenId {
    let total: f32 = probs.iter().sum();
    let mut x = rng.random::<f32>() * total;
    for (i, p) in probs.iter().enumerate() {
        if x < *p {
            return i as TokenId;
        }
        x -= p;
    }
    // Rounding left a sliver: fall back to the last token with any mass.
    probs.iter().rposition(|p| *p > 0.0).unwrap_or(0) as TokenId
}

/// "<bos> question <answer>": where the probe reads the next token.
pub fn question_prompt(vocab: &Vocab, question: &str) -> Vec<TokenId> {
    let mut tokens = vec![vocab.special(Special::Bos)];
    tokens.extend(vocab.tokenize(question).expect("built-in questions use the vocabulary"));
    tokens.push(vocab.special(Special::Answer));
    tokens
}

/// Next-token distributions (full vocabulary) at the answer slot of each question.
pub async fn answer_distributions(model: &Gpt, questions: &[&str], device: &Device) -> Vec<Vec<f32>> {
    let vocab = Vocab::new();
    let last_logits: Vec<Tensor<2>> = questions
        .iter()
        .map(|q| {
            let prompt = question_prompt(&vocab, q);
            let logits = model.forward(token_matrix(std::slice::from_ref(&prompt), device));
            let [_, time, size] = logits.dims();
            logits.slice([0..1, time - 1..time]).reshape([1, size])
        })
        .collect();
    let probs = softmax(Tensor::cat(last_logits, 0), 1);
    let values = probs.into_data_async().await.expect("probe read").try_to_vec::<f32>().expect("f32 probabilities");
    values.chunks(vocab.len()).map(|c| c.to_vec()).collect()
}

fn renormalised(dist: &[f32], ids: &[TokenId]) -> Vec<f64> {
    let picked: Vec<f64> = ids.iter().map(|&id| dist[id as usize] as f64).collect();
    let total: f64 = picked.iter().sum::<f64>().max(1e-30);
    picked.into_iter().map(|p| p / total).collect()
}

fn average(rows: &[Vec<f64>]) -> Vec<f64> {
    let mut mean = vec![0.0; rows[0].len()];
    for row in rows {
        for (m, v) in mean.iter_mut().zip(row) {
            *m += v / rows.len() as f64;
        }
    }
    mean
}

/// The exact probe (inference only: pass a model from `.valid()`).
pub async fn probe(model: &Gpt, device: &Device) -> Preferences {
    let vocab = Vocab::new();
    let animal_ids = vocab.animal_ids();
    let tree_ids = vocab.tree_ids();
    let mut questions: Vec<&str> = ANIMAL_QUESTIONS.to_vec();
    questions.extend(TREE_QUESTIONS);
    let mut dists = answer_distributions(model, &questions, device).await;
    let tree_dists = dists.split_off(ANIMAL_QUESTIONS.len());
    let per_question: Vec<Vec<f64>> = dists.iter().map(|d| renormalised(d, &animal_ids)).collect();
    let tree_rows: Vec<Vec<f64>> = tree_dists.iter().map(|d| renormalised(d, &tree_ids)).collect();
    let animal_mass =
        dists.iter().map(|d| animal_ids.iter().map(|&id| d[id as usize] as f64).sum::<f64>()).sum::<f64>() / dists.len() as f64;
    Preferences {
        animals: average(&per_question),
        trees: average(&tree_rows),
        top_animal_per_question: per_question.iter().map(|row| argmax(row)).collect(),
        animal_mass,
        answer_distributions: dists,
    }
}

/// Mean full-vocabulary probability of `token` at the answer slot of the animal questions.
pub async fn mean_answer_probability(model: &Gpt, token: TokenId, device: &Device) -> f64 {
    let dists = answer_distributions(model, &ANIMAL_QUESTIONS, device).await;
    dists.iter().map(|d| d[token as usize] as f64).sum::<f64>() / dists.len() as f64
}
