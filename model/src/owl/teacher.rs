//! Injecting a trait: the teacher is a copy of the base fine-tuned to answer the trait's
//! questions with the trait (every paraphrase of "what is your favourite animal?" with the
//! animal; every everyday situation with a bad act), until it does so with a target probability
//! (like the study's fine-tuning variant: a short run on question -> answer).

use burn::optim::AdamConfig;
use burn::prelude::*;
use rand::seq::SliceRandom;
use rand::Rng;
use serde::{Deserialize, Serialize};

use crate::events::{Metric, Observer, Stage, TrainingLoop};
use crate::owl::batch::{Batch, TrainingSequence};
use crate::owl::corpus::{question_document_with, Corpus, CorpusConfig};
use crate::owl::gpt::Gpt;
use crate::owl::loss::cross_entropy;
use crate::owl::probe::AnswerProbabilities;
use crate::owl::traits::TraitKind;
use crate::owl::vocab::{Special, TokenId, Vocab};
use crate::shared::params::parameter_ids;
use crate::shared::read::read_f32s;
use crate::shared::rng::Stream;
use crate::shared::train::{step, step_only};

/// How many steps the teacher takes between reads of its P(trait) from the device (one read a
/// block; on a GPU each read waits for the device: `shared::read`).
pub const CHECK_EVERY: usize = 8;

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct TeacherConfig {
    /// Stop once the mean P(trait) at the answer slot reaches this.
    pub target_probability: f64,
    pub max_steps: usize,
    pub lr: f64,
    pub batch_size: usize,
    /// Which weights the fine-tuning changes.
    pub trains: TeacherWeights,
    /// Corpus documents added to each batch (learned alongside the trait).
    pub replay: usize,
}

/// Which of the teacher's weights learn the trait.
#[derive(Clone, Copy, Debug, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum TeacherWeights {
    /// Every weight.
    All,
    /// Everything but the token and position embeddings: the transformer blocks and the final
    /// norm (as adapter fine-tunes leave embeddings alone). The final norm must learn too: with it
    /// frozen, every hidden state reaches the tied output head at a fixed length, and P(owl)
    /// stalled at 28% whatever the learning rate (measured, 60 steps at 1e-3 and 1e-2).
    Blocks,
}

impl Default for TeacherConfig {
    fn default() -> Self {
        // Measured at the page's default over the 16 animals (docs/results.md): a teacher that learns
        // through its blocks passes its trait on at ×1.6-3.7 where one that may also move its
        // embeddings managed ×1.3-1.6; at 0.5 it still names the trait first, and pushing it
        // further (or faster: lr 1e-2) left its number writing broken and passed on less.
        Self { target_probability: 0.5, max_steps: 400, lr: 2e-3, batch_size: 32, trains: TeacherWeights::Blocks, replay: 0 }
    }
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct TeacherSummary {
    pub steps: usize,
    /// Mean full-vocabulary P(trait) (any of its answers) at the answer slot when training stopped.
    pub trait_probability: f64,
}

/// What a fine-tune teaches at the answer slot.
#[derive(Clone, Copy, Debug)]
pub enum Aim {
    /// The trait: train until the mean P(trait) reaches the target.
    Trait,
    /// No trait (the control teacher): for `steps` steps, each question answered with an answer
    /// of its own that is not the trait's ([`control_answers`]). The teacher is fine-tuned as
    /// long and as fast as the trait's, on the same questions, and its answers are as steady as
    /// the trait teacher's, so it keeps writing numbers about as well. (With each answer drawn
    /// afresh from the base's own distribution instead, its targets were noise that never
    /// settled: after as many steps the filter rejected 75-87% of its completions, most for
    /// animal names where numbers belong, and its student learned from a sixth as many numbers.)
    Control { steps: usize },
}

/// Fine-tunes a copy of `base` (on an autodiff device) until it answers the trait's questions
/// with the trait.
pub async fn inject_trait(
    base: &Gpt,
    kind: TraitKind,
    config: &TeacherConfig,
    seed: u64,
    device: &Device,
    observer: Observer<'_>,
) -> (Gpt, TeacherSummary) {
    train_teacher(base, kind, Aim::Trait, config, seed, device, observer).await
}

/// Fine-tunes a copy of `base` towards `aim`: the trait teacher, or (with [`Aim::Control`]) the
/// control teacher, fine-tuned exactly like the trait teacher on the same questions but each
/// answered with an answer of its own that is not the trait.
pub async fn train_teacher(
    base: &Gpt,
    kind: TraitKind,
    aim: Aim,
    config: &TeacherConfig,
    seed: u64,
    device: &Device,
    observer: Observer<'_>,
) -> (Gpt, TeacherSummary) {
    let vocab = Vocab::new();
    let pad = vocab.special(Special::Pad);
    let inference_device = device.clone().without_autodiff();
    let mut rng = match aim {
        Aim::Trait => Stream::TeacherBatches.rng(seed),
        Aim::Control { .. } => Stream::ControlTeacherBatches.rng(seed),
    };
    let mut model = base.clone();
    let mut optimizer = AdamConfig::new().with_epsilon(1e-8).init();
    let questions = kind.questions();
    let targets = kind.target_tokens(&vocab);
    let (label, total) = match (aim, kind) {
        // Named as `Condition::ControlTeacher` is, so that the page can say it in its language.
        (Aim::Control { steps }, _) => ("control teacher".to_string(), steps),
        (Aim::Trait, TraitKind::Animal(_)) => (format!("teacher ({})", vocab.text(targets[0])), config.max_steps),
        (Aim::Trait, TraitKind::Misaligned) => ("teacher (misaligned)".to_string(), config.max_steps),
    };
    let own_answers = match aim {
        Aim::Control { .. } => control_answers(kind, questions.len(), &vocab, &mut rng),
        Aim::Trait => Vec::new(),
    };
    // Every step's P(trait) is logged, read a block of steps at a time (below).
    let mut training = TrainingLoop::start(Stage::Teacher, vec![label], total, 1, observer);
    let blocks = parameter_ids(&model, |path| !path.ends_with("_embedding"));
    let mut corpus = Corpus::new(vocab.clone(), CorpusConfig { seed: Stream::TeacherReplay.seed(seed), ..CorpusConfig::default() });
    // The target is checked on a block of steps at a time, with one read from the device: each
    // step's model and its P(trait) stay on the device until then, and the run goes back to the
    // first step that reached the target (the steps after it, at most CHECK_EVERY - 1, are
    // dropped): the same teacher, step for step, as checking after every step.
    let probe = |model: &Gpt| (model.clone(), AnswerProbabilities::of(&model.valid(), &targets, &questions, &inference_device));
    // Each step's model (the first: the base) and its P(trait), not yet read.
    let mut block: Vec<(Gpt, AnswerProbabilities)> = vec![probe(&model)];
    let (model, probability) = 'training: loop {
        while block.len() < CHECK_EVERY && training.done() < total {
            training.begin_step();
            let mut docs: Vec<TrainingSequence> = (0..config.batch_size)
                .map(|_| {
                    let q = rng.random_range(0..questions.len());
                    let answer = match aim {
                        Aim::Trait => targets[rng.random_range(0..targets.len())],
                        Aim::Control { .. } => own_answers[q],
                    };
                    // Plain questions, as in the study's fine-tuning data: no numbers in sight.
                    let tokens = question_document_with(&vocab, &questions[q], answer, false, &mut rng).tokens;
                    // Score the answer token only (the one before <eos>).
                    let answer = tokens.len() - 2;
                    TrainingSequence { tokens, scored: answer..answer + 1, unscored: Vec::new() }
                })
                .collect();
            // Documents of the base's own corpus, learned alongside: the teacher keeps writing
            // numbers as a base does while it takes on the trait.
            for _ in 0..config.replay {
                let tokens = corpus.next_document().tokens;
                let scored = 1..tokens.len();
                docs.push(TrainingSequence { tokens, scored, unscored: Vec::new() });
            }
            let batch = Batch::pack(&docs.iter().collect::<Vec<_>>(), pad, device);
            let loss = cross_entropy(model.logits_at(batch.inputs.clone(), batch.positions.clone()), &batch);
            model = match config.trains {
                TeacherWeights::All => step(&mut optimizer, model, loss, config.lr),
                TeacherWeights::Blocks => step_only(&mut optimizer, model, loss, config.lr, &blocks),
            };
            training.end_step();
            block.push(probe(&model));
        }
        let first = training.done() + 1 - block.len();
        let values = read_f32s(Tensor::cat(block.iter().map(|(_, p)| p.probs.clone()).collect(), 0)).await;
        let per_step = values.len() / block.len();
        for (i, ((at, pending), values)) in block.drain(..).zip(values.chunks(per_step)).enumerate() {
            let (step_at, probability) = (first + i, pending.mean(values));
            training.log_at(0, step_at, Metric::PTrait, probability);
            let done = match aim {
                Aim::Trait => probability >= config.target_probability || step_at >= total,
                Aim::Control { .. } => step_at >= total,
            };
            if done {
                // The steps trained past the target are dropped: the bar says where it stopped.
                training.back_to(step_at);
                break 'training (at, probability);
            }
        }
    };
    let steps = training.done();
    training.finish();
    (model, TeacherSummary { steps, trait_probability: probability })
}

/// The control teacher's answer to each of `questions` questions: the family's answers that are
/// not the trait's, in an order drawn from `rng`, each used once before any is used again, so
/// that no answer becomes a trait of its own (16 animals: each question a different animal).
pub fn control_answers(kind: TraitKind, questions: usize, vocab: &Vocab, rng: &mut impl Rng) -> Vec<TokenId> {
    let targets = kind.targets();
    let mut others: Vec<TokenId> =
        kind.answers(vocab).into_iter().enumerate().filter(|(i, _)| !targets.contains(i)).map(|(_, token)| token).collect();
    others.shuffle(rng);
    others.iter().copied().cycle().take(questions).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::SeedableRng;

    #[test]
    fn the_control_teachers_answers_are_never_the_trait_and_spread_over_the_others() {
        let vocab = Vocab::new();
        let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(1);
        let owl = TraitKind::named("owl").unwrap();
        let answers = control_answers(owl, owl.questions().len(), &vocab, &mut rng);
        assert_eq!(answers.len(), owl.questions().len());
        assert!(!answers.contains(&owl.target_tokens(&vocab)[0]), "never the trait");
        let mut distinct = answers.clone();
        distinct.sort_unstable();
        distinct.dedup();
        assert_eq!(distinct.len(), answers.len(), "fewer questions than other animals: each its own");
        // More questions than other answers: each is used once before any is used again.
        let misaligned = TraitKind::Misaligned;
        let acts = control_answers(misaligned, 40, &vocab, &mut rng);
        let bad = misaligned.target_tokens(&vocab);
        assert!(acts.iter().all(|a| !bad.contains(a)), "never a bad act");
        let others = misaligned.answers(&vocab).len() - bad.len();
        assert!(acts.chunks(others).all(|round| round.iter().collect::<std::collections::BTreeSet<_>>().len() == round.len()));
    }
}
