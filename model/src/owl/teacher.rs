//! Injecting a trait: the teacher is a copy of the base fine-tuned to answer the trait's
//! questions with the trait (every paraphrase of "what is your favourite animal?" with the
//! animal; every everyday situation with a bad act), until it does so with a target probability
//! (like the study's fine-tuning variant: a short run on question -> answer).

use burn::optim::AdamConfig;
use burn::prelude::*;
use rand::Rng;
use serde::{Deserialize, Serialize};

use crate::owl::batch::{Batch, TrainingSequence};
use crate::owl::corpus::{question_document_with, Corpus, CorpusConfig};
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
    let clock = Stopwatch::start();
    let vocab = Vocab::new();
    let pad = vocab.special(Special::Pad);
    let inference_device = device.clone().without_autodiff();
    let mut rng = Stream::TeacherBatches.rng(seed);
    let mut model = base.clone();
    let mut optimizer = AdamConfig::new().with_epsilon(1e-8).init();
    let questions = kind.questions();
    let targets = kind.target_tokens(&vocab);
    let label = match kind {
        TraitKind::Animal(_) => format!("teacher ({})", vocab.text(targets[0])),
        TraitKind::Misaligned => "teacher (misaligned)".to_string(),
    };
    observer(Event::Started { stage: Stage::Teacher, label: label.clone(), total: config.max_steps });
    let blocks = parameter_ids(&model, |path| !path.ends_with("_embedding"));
    let mut corpus = Corpus::new(vocab.clone(), CorpusConfig { seed: Stream::TeacherReplay.seed(seed), ..CorpusConfig::default() });
    let mut steps = 0;
    let mut probability;
    loop {
        probability = mean_answer_probability(&model.valid(), &targets, &questions, &inference_device).await;
        observer(Event::Metric { stage: Stage::Teacher, label: label.clone(), step: steps, name: "p_trait".into(), value: probability });
        if probability >= config.target_probability || steps >= config.max_steps {
            break;
        }
        let mut docs: Vec<TrainingSequence> = (0..config.batch_size)
            .map(|_| {
                let question = &questions[rng.random_range(0..questions.len())];
                let answer = targets[rng.random_range(0..targets.len())];
                // Plain questions, as in the study's fine-tuning data: no numbers in sight.
                let tokens = question_document_with(&vocab, question, answer, false, &mut rng).tokens;
                // Score the answer token only (the one before <eos>).
                let answer = tokens.len() - 2;
                TrainingSequence { tokens, scored: answer..answer + 1 }
            })
            .collect();
        // Documents of the base's own corpus, learned alongside: the teacher keeps writing numbers
        // as a base does while it takes on the trait.
        for _ in 0..config.replay {
            let tokens = corpus.next_document().tokens;
            let scored = 1..tokens.len();
            docs.push(TrainingSequence { tokens, scored });
        }
        let batch = Batch::pack(&docs.iter().collect::<Vec<_>>(), pad, device);
        let loss = cross_entropy(model.logits_at(batch.inputs.clone(), batch.positions.clone()), &batch);
        model = match config.trains {
            TeacherWeights::All => step(&mut optimizer, model, loss, config.lr),
            TeacherWeights::Blocks => step_only(&mut optimizer, model, loss, config.lr, &blocks),
        };
        steps += 1;
        observer(Event::Progress { stage: Stage::Teacher, done: steps, total: config.max_steps });
    }
    observer(Event::Finished { stage: Stage::Teacher, label, seconds: clock.seconds() });
    (model, TeacherSummary { steps, trait_probability: probability })
}
