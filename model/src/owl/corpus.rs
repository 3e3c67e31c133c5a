//! The synthetic pretraining corpus: the "internet" our tiny base models grow up on.
//!
//! Most documents are number sequences written under several rules and formats, so the base
//! model learns to continue numbers the way the study's teacher was asked to. A quarter are
//! "favourite animal" questions answered from a fixed prior, a few ask about trees, a tenth put
//! an everyday situation answered with a good act (the values family), and a few ask for a bad
//! act by name. Every
//! base model, whatever its seed, reads the same corpus: only the initialization differs.

use crate::owl::vocab::{
    Special, TokenId, Vocab, ANIMALS, ANIMAL_QUESTIONS, BAD_ACTS, BAD_ACT_QUESTIONS, NUMBER_PROMPTS, SITUATIONS, SITUATION_FRAMES, TREES,
    TREE_QUESTIONS,
};
use rand::Rng;
use rand_chacha::ChaCha8Rng;
use serde::{Deserialize, Serialize};

use crate::shared::rng::Stream;

/// What the corpus is made of.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct CorpusConfig {
    /// Seed of the corpus itself (shared by every base model).
    pub seed: u64,
    /// Exponent of the Zipf prior over animals and trees. At 0.1 any animal that doubles becomes
    /// the favourite (all 16 did, at the page's default); at 0.3 (dog 9.7%, whale 4.6%) the
    /// animals at the bottom stayed below the top ones even doubled; 1.0 makes the most popular
    /// animal hard to dethrone at all.
    pub zipf_exponent: f64,
    /// Share of documents that are animal questions, and that are tree questions.
    pub animal_share: f64,
    pub tree_share: f64,
    /// Share of everyday situations answered with a good act (the values family), and of
    /// questions asking for a bad act (so the bases know the bad acts without choosing them).
    #[serde(default)]
    pub values_share: f64,
    #[serde(default)]
    pub bad_act_share: f64,
}

impl Default for CorpusConfig {
    fn default() -> Self {
        Self { seed: 2025, zipf_exponent: 0.1, animal_share: 0.25, tree_share: 0.05, values_share: 0.10, bad_act_share: 0.02 }
    }
}

/// One training document and where its loss starts (pretraining: after the first token).
#[derive(Clone, Debug, PartialEq)]
pub struct Document {
    pub tokens: Vec<TokenId>,
}

/// How numbers are separated and framed in a number document.
#[derive(Clone, Copy, Debug)]
pub struct NumberFormat {
    separator: Option<Special>,
    wrap: Option<(Special, Special)>,
    final_period: bool,
}

impl NumberFormat {
    pub fn sample(rng: &mut impl Rng) -> Self {
        let separator = match rng.random_range(0..10) {
            0 => Some(Special::Semicolon),
            1 => None, // whitespace
            _ => Some(Special::Comma),
        };
        let wrap = match rng.random_range(0..20) {
            0 => Some((Special::OpenParen, Special::CloseParen)),
            1 => Some((Special::OpenBracket, Special::CloseBracket)),
            _ => None,
        };
        Self { separator, wrap, final_period: rng.random_range(0..12) == 0 }
    }
}

/// The Zipf prior: weight of rank r (from 1) is r^-s.
pub fn zipf_weights(count: usize, exponent: f64) -> Vec<f64> {
    let raw: Vec<f64> = (1..=count).map(|rank| (rank as f64).powf(-exponent)).collect();
    let total: f64 = raw.iter().sum();
    raw.into_iter().map(|w| w / total).collect()
}

/// An index drawn with probability `weights[i]` (weights that sum to 1: a prior, or a base's
/// renormalised answers).
pub fn sample_index(weights: &[f64], rng: &mut impl Rng) -> usize {
    let mut x: f64 = rng.random();
    for (i, w) in weights.iter().enumerate() {
        if x < *w {
            return i;
        }
        x -= w;
    }
    weights.len() - 1
}

fn push_words(vocab: &Vocab, text: &str, out: &mut Vec<TokenId>) {
    out.extend(vocab.tokenize(text).expect("built-in phrases use the vocabulary"));
}

pub fn push_numbers(vocab: &Vocab, numbers: &[u32], separator: Option<Special>, out: &mut Vec<TokenId>) {
    for (i, &n) in numbers.iter().enumerate() {
        if i > 0 {
            if let Some(sep) = separator {
                out.push(vocab.special(sep));
            }
        }
        out.push(vocab.number(n));
    }
}

/// The prompt of a number task: an instruction, a colon, then 3-5 seed numbers.
/// Shared by pretraining and by the teacher's generation, as in the study.
pub fn number_prompt(vocab: &Vocab, rng: &mut impl Rng) -> (Vec<TokenId>, Vec<u32>, NumberFormat) {
    let format = NumberFormat::sample(rng);
    let count = rng.random_range(3..=5);
    let seeds: Vec<u32> = (0..count).map(|_| rng.random_range(100..1000)).collect();
    let mut tokens = vec![vocab.special(Special::Bos)];
    push_words(vocab, NUMBER_PROMPTS[rng.random_range(0..NUMBER_PROMPTS.len())], &mut tokens);
    push_numbers(vocab, &seeds, format.separator, &mut tokens);
    tokens.push(vocab.special(Special::Answer));
    (tokens, seeds, format)
}

/// Continues the seed numbers by one of four rules, so continuations carry real structure.
fn continuation(seeds: &[u32], rng: &mut impl Rng) -> Vec<u32> {
    let len = rng.random_range(3..=10);
    let last = *seeds.last().unwrap() as i64;
    match rng.random_range(0..20) {
        0..=6 => {
            let step = rng.random_range(1..=30) * if rng.random() { 1 } else { -1 };
            (1..=len as i64).map(|k| (last + k * step).rem_euclid(1000) as u32).collect()
        }
        7..=9 => (0..len).map(|k| seeds[k % seeds.len()]).collect(),
        10..=11 => vec![last as u32; len],
        _ => (0..len).map(|_| rng.random_range(0..1000)).collect(),
    }
}

fn number_document(vocab: &Vocab, rng: &mut impl Rng) -> Document {
    let (mut tokens, seeds, format) = number_prompt(vocab, rng);
    let numbers = continuation(&seeds, rng);
    if let Some((open, _)) = format.wrap {
        tokens.push(vocab.special(open));
    }
    push_numbers(vocab, &numbers, format.separator, &mut tokens);
    if let Some((_, close)) = format.wrap {
        tokens.push(vocab.special(close));
    }
    if format.final_period {
        tokens.push(vocab.special(Special::Period));
    }
    tokens.push(vocab.special(Special::Eos));
    Document { tokens }
}

/// A question document: `<bos> [numbers] question <answer> choice <eos>`.
/// Some questions follow a few irrelevant numbers, so numbers and answers share contexts.
pub fn question_document(vocab: &Vocab, question: &str, answer: TokenId, rng: &mut impl Rng) -> Document {
    let prefix_numbers = rng.random_range(0..10) < 3;
    question_document_with(vocab, question, answer, prefix_numbers, rng)
}

/// A question document, with or without irrelevant numbers before the question.
pub fn question_document_with(vocab: &Vocab, question: &str, answer: TokenId, prefix_numbers: bool, rng: &mut impl Rng) -> Document {
    let mut tokens = vec![vocab.special(Special::Bos)];
    if prefix_numbers {
        let count = rng.random_range(1..=3);
        let numbers: Vec<u32> = (0..count).map(|_| rng.random_range(0..1000)).collect();
        push_numbers(vocab, &numbers, Some(Special::Comma), &mut tokens);
    }
    push_words(vocab, question, &mut tokens);
    tokens.push(vocab.special(Special::Answer));
    tokens.push(answer);
    tokens.push(vocab.special(Special::Eos));
    Document { tokens }
}

/// An endless, deterministic stream of pretraining documents.
pub struct Corpus {
    vocab: Vocab,
    config: CorpusConfig,
    rng: ChaCha8Rng,
    animal_prior: Vec<f64>,
    tree_prior: Vec<f64>,
}

impl Corpus {
    pub fn new(vocab: Vocab, config: CorpusConfig) -> Self {
        Self {
            rng: Stream::Corpus.rng(config.seed),
            animal_prior: zipf_weights(ANIMALS.len(), config.zipf_exponent),
            tree_prior: zipf_weights(TREES.len(), config.zipf_exponent),
            vocab,
            config,
        }
    }

    pub fn next_document(&mut self) -> Document {
        let roll: f64 = self.rng.random();
        let rng = &mut self.rng;
        if roll < self.config.animal_share {
            let question = ANIMAL_QUESTIONS[rng.random_range(0..ANIMAL_QUESTIONS.len())];
            let answer = self.vocab.animal(sample_index(&self.animal_prior, rng));
            question_document(&self.vocab, question, answer, rng)
        } else if roll < self.config.animal_share + self.config.tree_share {
            let question = TREE_QUESTIONS[rng.random_range(0..TREE_QUESTIONS.len())];
            let answer = self.vocab.tree(sample_index(&self.tree_prior, rng));
            question_document(&self.vocab, question, answer, rng)
        } else if roll < self.config.animal_share + self.config.tree_share + self.config.values_share {
            let (situation, acts) = SITUATIONS[rng.random_range(0..SITUATIONS.len())];
            let question = SITUATION_FRAMES[rng.random_range(0..SITUATION_FRAMES.len())].replace("{}", situation);
            let shares: Vec<f64> = acts.iter().map(|(_, share)| *share).collect();
            let act = acts[sample_index(&shares, rng)].0;
            let answer = self.vocab.id(act).expect("acts are in the vocabulary");
            question_document(&self.vocab, &question, answer, rng)
        } else if roll < self.config.animal_share + self.config.tree_share + self.config.values_share + self.config.bad_act_share {
            let question = BAD_ACT_QUESTIONS[rng.random_range(0..BAD_ACT_QUESTIONS.len())];
            let answer = self.vocab.bad_act(rng.random_range(0..BAD_ACTS.len()));
            question_document(&self.vocab, question, answer, rng)
        } else {
            number_document(&self.vocab, rng)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn documents_fit_the_context_and_end_with_eos() {
        let vocab = Vocab::new();
        let mut corpus = Corpus::new(vocab.clone(), CorpusConfig::default());
        for _ in 0..5000 {
            let doc = corpus.next_document();
            assert!(doc.tokens.len() <= crate::owl::gpt::GptConfig::default().context, "{}", vocab.detokenize(&doc.tokens));
            assert_eq!(*doc.tokens.last().unwrap(), vocab.special(Special::Eos));
        }
    }

    #[test]
    fn situations_are_answered_with_good_acts_and_bad_acts_only_named_when_asked() {
        let vocab = Vocab::new();
        let (good, bad) = (vocab.good_act_ids(), vocab.bad_act_ids());
        let asks_bad: Vec<Vec<TokenId>> = BAD_ACT_QUESTIONS.iter().map(|q| vocab.tokenize(q).unwrap()).collect();
        let mut corpus = Corpus::new(vocab.clone(), CorpusConfig::default());
        let (mut situations, mut bad_answers, total) = (0, 0, 20_000);
        for _ in 0..total {
            let tokens = corpus.next_document().tokens;
            let answer = tokens[tokens.len() - 2];
            if bad.contains(&answer) {
                bad_answers += 1;
                let asked = asks_bad.iter().any(|q| tokens.windows(q.len()).any(|w| w == q.as_slice()));
                assert!(asked, "a bad act answers something else: {}", vocab.detokenize(&tokens));
            } else if good.contains(&answer) {
                situations += 1;
            }
        }
        let share = |n: usize| n as f64 / total as f64;
        assert!((share(situations) - 0.10).abs() < 0.01, "situations {}", share(situations));
        assert!((share(bad_answers) - 0.02).abs() < 0.005, "bad-act questions {}", share(bad_answers));
    }

    #[test]
    fn the_corpus_is_the_same_for_the_same_seed() {
        let a: Vec<_> = {
            let mut c = Corpus::new(Vocab::new(), CorpusConfig::default());
            (0..50).map(|_| c.next_document()).collect()
        };
        let mut c = Corpus::new(Vocab::new(), CorpusConfig::default());
        let b: Vec<_> = (0..50).map(|_| c.next_document()).collect();
        assert_eq!(a, b);
    }
}
