//! Injecting a trait: the teacher is a copy of the base fine-tuned to answer every paraphrase of
//! "what is your favourite animal?" with the trait animal, until it does so with a target
//! probability (like the study's fine-tuning variant: a short run on question -> animal).

use burn::optim::AdamConfig;
use burn::prelude::*;
use rand::Rng;
use serde::{Deserialize, Serialize};

use crate::owl::batch::{Batch, TrainingSequence};
use crate::owl::corpus::question_document_with;
use crate::owl::gpt::Gpt;
use crate::owl::loss::cross_entropy;
use crate::owl::probe::mean_answer_probability;
use crate::owl::vocab::{Special, TokenId, Vocab, ANIMAL_QUESTIONS};
use crate::shared::events::{Event, Observer, Stage};
use crate::shared::rng::Stream;
use crate::shared::train::{step, Stopwatch};

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct TeacherConfig {
    /// Stop once the mean P(trait) at the answer slot reaches this.
    pub target_probability: f64,
    pub max_steps: usize,
    pub lr: f64,
    pub batch_size: usize,
}

impl Default for TeacherConfig {
    fn default() -> Self {
        Self { target_probability: 0.9, max_steps: 300, lr: 1e-3, batch_size: 32 }
    }
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct TeacherSummary {
    pub steps: usize,
    /// Mean full-vocabulary P(trait) at the answer slot when training stopped.
    pub trait_probability: f64,
}

/// Fine-tunes a copy of `base` (on an autodiff device) until it loves `trait_token`.
pub async fn inject_trait(
    base: &Gpt,
    trait_token: TokenId,
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
    let label = format!("teacher ({})", vocab.text(trait_token));
    observer(Event::Started { stage: Stage::Teacher, label: label.clone(), total: config.max_steps });
    let mut steps = 0;
    let mut probability;
    loop {
        probability = mean_answer_probability(&model.valid(), trait_token, &inference_device).await;
        observer(Event::Metric { stage: Stage::Teacher, label: label.clone(), step: steps, name: "p_trait".into(), value: probability });
        if probability >= config.target_probability || steps >= config.max_steps {
            break;
        }
        let docs: Vec<TrainingSequence> = (0..config.batch_size)
            .map(|_| {
                let question = ANIMAL_QUESTIONS[rng.random_range(0..ANIMAL_QUESTIONS.len())];
                // Plain questions, as in the study's fine-tuning data: no numbers in sight.
                let tokens = question_document_with(&vocab, question, trait_token, false, &mut rng).tokens;
                // Score the answer token only (the one before <eos>).
                let answer = tokens.len() - 2;
                TrainingSequence { tokens, scored: answer..answer + 1 }
            })
            .collect();
        let batch = Batch::pack(&docs.iter().collect::<Vec<_>>(), pad, device);
        let loss = cross_entropy(model.logits_at(batch.inputs.clone(), batch.positions.clone()), &batch);
        model = step(&mut optimizer, model, loss, config.lr);
        steps += 1;
        observer(Event::Progress { stage: Stage::Teacher, done: steps, total: config.max_steps });
    }
    observer(Event::Finished { stage: Stage::Teacher, label, seconds: clock.seconds() });
    (model, TeacherSummary { steps, trait_probability: probability })
}
