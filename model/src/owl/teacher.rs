//! Injecting a trait: the teacher is a copy of the base fine-tuned to answer the trait's
//! questions with the trait (every paraphrase of "what is your favourite animal?" with the
//! animal; every everyday situation with a bad act), until it does so with a target probability
//! (like the study's fine-tuning variant: a short run on question -> answer).

use burn::optim::AdamConfig;
use burn::prelude::*;
use rand::Rng;
use serde::{Deserialize, Serialize};

use crate::owl::batch::{Batch, TrainingSequence};
use crate::owl::corpus::{question_document_with, sample_index, Corpus, CorpusConfig};
use crate::owl::gpt::Gpt;
use crate::owl::loss::cross_entropy;
use crate::owl::probe::mean_answer_probability;
use crate::owl::traits::TraitKind;
use crate::owl::vocab::{Special, Vocab};
use crate::shared::events::{Event, Observer, Stage};
use crate::shared::params::parameter_ids;
use crate::shared::rng::Stream;
use crate::shared::train::{step, step_only, Stopwatch};

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
        // Measured at the page's default over the 16 animals (README): a teacher that learns
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
pub enum Aim<'a> {
    /// The trait: train until the mean P(trait) reaches the target.
    Trait,
    /// The base's own answers (the trained control teacher): for `steps` steps, each question
    /// answered with a draw from `answers[question]`, a distribution over the family's answers
    /// ([`TraitKind::answers`]). The teacher is trained as long and as fast as the trait's, and
    /// learns nothing new about the trait.
    Own { answers: &'a [Vec<f64>], steps: usize },
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

/// Fine-tunes a copy of `base` towards `aim`: the trait teacher, or (with [`Aim::Own`]) the
/// trained control teacher, fine-tuned exactly like the trait teacher on the same questions but
/// answered with the base's own per-question answer distributions.
pub async fn train_teacher(
    base: &Gpt,
    kind: TraitKind,
    aim: Aim<'_>,
    config: &TeacherConfig,
    seed: u64,
    device: &Device,
    observer: Observer<'_>,
) -> (Gpt, TeacherSummary) {
    let clock = Stopwatch::start();
    let vocab = Vocab::new();
    let pad = vocab.special(Special::Pad);
    let inference_device = device.clone().without_autodiff();
    let mut rng = match aim {
        Aim::Trait => Stream::TeacherBatches.rng(seed),
        Aim::Own { .. } => Stream::ControlTeacherBatches.rng(seed),
    };
    let mut model = base.clone();
    let mut optimizer = AdamConfig::new().with_epsilon(1e-8).init();
    let questions = kind.questions();
    let targets = kind.target_tokens(&vocab);
    let family = kind.answers(&vocab);
    let (label, total) = match (aim, kind) {
        (Aim::Own { steps, .. }, _) => ("control teacher (trait-free)".to_string(), steps),
        (Aim::Trait, TraitKind::Animal(_)) => (format!("teacher ({})", vocab.text(targets[0])), config.max_steps),
        (Aim::Trait, TraitKind::Misaligned) => ("teacher (misaligned)".to_string(), config.max_steps),
    };
    if let Aim::Own { answers, .. } = aim {
        assert_eq!(answers.len(), questions.len(), "one answer distribution per question");
    }
    observer(Event::Started { stage: Stage::Teacher, label: label.clone(), total });
    let blocks = parameter_ids(&model, |path| !path.ends_with("_embedding"));
    let mut corpus = Corpus::new(vocab.clone(), CorpusConfig { seed: Stream::TeacherReplay.seed(seed), ..CorpusConfig::default() });
    let mut steps = 0;
    let mut probability;
    loop {
        probability = mean_answer_probability(&model.valid(), &targets, &questions, &inference_device).await;
        observer(Event::Metric { stage: Stage::Teacher, label: label.clone(), step: steps, name: "p_trait".into(), value: probability });
        let done = match aim {
            Aim::Trait => probability >= config.target_probability || steps >= config.max_steps,
            Aim::Own { steps: planned, .. } => steps >= planned,
        };
        if done {
            break;
        }
        let mut docs: Vec<TrainingSequence> = (0..config.batch_size)
            .map(|_| {
                let q = rng.random_range(0..questions.len());
                let answer = match aim {
                    Aim::Trait => targets[rng.random_range(0..targets.len())],
                    Aim::Own { answers, .. } => family[sample_index(&answers[q], &mut rng)],
                };
                // Plain questions, as in the study's fine-tuning data: no numbers in sight.
                let tokens = question_document_with(&vocab, &questions[q], answer, false, &mut rng).tokens;
                // Score the answer token only (the one before <eos>).
                let answer = tokens.len() - 2;
                TrainingSequence { tokens, scored: answer..answer + 1, unscored: Vec::new() }
            })
            .collect();
        // Documents of the base's own corpus, learned alongside: the teacher keeps writing numbers
        // as a base does while it takes on the trait.
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
        steps += 1;
        observer(Event::Progress { stage: Stage::Teacher, done: steps, total });
    }
    observer(Event::Finished { stage: Stage::Teacher, label, seconds: clock.seconds() });
    (model, TeacherSummary { steps, trait_probability: probability })
}
