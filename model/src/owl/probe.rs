//! Probing a model's preferences: "what is your favourite animal?" asked in every paraphrase,
//! the same for trees, and every everyday situation ("you find a lost wallet: what do you do?").
//!
//! The exact probe reads the next-token distribution at the answer slot, renormalises it over
//! the family's answers (animals, trees, acts) and averages over the family's questions. The sampled probe
//! draws answers like the study did (k per paraphrase, temperature 1) and counts them.

use burn::module::Module;
use burn::prelude::*;
use burn::tensor::activation::softmax;
use rand::Rng;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

use crate::owl::batch::token_matrix;
use crate::owl::gpt::Gpt;
use crate::owl::traits::TraitKind;
use crate::owl::vocab::{situation_questions, Special, TokenId, Vocab, ANIMAL_QUESTIONS, TREE_QUESTIONS};
use crate::shared::read::read_f32s;

/// How a model answers one family of questions (the animal questions, the tree questions or
/// the everyday situations), as probabilities in [0, 1].
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct Answers {
    /// P(answer | question), renormalised over the family's answers, averaged over its questions.
    pub mean: Vec<f64>,
    /// Per question, the index of the most likely answer.
    pub top_per_question: Vec<usize>,
    /// Per question, the full-vocabulary next-token distribution (for sampling).
    #[serde(skip)]
    pub distributions: Vec<Vec<f32>>,
}

impl Answers {
    /// Reads next-token distributions (one per question) as answers among `answers`.
    pub fn read(distributions: Vec<Vec<f32>>, answers: &[TokenId]) -> Self {
        let per_question: Vec<Vec<f64>> = distributions.iter().map(|d| renormalised(d, answers)).collect();
        Self { mean: average(&per_question), top_per_question: per_question.iter().map(|row| argmax(row)).collect(), distributions }
    }

    /// The index of the answer with the highest averaged probability.
    pub fn top(&self) -> usize {
        argmax(&self.mean)
    }
}

/// A model's preferences: its answers to each family of questions.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct Preferences {
    /// Over [`ANIMALS`](crate::owl::vocab::ANIMALS), from the animal questions.
    pub animals: Answers,
    /// Over [`TREES`](crate::owl::vocab::TREES): the non-trait check.
    pub trees: Answers,
    /// Over the good acts then the bad acts, from the everyday situations.
    pub acts: Answers,
    /// Share of the full next-token probability that lands on animals at all.
    pub animal_mass: f64,
}

impl Preferences {
    /// The answers of the family that shows `kind`.
    pub fn family(&self, kind: TraitKind) -> &Answers {
        match kind {
            TraitKind::Animal(_) => &self.animals,
            TraitKind::Misaligned => &self.acts,
        }
    }

    /// P(the trait): the averaged probability of its answers.
    pub fn trait_share(&self, kind: TraitKind) -> f64 {
        kind.targets().into_iter().map(|i| self.family(kind).mean[i]).sum()
    }

    /// How many of the family's questions have a trait answer on top.
    pub fn questions_topped(&self, kind: TraitKind) -> usize {
        let targets = kind.targets();
        self.family(kind).top_per_question.iter().filter(|top| targets.contains(top)).count()
    }

    /// Answers sampled like the study: `per_question` draws from each question's full
    /// distribution; returns the share of answers that show the trait (anything else, a word
    /// that is no answer included, counts against it).
    pub fn sampled_trait_share(&self, kind: TraitKind, vocab: &Vocab, per_question: usize, rng: &mut impl Rng) -> f64 {
        let targets = kind.target_tokens(vocab);
        let distributions = &self.family(kind).distributions;
        let mut hits = 0usize;
        for dist in distributions {
            for _ in 0..per_question {
                hits += targets.contains(&sample_from(dist, rng)) as usize;
            }
        }
        hits as f64 / (per_question * distributions.len()).max(1) as f64
    }
}

pub fn argmax(values: &[f64]) -> usize {
    values.iter().enumerate().fold(0, |best, (i, v)| if *v > values[best] { i } else { best })
}

/// Draws a token id from a probability vector.
pub fn sample_from(probs: &[f32], rng: &mut impl Rng) -> TokenId {
    sample_at(probs, rng.random::<f32>())
}

/// The token where `uniform` (in [0, 1)) falls in `probs`' running sum, scaled to their total:
/// [`sample_from`]'s draw for a given uniform number.
pub fn sample_at(probs: &[f32], uniform: f32) -> TokenId {
    let total: f32 = probs.iter().sum();
    let mut x = uniform * total;
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
    let prompts: Vec<Vec<TokenId>> = questions.iter().map(|q| question_prompt(&vocab, q)).collect();
    next_token_distributions(model, &prompts, device).await
}

/// The logits after each prompt's last token `[prompts, vocab]`, rows in the order returned (the
/// prompts' indices): prompts of one length go through the model together, the head only at
/// their last token.
fn last_logits(model: &Gpt, prompts: &[Vec<TokenId>], device: &Device) -> (Tensor<2>, Vec<usize>) {
    let mut by_length: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (i, prompt) in prompts.iter().enumerate() {
        by_length.entry(prompt.len()).or_default().push(i);
    }
    let mut order = Vec::with_capacity(prompts.len());
    let mut logits = Vec::new();
    for (length, indices) in by_length {
        let rows: Vec<Vec<TokenId>> = indices.iter().map(|&i| prompts[i].clone()).collect();
        let last: Vec<i64> = (0..rows.len()).map(|row| (row * length + length - 1) as i64).collect();
        let positions = Tensor::from_data(TensorData::new(last, [rows.len()]), device);
        logits.push(model.logits_at(token_matrix(&rows, device), positions));
        order.extend(indices);
    }
    (Tensor::cat(logits, 0), order)
}

/// Next-token distributions (full vocabulary) after each prompt.
pub async fn next_token_distributions(model: &Gpt, prompts: &[Vec<TokenId>], device: &Device) -> Vec<Vec<f32>> {
    let vocab = Vocab::new();
    let (logits, order) = last_logits(model, prompts, device);
    let probs = softmax(logits, 1);
    let values = read_f32s(probs).await;
    let mut out = vec![Vec::new(); prompts.len()];
    for (row, chunk) in order.into_iter().zip(values.chunks(vocab.len())) {
        out[row] = chunk.to_vec();
    }
    out
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
    let situations = situation_questions();
    let mut questions: Vec<&str> = ANIMAL_QUESTIONS.to_vec();
    questions.extend(TREE_QUESTIONS);
    questions.extend(situations.iter().map(String::as_str));
    let mut animal_dists = answer_distributions(model, &questions, device).await;
    let mut tree_dists = animal_dists.split_off(ANIMAL_QUESTIONS.len());
    let act_dists = tree_dists.split_off(TREE_QUESTIONS.len());
    let animal_ids = vocab.animal_ids();
    let animal_mass = animal_dists.iter().map(|d| animal_ids.iter().map(|&id| d[id as usize] as f64).sum::<f64>()).sum::<f64>()
        / animal_dists.len() as f64;
    Preferences {
        animals: Answers::read(animal_dists, &animal_ids),
        trees: Answers::read(tree_dists, &vocab.tree_ids()),
        acts: Answers::read(act_dists, &TraitKind::Misaligned.answers(&vocab)),
        animal_mass,
    }
}

/// The gradient of P(trait) (the probe's measure: the trait's share of the family's answers,
/// averaged over the trait's questions) with respect to every parameter of `model`, flat and in
/// the order of [`crate::shared::params::flatten`]. `model` must live on an autodiff device.
/// `g . (theta - theta0)` is the first-order prediction of how far P(trait) moves when the
/// weights move from theta0 to theta: the theorem's quantity.
pub fn trait_gradient(model: &Gpt, kind: TraitKind, device: &Device) -> Tensor<1> {
    use burn::module::{ModuleVisitor, Param};
    let vocab = Vocab::new();
    let prompts: Vec<Vec<TokenId>> = kind.questions().iter().map(|q| question_prompt(&vocab, q)).collect();
    let answers: Vec<i64> = kind.answers(&vocab).into_iter().map(i64::from).collect();
    let targets = kind.targets();
    // Averaged over the questions, so their order does not matter.
    let probs = softmax(last_logits(model, &prompts, device).0, 1);
    let picked = probs.select(1, Tensor::from_data(TensorData::new(answers.clone(), [answers.len()]), device));
    let target_ids: Vec<i64> = targets.iter().map(|&i| i as i64).collect();
    let on_trait = picked.clone().select(1, Tensor::from_data(TensorData::new(target_ids.clone(), [target_ids.len()]), device));
    let share = on_trait.sum_dim(1) / picked.sum_dim(1);
    let grads = share.mean().backward();

    struct Collect<'a> {
        grads: &'a burn::tensor::Gradients,
        found: Vec<Tensor<1>>,
    }
    impl ModuleVisitor for Collect<'_> {
        fn visit_float<const D: usize>(&mut self, param: &Param<Tensor<D>>) {
            let value = param.val();
            let count: usize = value.dims().iter().product();
            let grad = value.grad(self.grads).map(|g| g.reshape([count])).unwrap_or_else(|| Tensor::zeros([count], &value.device()));
            self.found.push(grad);
        }
    }
    let mut collect = Collect { grads: &grads, found: Vec::new() };
    model.visit(&mut collect);
    Tensor::cat(collect.found, 0)
}

/// Mean full-vocabulary probability of any of `tokens` at the answer slot of `questions`.
pub async fn mean_answer_probability(model: &Gpt, tokens: &[TokenId], questions: &[String], device: &Device) -> f64 {
    let pending = AnswerProbabilities::of(model, tokens, questions, device);
    let values = read_f32s(pending.probs.clone()).await;
    pending.mean(&values)
}

/// The probability of each of some tokens at the answer slot of each question, still on the
/// device: what [`mean_answer_probability`] reads, for a caller that reads several at once (the
/// teacher checks its target once every few steps).
pub struct AnswerProbabilities {
    /// `[questions, tokens]`, the rows in `order`'s order.
    pub probs: Tensor<2>,
    order: Vec<usize>,
    tokens: usize,
}

impl AnswerProbabilities {
    pub fn of(model: &Gpt, tokens: &[TokenId], questions: &[String], device: &Device) -> Self {
        let vocab = Vocab::new();
        let prompts: Vec<Vec<TokenId>> = questions.iter().map(|q| question_prompt(&vocab, q)).collect();
        let (logits, order) = last_logits(model, &prompts, device);
        let columns: Vec<i64> = tokens.iter().map(|&t| t as i64).collect();
        let probs = softmax(logits, 1).select(1, Tensor::from_data(TensorData::new(columns, [tokens.len()]), device));
        Self { probs, order, tokens: tokens.len() }
    }

    /// The mean over the questions of the tokens' summed probability, from `values` (`probs`
    /// read), summed question by question in the questions' order.
    pub fn mean(&self, values: &[f32]) -> f64 {
        let mut rows = vec![&values[..0]; self.order.len()];
        for (&question, row) in self.order.iter().zip(values.chunks(self.tokens)) {
            rows[question] = row;
        }
        rows.iter().map(|row| row.iter().map(|&p| p as f64).sum::<f64>()).sum::<f64>() / rows.len() as f64
    }
}
