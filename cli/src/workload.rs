//! The owl benchmark's workload, written out for the PyTorch reference in `bench/`: the same
//! base weights, pretraining documents, prompts and filtered training data that our engine works
//! on (the students' batches then have identical shapes and step counts), and documents of the
//! kind each teacher trains on, the trait's and the trait-free control's (drawn with their own
//! generator: the same shapes, not the same draws as our teachers').

use burn::prelude::*;
use rand::Rng;
use serde_json::{json, Value};
use subliminal_model::owl::batch::TrainingSequence;
use subliminal_model::owl::config::OwlConfig;
use subliminal_model::owl::corpus::{question_document_with, Corpus, CorpusConfig};
use subliminal_model::owl::data::{filter_completions, prompts_for};
use subliminal_model::owl::experiment::Bases;
use subliminal_model::owl::filter::FilterStats;
use subliminal_model::owl::generate::generate;
use subliminal_model::owl::gpt::Gpt;
use subliminal_model::owl::pretrain::PretrainConfig;
use subliminal_model::owl::probe::question_prompt;
use subliminal_model::owl::teacher::{control_answers, inject_trait, train_teacher, Aim};
use subliminal_model::owl::traits::TraitKind;
use subliminal_model::owl::vocab::{Special, TokenId, Vocab, ANIMAL_QUESTIONS, TREE_QUESTIONS};
use subliminal_model::shared::params::read_parameters;
use subliminal_model::shared::rng::Stream;

/// Teacher batches written out: more than the teacher ever needs at the default settings.
const TEACHER_BATCHES: usize = 100;

async fn weights(model: &Gpt) -> Result<Value, String> {
    let tensors = read_parameters(model).await?;
    Ok(tensors.into_iter().map(|t| json!({"name": t.name, "shape": t.shape, "values": t.values})).collect())
}

fn sequences(data: &[TrainingSequence]) -> Value {
    data.iter().map(|s| json!({"tokens": s.tokens, "scored_from": s.scored.start})).collect()
}

/// `writer`'s filtered continuations of `prompts`, as `run_experiment` makes them.
async fn numbers(writer: &Gpt, prompts: &[Vec<TokenId>], config: &OwlConfig, stream: Stream, seed: u64) -> Vec<TrainingSequence> {
    let mut rng = stream.rng(seed);
    let written = generate(&writer.valid(), prompts, config.decoding(), config.max_new_tokens, &mut rng, "", &mut |_| {}).await;
    filter_completions(&written, config, &Vocab::new(), &mut FilterStats::default(), &mut |_| {}, "")
}

/// Runs seed `seed`'s data stages the way `run_experiment` does and returns the workload.
pub async fn owl_workload(config: &OwlConfig, bases: &Bases, pretrain: &PretrainConfig, seed: u64) -> Result<Value, String> {
    let vocab = Vocab::new();
    let device = bases.a.devices()[0].clone();
    let kind = config.trait_kind();
    let TraitKind::Animal(animal) = kind else { return Err("the PyTorch reference runs animal traits only".into()) };
    let trait_token = vocab.animal(animal);

    let mut corpus = Corpus::new(vocab.clone(), CorpusConfig::default());
    let pretrain_batches: Vec<Vec<Vec<TokenId>>> =
        (0..pretrain.steps).map(|_| (0..pretrain.batch_size).map(|_| corpus.next_document().tokens).collect()).collect();

    // Each teacher's documents: a question and its answer, the trait (the trait teacher's) or the
    // question's own answer that is not the trait (the control teacher's, `Aim::Control`).
    let mut rng = Stream::BenchTeacherDocuments.rng(seed);
    let own_answers = control_answers(kind, ANIMAL_QUESTIONS.len(), &vocab, &mut rng);
    let mut batches = |answer: &dyn Fn(usize) -> TokenId| -> Vec<Vec<Vec<TokenId>>> {
        (0..TEACHER_BATCHES)
            .map(|_| {
                (0..config.teacher.batch_size)
                    .map(|_| {
                        let q = rng.random_range(0..ANIMAL_QUESTIONS.len());
                        question_document_with(&vocab, ANIMAL_QUESTIONS[q], answer(q), false, &mut rng).tokens
                    })
                    .collect()
            })
            .collect()
    };
    let teacher_batches = batches(&|_| trait_token);
    let control_teacher_batches = batches(&|q| own_answers[q]);

    let (teacher, summary) = inject_trait(&bases.a, kind, &config.teacher, seed, &device, &mut |_| {}).await;
    let prompts = prompts_for(seed, config.samples, &vocab);
    let teacher_data = numbers(&teacher, &prompts, config, Stream::TeacherNumbers, seed).await;
    // The control as `run_experiment` makes it: a teacher fine-tuned as long on the questions'
    // own answers writes for twice the prompts, cut to as many kept as the trait teacher's.
    let aim = Aim::Control { steps: summary.steps };
    let (control_teacher, _) = train_teacher(&bases.a, kind, aim, &config.teacher, seed, &device, &mut |_| {}).await;
    let control_prompts = prompts_for(seed, 2 * config.samples, &vocab);
    let mut control_data = numbers(&control_teacher, &control_prompts, config, Stream::ControlTeacherNumbers, seed).await;
    let kept_control = control_data.len();
    control_data.truncate(teacher_data.len());

    let questions = |list: &[&str]| -> Vec<Vec<TokenId>> { list.iter().map(|q| question_prompt(&vocab, q)).collect() };
    Ok(json!({
        "what": "the owl pipeline's inputs, written by `subliminal bench --workload`; see bench/README.md",
        "gpt": bases.a.config(),
        "experiment": config,
        "pretrain": {
            "steps": pretrain.steps, "batch_size": pretrain.batch_size, "lr": pretrain.lr,
            "warmup_steps": pretrain.warmup_steps, "min_lr_ratio": pretrain.min_lr_ratio,
            "weight_decay": pretrain.weight_decay, "init_seed": pretrain.init_seed,
            "batches": pretrain_batches,
        },
        "vocab": (0..vocab.len() as TokenId).map(|id| vocab.text(id)).collect::<Vec<_>>(),
        "pad": vocab.special(Special::Pad),
        "eos": vocab.special(Special::Eos),
        "number_alphabet": vocab.number_alphabet(),
        "animal_ids": vocab.animal_ids(),
        "tree_ids": vocab.tree_ids(),
        "trait_token": trait_token,
        "animal_questions": questions(&ANIMAL_QUESTIONS),
        "tree_questions": questions(&TREE_QUESTIONS),
        "teacher_batches": teacher_batches,
        "control_teacher_batches": control_teacher_batches,
        "prompts": prompts,
        "control_prompts": control_prompts,
        "teacher_data": sequences(&teacher_data),
        "control_data": sequences(&control_data),
        "bases": {"a": weights(&bases.a.valid()).await?, "b": weights(&bases.b.valid()).await?},
        "engine": {"teacher_steps": summary.steps, "kept_teacher": teacher_data.len(), "kept_control": kept_control},
    }))
}
