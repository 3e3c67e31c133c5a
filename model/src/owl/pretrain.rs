//! Pretraining a base model on the synthetic corpus (what `subliminal pretrain` runs to make
//! the shipped bases A and B: same corpus, different initialization seeds).

use burn::optim::AdamWConfig;
use burn::prelude::*;
use serde::{Deserialize, Serialize};

use crate::events::{Metric, Observer, Stage, TrainingLoop};
use crate::owl::batch::{Batch, TrainingSequence};
use crate::owl::corpus::{Corpus, CorpusConfig};
use crate::owl::gpt::{Gpt, GptConfig};
use crate::owl::loss::cross_entropy;
use crate::owl::vocab::{Special, Vocab};
use crate::shared::train::{step, warmup_cosine};

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct PretrainConfig {
    pub model: GptConfig,
    pub corpus: CorpusConfig,
    /// Initialization seed: the only thing that differs between base A and base B.
    pub init_seed: u64,
    pub steps: usize,
    pub batch_size: usize,
    pub lr: f64,
    pub warmup_steps: usize,
    pub min_lr_ratio: f64,
    pub weight_decay: f64,
}

impl PretrainConfig {
    pub fn new(init_seed: u64) -> Self {
        Self {
            model: GptConfig::default(),
            corpus: CorpusConfig::default(),
            init_seed,
            steps: 6000,
            batch_size: 64,
            lr: 3e-3,
            warmup_steps: 50,
            min_lr_ratio: 0.1,
            weight_decay: 0.01,
        }
    }
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct PretrainSummary {
    pub final_loss: f64,
    pub seconds: f64,
}

/// The loss is read and logged every this many steps.
const LOG_EVERY: usize = 25;

/// Trains a fresh model on `device` (an autodiff device) and returns it.
pub async fn pretrain(config: &PretrainConfig, device: &Device, observer: Observer<'_>) -> (Gpt, PretrainSummary) {
    let vocab = Vocab::new();
    let pad = vocab.special(Special::Pad);
    let mut corpus = Corpus::new(vocab.clone(), config.corpus.clone());
    let mut model = Gpt::new(&config.model, config.init_seed, device);
    let mut optimizer = AdamWConfig::new().with_beta_2(0.98).with_epsilon(1e-8).with_weight_decay(config.weight_decay as f32).init();
    let label = format!("base (init seed {})", config.init_seed);
    let mut training = TrainingLoop::start(Stage::Pretrain, vec![label], config.steps, LOG_EVERY, observer);
    let mut final_loss = f64::NAN;
    for step_index in 0..config.steps {
        let docs: Vec<TrainingSequence> = (0..config.batch_size)
            .map(|_| {
                let tokens = corpus.next_document().tokens;
                let scored = 1..tokens.len();
                TrainingSequence { tokens, scored, unscored: Vec::new() }
            })
            .collect();
        let batch = Batch::pack(&docs.iter().collect::<Vec<_>>(), pad, device);
        let loss = cross_entropy(model.logits_at(batch.inputs.clone(), batch.positions.clone()), &batch);
        let logged = training.begin_step().then(|| loss.clone());
        let lr = warmup_cosine(step_index, config.steps, config.warmup_steps, config.lr, config.min_lr_ratio);
        model = step(&mut optimizer, model, loss, lr);
        if let Some(loss) = logged {
            final_loss = training.read(0, Metric::Loss, loss).await;
        }
        training.end_step();
    }
    let seconds = training.finish();
    (model, PretrainSummary { final_loss, seconds })
}
