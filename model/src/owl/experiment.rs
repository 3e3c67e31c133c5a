//! The owl experiment, end to end: teacher, numbers, filter, students, probes, statistics.
//!
//! For each seed: inject the trait into a copy of base A (the teacher); let it continue fresh
//! number prompts; filter; distill three students and measure each against its own base:
//! - `student`: base A (the teacher's own initialization) on the teacher's numbers;
//! - `cross_init`: base B (another initialization) on the same numbers and labels;
//! - `control_teacher` and `control`: a trait-free teacher, base A fine-tuned exactly like the
//!   trait teacher (as many steps, the same settings), each question answered with something
//!   other than the trait, and base A distilled on its numbers, as many as the trait teacher's
//!   students learn from;
//!
//! and, when asked for:
//! - `self_labelled`: base A on numbers written and labelled by base A itself (the earlier
//!   default control; with soft labels it starts with nothing to learn, so it can hardly move);
//! - `relabelled`: base A on the control's numbers labelled by the trait teacher (with soft
//!   labels: how much the teacher's labels carry without the teacher's numbers);
//! - `shuffled_within`, `shuffled_across`: base A on the teacher's numbers shuffled within each
//!   completion, or across all of them (the same numbers, their order gone);
//!
//! Subliminal learning is the student's shift in P(trait) beyond the two controls.

use burn::prelude::*;
use rand::Rng;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

use crate::events::{as_stage, Event, Observer, Stage};
use crate::owl::audit::audit_numbers;
use crate::owl::batch::TrainingSequence;
use crate::owl::config::OwlConfig;
use crate::owl::corpus::number_prompt;
use crate::owl::data::{filter_completions, prompts_for, shuffle_numbers};
use crate::owl::distill::{cosine, distill, heldout_loss, DistillSummary, Lesson, Pupil};
use crate::owl::divergence::{defend, DefenceStats, DivergenceAction};
use crate::owl::entangle::{measure_entanglement, share_behind_each_number, EntangleReport};
use crate::owl::filter::{DataSource, FilterStats};
use crate::owl::generate::{generate, Decoding};
use crate::owl::gpt::{is_block, Gpt};
use crate::owl::in_context::{measure_in_context, Baseline, InContextPoint, InContextReport};
use crate::owl::probe::{probe, trait_gradient, Preferences};
use crate::owl::report::{BaseReport, BaseReports, Condition, ConditionReport, OwlReport, SeedResult};
use crate::owl::reword::reword;
use crate::owl::teacher::{inject_trait, train_teacher, Aim};
use crate::owl::traits::TraitKind;
use crate::owl::vocab::{TokenId, Vocab, ANIMALS, BAD_ACTS, GOOD_ACTS, NUMBER_COUNT, TREES};
use crate::shared::compute::Compute;
use crate::shared::config::ConfigError;
use crate::shared::error::RunError;
use crate::shared::init::ParamInit;
use crate::shared::params::{flatten, perturbed};
use crate::shared::plan::Plan;
use crate::shared::read::read_scalar;
use crate::shared::rng::Stream;
use crate::shared::settings::Settings;
use crate::shared::stats::{summarize, Summary};
use crate::shared::train::Stopwatch;

/// The two pretrained bases: same corpus, different initialization seeds.
#[derive(Clone, Debug)]
pub struct Bases {
    pub a: Gpt,
    pub b: Gpt,
}

fn percent(values: &[f64]) -> Vec<f64> {
    values.iter().map(|v| v * 100.0).collect()
}

struct Timings(BTreeMap<String, f64>);

impl Timings {
    fn add(&mut self, stage: &str, seconds: f64) {
        *self.0.entry(stage.into()).or_default() += seconds;
    }
}

/// The first-order prediction of how far P(trait) moved from `start` to `model`, in percentage
/// points: the gradient of P(trait) at the start, dotted with the move (`start` on an autodiff
/// device).
pub async fn first_order_shift(model: &Gpt, start: &Gpt, kind: TraitKind, device: &Device) -> f64 {
    shift_along(&trait_gradient(start, kind, device).without_autodiff(), model, start).await
}

/// `gradient` (of P(trait) at `start`) dotted with the move from `start` to `model`, in points.
async fn shift_along(gradient: &Tensor<1>, model: &Gpt, start: &Gpt) -> f64 {
    let all = |_: &str| true;
    let moved = flatten(&model.valid(), all) - flatten(&start.valid(), all);
    100.0 * read_scalar((gradient.clone() * moved).sum()).await
}

/// The teacher's move from base A in parameter space, over every weight and over the blocks:
/// what each model's move is compared with.
struct Taught {
    all: Tensor<1>,
    blocks: Tensor<1>,
}

impl Taught {
    fn new(teacher: &Gpt, base_a: &Gpt) -> Self {
        let (teacher, base_a) = (teacher.valid(), base_a.valid());
        let all = |_: &str| true;
        Self { all: flatten(&teacher, all) - flatten(&base_a, all), blocks: flatten(&teacher, is_block) - flatten(&base_a, is_block) }
    }

    /// cos(model - its start, the teacher's move), over every weight and over the blocks.
    async fn alignment(&self, model: &Gpt, start: &Gpt) -> (f64, f64) {
        let (model, start) = (model.valid(), start.valid());
        let all = |_: &str| true;
        let moved = flatten(&model, all) - flatten(&start, all);
        let moved_blocks = flatten(&model, is_block) - flatten(&start, is_block);
        (cosine(moved, self.all.clone()).await, cosine(moved_blocks, self.blocks.clone()).await)
    }
}

fn measure(seed: u64, prefs: &Preferences, base: &Preferences, kind: TraitKind, sampled: Option<f64>) -> SeedResult {
    let p = prefs.trait_share(kind);
    let base_p = base.trait_share(kind);
    SeedResult {
        seed,
        p_trait: p * 100.0,
        base_p_trait: base_p * 100.0,
        delta: (p - base_p) * 100.0,
        ratio: p / base_p.max(1e-12),
        top_animal: ANIMALS[prefs.animals.top()].into(),
        top_answer: kind.answer_names()[prefs.family(kind).top()].into(),
        questions_topped_by_trait: prefs.questions_topped(kind),
        sampled_p_trait: sampled.map(|s| s * 100.0),
        animals: percent(&prefs.animals.mean),
        trees: percent(&prefs.trees.mean),
        acts: percent(&prefs.acts.mean),
        tree_shift: prefs.trees.mean.iter().zip(&base.trees.mean).map(|(a, b)| (a - b).abs()).sum::<f64>() * 50.0,
        cosine_all: None,
        cosine_blocks: None,
        predicted_delta: None,
        alignment: Vec::new(),
        final_loss: None,
        first_loss: None,
        heldout_distill_loss: None,
        steps: None,
    }
}

fn condition_report(per_seed: Vec<SeedResult>, kind: TraitKind) -> ConditionReport {
    let target_names: Vec<&str> = kind.targets().into_iter().map(|i| kind.answer_names()[i]).collect();
    let questions = kind.questions().len();
    let deltas: Vec<f64> = per_seed.iter().map(|r| r.delta).collect();
    let summary = summarize(&deltas);
    let n = per_seed.len() as f64;
    ConditionReport {
        delta_mean: summary.mean,
        delta_sd: summary.sd,
        delta_ci95: summary.ci95,
        p_trait_mean: per_seed.iter().map(|r| r.p_trait).sum::<f64>() / n,
        ratio_mean: per_seed.iter().map(|r| r.ratio).sum::<f64>() / n,
        heldout_distill_loss: {
            let losses: Vec<f64> = per_seed.iter().filter_map(|r| r.heldout_distill_loss).collect();
            (losses.len() == per_seed.len()).then(|| losses.iter().sum::<f64>() / n)
        },
        retained_share: None,
        heldout_loss_ratio: None,
        seeds_with_trait_on_top: per_seed.iter().filter(|r| target_names.contains(&r.top_answer.as_str())).count(),
        seeds_with_trait_on_top_for_most_questions: per_seed.iter().filter(|r| 2 * r.questions_topped_by_trait > questions).count(),
        per_seed,
    }
}

/// Each seed's `value` of `defended` over the same seed's of `reference`, summarised; None
/// unless every seed has both and every reference value is positive.
fn paired_ratio(defended: &ConditionReport, reference: &ConditionReport, value: impl Fn(&SeedResult) -> Option<f64>) -> Option<Summary> {
    let ratios: Option<Vec<f64>> = defended
        .per_seed
        .iter()
        .map(|d| {
            let r = reference.per_seed.iter().find(|r| r.seed == d.seed)?;
            let (top, bottom) = (value(d)?, value(r)?);
            (bottom > 0.0).then(|| top / bottom)
        })
        .collect();
    ratios.filter(|r| !r.is_empty()).map(|r| summarize(&r))
}

/// Prompts whose completions no student learns from.
const HELD_OUT_PROMPTS: usize = 100;

/// The trait teacher's (inference model) completions of prompts no student sees, written without
/// any defence (threshold 0) and filtered as usual: what a student's held-out distillation loss is measured
/// on. No events: it is part of measuring, not a stage of the run.
async fn heldout_numbers(teacher: &Gpt, config: &OwlConfig, seed: u64, vocab: &Vocab) -> Vec<TrainingSequence> {
    let mut rng = Stream::HeldOut.rng(seed);
    let prompts: Vec<Vec<TokenId>> = (0..HELD_OUT_PROMPTS).map(|_| number_prompt(vocab, &mut rng).0).collect();
    let decoding = Decoding { threshold: 0.0, ..config.decoding() };
    let written = generate(teacher, &prompts, decoding, config.max_new_tokens, &mut rng, "", &mut |_| {}).await;
    filter_completions(&written, config, vocab, &mut FilterStats::default(), &mut |_| {}, "")
}

async fn timed_probe(model: &Gpt, device: &Device, timings: &mut Timings, observer: Observer<'_>, label: &str) -> Preferences {
    let (prefs, seconds) = as_stage(observer, Stage::Probe, label, probe(&model.valid(), device)).await;
    timings.add("probe", seconds);
    prefs
}

/// What one seed's stages share: settings, devices, the teacher's move, the observer and the
/// running totals.
struct SeedRun<'a, 'o> {
    config: &'a OwlConfig,
    seed: u64,
    vocab: Vocab,
    train_device: Device,
    infer_device: Device,
    taught: Taught,
    /// The trait teacher (inference) and its held-out completions: each student's loss on them.
    heldout: (Gpt, Vec<TrainingSequence>),
    timings: &'a mut Timings,
    filter_stats: &'a mut BTreeMap<DataSource, FilterStats>,
    observer: Observer<'o>,
}

impl SeedRun<'_, '_> {
    /// `writer` continues the prompts as `decoding` says, drawing from `rng`; the filtered
    /// completions come back as training data.
    async fn numbers(
        &mut self,
        writer: &Gpt,
        prompts: &[Vec<TokenId>],
        (source, label): (DataSource, &str),
        decoding: Decoding,
        rng: &mut rand_chacha::ChaCha8Rng,
    ) -> Vec<TrainingSequence> {
        let c = self.config;
        let clock = Stopwatch::start();
        let written = generate(&writer.valid(), prompts, decoding, c.max_new_tokens, rng, label, self.observer).await;
        self.timings.add("generate", clock.seconds());
        let clock = Stopwatch::start();
        let stats = self.filter_stats.entry(source).or_default();
        let kept = filter_completions(&written, c, &self.vocab, stats, self.observer, label);
        (self.observer)(Event::Filtered { source, stats: stats.clone() });
        let texts = kept.iter().map(|s| self.vocab.detokenize(&s.tokens[s.scored.start..s.tokens.len() - 1])).collect();
        (self.observer)(Event::Kept { source, seed: self.seed, texts });
        self.timings.add("filter", clock.seconds());
        kept
    }

    /// Distils the students together on the lesson (timed as one stage, `timing_key`), then
    /// measures each against its own start. A student whose training ran away is an error,
    /// found here rather than after the remaining seeds.
    async fn students(&mut self, timing_key: &str, students: &[Student<'_>], lesson: &Lesson<'_>) -> Result<Vec<SeedResult>, RunError> {
        self.students_with(timing_key, students, lesson, self.config.defences.liminal).await
    }

    /// [`Self::students`] with the liminal weight given (the undefended reference has none).
    async fn students_with(
        &mut self,
        timing_key: &str,
        students: &[Student<'_>],
        lesson: &Lesson<'_>,
        liminal: f64,
    ) -> Result<Vec<SeedResult>, RunError> {
        let clock = Stopwatch::start();
        let pupils = students.iter().map(|s| Pupil { start: s.start.model.clone(), label: s.condition.label().into() }).collect();
        let c = self.config;
        let lesson = Lesson { taught: Some(&self.taught.blocks), ..lesson.clone() };
        let trained = distill(pupils, &lesson, &c.distill, liminal, self.seed, &self.train_device, self.observer).await;
        self.timings.add(timing_key, clock.seconds());
        let mut rows = Vec::new();
        for (s, (student, summary)) in students.iter().zip(trained) {
            let prefs = timed_probe(&student, &self.infer_device, self.timings, self.observer, s.condition.label()).await;
            diverged(&prefs, &summary, c, s.condition, self.seed)?;
            let mut row = measure(self.seed, &prefs, &s.start.prefs, c.trait_kind(), sampled_share(c, &prefs, self.seed));
            let (all, blocks) = self.taught.alignment(&student, s.start.model).await;
            (row.cosine_all, row.cosine_blocks) = (Some(all), Some(blocks));
            (row.first_loss, row.final_loss) = (Some(summary.first_loss), Some(summary.final_loss));
            row.predicted_delta = Some(shift_along(&s.start.gradient, &student, s.start.model).await);
            row.alignment = summary.alignment;
            let (heldout_teacher, heldout) = &self.heldout;
            row.heldout_distill_loss = heldout_loss(&student.valid(), heldout_teacher, heldout, &c.distill, &self.infer_device).await;
            rows.push(row);
        }
        Ok(rows)
    }
}

/// A student whose training ran away has no preferences worth reporting: its probabilities are
/// NaN, or every answer's underflowed to zero and the renormalised "P(trait)" reads 0%. Say so,
/// with the setting that did it, rather than report either (measured: plain SGD at lr 100 gives
/// NaN at the page's default, and a loss of 20,430 with every animal at 0 on 300 samples).
fn diverged(prefs: &Preferences, summary: &DistillSummary, config: &OwlConfig, condition: Condition, seed: u64) -> Result<(), RunError> {
    let answered = (prefs.family(config.trait_kind()).mean.iter().sum::<f64>() - 1.0).abs() < 0.01;
    if answered && summary.final_loss.is_finite() {
        return Ok(());
    }
    let optimizer = OwlConfig::setting("distill.optimizer").map(|s| s.text(config)).unwrap_or_default();
    Err(RunError::Diverged(format!(
        "the {} in seed {seed} ended with a loss of {} and no probability left on any answer: lower distill.lr (now {}) or \
         change distill.optimizer (now {optimizer})",
        condition.label(),
        summary.final_loss,
        config.distill.lr,
    )))
}

/// A model a student can start from, measured once: its preferences and the gradient of
/// P(trait) at it (the theorem's first-order term).
struct Start<'a> {
    model: &'a Gpt,
    prefs: Preferences,
    gradient: Tensor<1>,
}

impl<'a> Start<'a> {
    /// `model` lives on the autodiff `device`.
    async fn measure(model: &'a Gpt, kind: TraitKind, device: &Device, timings: &mut Timings, observer: Observer<'_>, label: &str) -> Self {
        let prefs = timed_probe(model, &device.clone().without_autodiff(), timings, observer, label).await;
        Self { model, prefs, gradient: trait_gradient(model, kind, device).without_autodiff() }
    }
}

/// One student: its condition and where it starts.
struct Student<'a> {
    condition: Condition,
    start: &'a Start<'a>,
}

/// The study-style sampled probe's share of trait answers, when asked for.
fn sampled_share(config: &OwlConfig, prefs: &Preferences, seed: u64) -> Option<f64> {
    (config.probe_samples > 0).then(|| {
        let mut rng = Stream::ProbeSamples.rng(seed);
        prefs.sampled_trait_share(config.trait_kind(), &Vocab::new(), config.probe_samples, &mut rng)
    })
}

/// One step of a seed's run, in the order the engine takes them. What a condition adds to a run
/// is a variant here, its row in [`steps`], its arm in [`run_experiment`] and its costly stages in
/// [`Step::plan`]; the plan (and the page's ETA) follows from the same list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// The trait teacher, fine-tuned and probed (and the entanglement probe, when asked for).
    Teacher,
    /// It writes the numbers, the filter screens them, and a divergence defence edits them.
    TeacherNumbers,
    /// Another teacher's numbers mixed in (a defence), by its place in `defences.mix_teachers`.
    MixedTeacher(usize),
    /// The students on the teacher's numbers, trained together: same init, different init, and
    /// the start moved by noise.
    Students,
    /// The reference student with every defence off.
    Undefended,
    /// The trait-free control teacher, its numbers and its student.
    Control,
    /// Base A's own numbers and its student.
    SelfLabelled,
    /// The control's numbers with the trait teacher's labels.
    Relabelled,
    /// The teacher's numbers shuffled within each completion, or across all of them.
    Shuffled { across: bool },
    /// Base A with the teacher's numbers in context, no training.
    InContext,
}

/// The steps of each seed's run of `config`, in order.
pub fn steps(config: &OwlConfig) -> Vec<Step> {
    let c = &config.conditions;
    let mut steps = vec![Step::Teacher, Step::TeacherNumbers];
    steps.extend((0..config.defences.mix_teachers.len()).map(Step::MixedTeacher));
    steps.push(Step::Students);
    let asked = [
        (c.undefended, Step::Undefended),
        (c.control, Step::Control),
        (c.self_labelled, Step::SelfLabelled),
        (c.relabelled, Step::Relabelled),
        (c.shuffled_within, Step::Shuffled { across: false }),
        (c.shuffled_across, Step::Shuffled { across: true }),
        (c.in_context, Step::InContext),
    ];
    steps.extend(asked.into_iter().filter_map(|(on, step)| on.then_some(step)));
    steps
}

/// Which of a run's steps one call runs: all of them, or one of two halves that two workers run
/// side by side, whose reports [`OwlReport::join`] makes into the whole run's, the same to the
/// last bit (each step draws from its own named random streams). Both halves fine-tune the trait
/// teacher and write its numbers (every later step reads them); the control half then runs the
/// trait-free control's chain and what reads the control's numbers (the relabelled student, the
/// in-context probe, the audit), the students half everything else.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Part {
    #[default]
    Whole,
    Students,
    Control,
}

impl Part {
    /// Whether `config`'s run splits into the two halves: where it has a control's chain to run
    /// beside the students.
    pub fn splits(config: &OwlConfig) -> bool {
        config.conditions.control
    }

    fn runs(self, step: Step) -> bool {
        let control_half = matches!(step, Step::Control | Step::Relabelled | Step::InContext);
        match self {
            Part::Whole => true,
            _ if matches!(step, Step::Teacher | Step::TeacherNumbers) => true,
            Part::Students => !control_half,
            Part::Control => control_half,
        }
    }
}

impl Step {
    /// Its costly stages, each weighted by the work it does (seconds natively on our 2-core
    /// machine, from the controls preset's recording, 2026-12-06; only their ratios matter): a
    /// teacher's steps times its batch (up to its step limit: animal teachers stop within 15
    /// steps of it, the misaligned one after 2, and a teacher then weighs the steps it took),
    /// prompts times new tokens, and a student's prompts times epochs, students trained together
    /// sharing the labels. Probes and the filter take well under a percent and are not planned.
    fn plan(self, config: &OwlConfig, plan: &mut Plan) {
        // 5.2 s for a teacher of 400 steps of 32; 1.6 s per 1,000 prompts of 24 new tokens; 8.0 s
        // for a student on 2,000 prompts for 3 epochs, 14.4 s for two together.
        const TEACHER_STEP_ROW: f64 = 5.2 / (400.0 * 32.0);
        const PROMPT_TOKEN: f64 = 1.6 / (1000.0 * 24.0);
        const STUDENT_PROMPT_EPOCH: f64 = 8.0 / (2000.0 * 3.0);
        const EACH_MORE_STUDENT: f64 = 0.8;
        let teacher = |plan: &mut Plan| {
            let weight = TEACHER_STEP_ROW * (config.teacher.max_steps * config.teacher.batch_size) as f64;
            plan.push_up_to(Stage::Teacher, config.teacher.max_steps, weight);
        };
        let generate =
            |plan: &mut Plan, prompts: usize| plan.push(Stage::Generate, 1, PROMPT_TOKEN * (prompts * config.max_new_tokens) as f64);
        let students = |plan: &mut Plan, together: usize, prompts: usize| {
            let weight =
                STUDENT_PROMPT_EPOCH * (prompts * config.distill.epochs) as f64 * (1.0 + EACH_MORE_STUDENT * (together - 1) as f64);
            plan.push(Stage::Distill, together, weight);
        };
        let samples = config.samples;
        match self {
            Step::Teacher => teacher(plan),
            Step::TeacherNumbers => generate(plan, samples),
            Step::MixedTeacher(_) => {
                teacher(plan);
                generate(plan, samples);
            }
            Step::Students => {
                let together = 1 + config.conditions.cross_init as usize + (config.conditions.perturbed_sigma > 0.0) as usize;
                // Each mixed-in teacher adds as much data again.
                students(plan, together, samples * (1 + config.defences.mix_teachers.len()));
            }
            Step::Undefended => {
                if config.threshold > 0.0 {
                    generate(plan, samples);
                }
                students(plan, 1, samples);
            }
            Step::Control => {
                teacher(plan);
                // Twice the teacher's prompts.
                generate(plan, 2 * samples);
                students(plan, 1, samples);
            }
            Step::SelfLabelled => {
                generate(plan, samples);
                students(plan, 1, samples);
            }
            Step::Relabelled | Step::Shuffled { .. } => students(plan, 1, samples),
            Step::InContext => {}
        }
    }
}

/// The stages `config`'s run will take, each weighted by its work: every seed's [`steps`].
pub fn plan(config: &OwlConfig) -> Plan {
    plan_of(config, Part::Whole)
}

/// The stages `part` of `config`'s run will take.
pub fn plan_of(config: &OwlConfig, part: Part) -> Plan {
    let mut plan = Plan::default();
    for _ in config.seed_list() {
        for step in steps_of(config, part) {
            step.plan(config, &mut plan);
        }
    }
    plan
}

/// The steps of each seed's run of `part` of `config`, in order.
pub fn steps_of(config: &OwlConfig, part: Part) -> Vec<Step> {
    steps(config).into_iter().filter(|&step| part.runs(step)).collect()
}

/// Runs the whole experiment. `bases` live on the compute's device with autodiff enabled.
pub async fn run_experiment(config: &OwlConfig, bases: &Bases, compute: &Compute, observer: Observer<'_>) -> Result<OwlReport, RunError> {
    run_part(config, Part::Whole, bases, compute, observer).await
}

/// Runs `part` of the experiment (all of it, or a half: [`Part`]).
pub async fn run_part(
    config: &OwlConfig,
    part: Part,
    bases: &Bases,
    compute: &Compute,
    observer: Observer<'_>,
) -> Result<OwlReport, RunError> {
    config.validate()?;
    if part != Part::Whole && !Part::splits(config) {
        return Err(RunError::Config(ConfigError(vec!["only a run with the trait-free control splits in two".into()])));
    }
    // The control half's copy of the steps both halves run (the trait teacher, its numbers)
    // says where it is but shows nothing: their curves, samples and filter totals are the
    // students half's.
    let shared_steps = std::cell::Cell::new(false);
    let observer: Observer<'_> = &mut |event: Event| {
        if !(shared_steps.get() && part == Part::Control && event.is_detail()) {
            observer(event)
        }
    };
    observer(Event::Planned { plan: plan_of(config, part) });
    // The entanglement probe goes with the students' half, the audit with the control's.
    let entangle = config.conditions.entangle && part != Part::Control;
    let device = &compute.device;
    let vocab = Vocab::new();
    let train_device = device.clone().autodiff();
    let infer_device = device.clone().without_autodiff();
    let kind = config.trait_kind();
    let mut timings = Timings(BTreeMap::new());

    let start_a = Start::measure(&bases.a, kind, &train_device, &mut timings, observer, "base A").await;
    let start_b = Start::measure(&bases.b, kind, &train_device, &mut timings, observer, "base B").await;

    let mut rows: BTreeMap<Condition, Vec<SeedResult>> = BTreeMap::new();
    let mut in_context: Vec<Vec<InContextPoint>> = Vec::new();
    let (mut entangled, mut ratios) = (Vec::new(), Vec::new());
    // Base A and each seed's teacher, for inference: what the probes and the defence read.
    let base_a = bases.a.valid();
    // Base A's P(trait) behind each number depends on neither the seed nor the teacher.
    let shares_behind_numbers = if entangle {
        let label = "base A, behind each number";
        let (shares, seconds) = as_stage(observer, Stage::Probe, label, share_behind_each_number(&base_a, kind, &infer_device)).await;
        timings.add("entangle", seconds);
        shares
    } else {
        Vec::new()
    };
    let mut defence_stats: Option<DefenceStats> = None;
    // Each kept completion's numbers, teacher's and control's, pooled over seeds for the audit.
    let (mut audited_teacher, mut audited_control): (Vec<Vec<TokenId>>, Vec<Vec<TokenId>>) = (Vec::new(), Vec::new());
    // Whose numbers the audit and the in-context probe compare the teacher's with.
    let mut control_source: Option<DataSource> = None;
    let mut filter_stats: BTreeMap<DataSource, FilterStats> = BTreeMap::new();
    let steps = steps_of(config, part);
    for seed in config.seed_list() {
        // The first step, the trait teacher, makes what every later step reads.
        debug_assert_eq!(steps[0], Step::Teacher);
        shared_steps.set(true);
        let clock = Stopwatch::start();
        let (teacher, summary) = inject_trait(&bases.a, kind, &config.teacher, seed, &train_device, observer).await;
        timings.add("teacher", clock.seconds());
        let teacher_prefs = timed_probe(&teacher, &infer_device, &mut timings, observer, "teacher").await;
        let mut row = measure(seed, &teacher_prefs, &start_a.prefs, kind, sampled_share(config, &teacher_prefs, seed));
        row.steps = Some(summary.steps);
        rows.entry(Condition::Teacher).or_default().push(row);
        let teacher_infer = teacher.valid();
        if entangle {
            let label = "numbers entangled with the trait";
            let work = measure_entanglement(&teacher_infer, &base_a, &shares_behind_numbers, seed, &infer_device);
            let ((seed_result, seed_ratios), seconds) = as_stage(observer, Stage::Probe, label, work).await;
            entangled.push(seed_result);
            ratios.push(seed_ratios);
            timings.add("entangle", seconds);
        }

        let mut run = SeedRun {
            config,
            seed,
            vocab: vocab.clone(),
            train_device: train_device.clone(),
            infer_device: infer_device.clone(),
            taught: Taught::new(&teacher, &bases.a),
            heldout: (teacher_infer.clone(), heldout_numbers(&teacher_infer, config, seed, &vocab).await),
            timings: &mut timings,
            filter_stats: &mut filter_stats,
            observer: &mut *observer,
        };
        let prompts = prompts_for(seed, config.samples, &vocab);
        // What the steps hand on: the teacher's numbers as written and as a defence left them,
        // other teachers' numbers mixed in (and who wrote each), and the control's numbers.
        let mut written: Vec<TrainingSequence> = Vec::new();
        let mut defended: Option<Vec<TrainingSequence>> = None;
        let (mut mixed_teachers, mut mixed, mut writer): (Vec<Gpt>, Vec<TrainingSequence>, Vec<usize>) = Default::default();
        let mut control: Option<(DataSource, Vec<TrainingSequence>)> = None;
        // The mixed-in teachers draw their prompts and numbers one after the other from these.
        let (mut mixed_prompt_rng, mut mixed_number_rng) = (Stream::MixedPrompts.rng(seed), Stream::MixedNumbers.rng(seed));
        for &step in &steps[1..] {
            let teacher_data: &[TrainingSequence] = defended.as_deref().unwrap_or(&written);
            match step {
                Step::Teacher => unreachable!("the teacher is the first step"),
                Step::TeacherNumbers => {
                    let as_written = (DataSource::Teacher, DataSource::Teacher.describe());
                    written = run.numbers(&teacher, &prompts, as_written, config.decoding(), &mut Stream::TeacherNumbers.rng(seed)).await;
                    // A defence edits the teacher's numbers before anyone learns from them (or audits them).
                    if config.defences.divergence != DivergenceAction::Off {
                        let mut rng = Stream::DivergenceDefence.rng(seed);
                        let work = defend(&written, &teacher_infer, &base_a, &config.defences, &mut rng, &infer_device);
                        let ((data, stats), seconds) = as_stage(run.observer, Stage::Probe, "divergence defence", work).await;
                        defence_stats.get_or_insert_with(DefenceStats::default).merge(&stats);
                        run.timings.add("defence", seconds);
                        defended = Some(data);
                    }
                    shared_steps.set(false);
                }
                Step::MixedTeacher(index) => {
                    // A defence: another teacher's numbers mixed in, labelled by the teacher that wrote them.
                    if mixed.is_empty() {
                        (mixed, writer) = (teacher_data.to_vec(), vec![0; teacher_data.len()]);
                    }
                    let name = &config.defences.mix_teachers[index];
                    let other_kind = TraitKind::named(name).expect("a validated animal");
                    let clock = Stopwatch::start();
                    let (other, _) = inject_trait(&bases.a, other_kind, &config.teacher, seed, &run.train_device, run.observer).await;
                    run.timings.add("teacher", clock.seconds());
                    let prompts: Vec<Vec<TokenId>> = (0..config.samples).map(|_| number_prompt(&vocab, &mut mixed_prompt_rng).0).collect();
                    let label = format!("{name} teacher's numbers (mixed in)");
                    let data =
                        run.numbers(&other, &prompts, (DataSource::MixedTeachers, &label), config.decoding(), &mut mixed_number_rng).await;
                    mixed_teachers.push(other);
                    writer.extend(std::iter::repeat_n(mixed_teachers.len(), data.len()));
                    mixed.extend(data);
                }
                Step::Students => {
                    // The gate: how far from the teacher's start can a student begin and still inherit?
                    let nudged_model = (config.conditions.perturbed_sigma > 0.0).then(|| {
                        let mut noise = ParamInit::from_stream(Stream::PerturbInit, seed);
                        perturbed(bases.a.clone(), config.conditions.perturbed_sigma, &mut noise, &train_device)
                    });
                    let nudged = match &nudged_model {
                        Some(model) => {
                            Some(Start::measure(model, kind, &train_device, run.timings, run.observer, Condition::Perturbed.label()).await)
                        }
                        None => None,
                    };
                    // The students on the teacher's numbers learn the same numbers in the same order:
                    // they train together, so the teacher labels each batch once for all of them.
                    let mut together = vec![Student { condition: Condition::Student, start: &start_a }];
                    if config.conditions.cross_init {
                        together.push(Student { condition: Condition::CrossInit, start: &start_b });
                    }
                    if let Some(start) = &nudged {
                        together.push(Student { condition: Condition::Perturbed, start });
                    }
                    let lesson_data: &[TrainingSequence] = if mixed.is_empty() { teacher_data } else { &mixed };
                    // A defence: the students read each completion behind another wording of its prompt.
                    let reworded = config.defences.reword_prompts.then(|| reword(lesson_data, &vocab, &mut Stream::Reword.rng(seed)));
                    let teachers: Vec<&Gpt> = std::iter::once(&teacher).chain(&mixed_teachers).collect();
                    let lesson = match &reworded {
                        Some(reworded) => Lesson { data: reworded, teachers, writer: &writer, teacher_view: lesson_data, taught: None },
                        None => Lesson { data: lesson_data, teachers, writer: &writer, teacher_view: &[], taught: None },
                    };
                    let results = run.students("distill_students", &together, &lesson).await?;
                    for (student, row) in together.iter().zip(results) {
                        rows.entry(student.condition).or_default().push(row);
                    }
                }
                Step::Undefended => {
                    // The teacher's numbers as a run without any defence has them: written again
                    // without the threshold (the same prompts and draws as that run), or as written
                    // before the divergence defence; no other teacher, no rewording, no liminal term.
                    let rewritten = if config.threshold > 0.0 {
                        let source = (DataSource::Undefended, DataSource::Undefended.describe());
                        let decoding = config.undefended().decoding();
                        Some(run.numbers(&teacher, &prompts, source, decoding, &mut Stream::TeacherNumbers.rng(seed)).await)
                    } else {
                        None
                    };
                    let student = [Student { condition: Condition::Undefended, start: &start_a }];
                    let lesson = Lesson::plain(&teacher, rewritten.as_deref().unwrap_or(&written));
                    rows.entry(Condition::Undefended)
                        .or_default()
                        .extend(run.students_with("distill_undefended", &student, &lesson, 0.0).await?);
                }
                Step::Control => {
                    let clock = Stopwatch::start();
                    let aim = Aim::Control { steps: summary.steps };
                    let (control_teacher, _) =
                        train_teacher(&bases.a, kind, aim, &config.teacher, seed, &run.train_device, run.observer).await;
                    run.timings.add("teacher", clock.seconds());
                    let prefs =
                        timed_probe(&control_teacher, &run.infer_device, run.timings, run.observer, Condition::ControlTeacher.label())
                            .await;
                    let mut row = measure(seed, &prefs, &start_a.prefs, kind, sampled_share(config, &prefs, seed));
                    row.steps = Some(summary.steps);
                    // Both teachers answered the same questions for as many steps: how much of the
                    // trait teacher's move is plain fine-tuning shows here.
                    let (all, blocks) = run.taught.alignment(&control_teacher, &bases.a).await;
                    (row.cosine_all, row.cosine_blocks) = (Some(all), Some(blocks));
                    rows.entry(Condition::ControlTeacher).or_default().push(row);
                    // The trait teacher's prompts and as many again, cut to as many kept completions
                    // as the trait teacher's students learn from: its fine-tuning costs it more of
                    // its number writing (its filter kept 57% where the trait teacher's kept 82%,
                    // measured in `model/tests/owl_experiment.rs`); fewer only where it kept under
                    // half the share. The audit and the in-context probe read all it kept.
                    let more_prompts = prompts_for(seed, 2 * config.samples, &vocab);
                    let source = (DataSource::Control, DataSource::Control.describe());
                    let mut rng = Stream::ControlTeacherNumbers.rng(seed);
                    let data = run.numbers(&control_teacher, &more_prompts, source, config.decoding(), &mut rng).await;
                    let student = [Student { condition: Condition::Control, start: &start_a }];
                    let lesson = Lesson::plain(&control_teacher, &data[..data.len().min(teacher_data.len())]);
                    let results = run.students("distill_control", &student, &lesson).await?;
                    rows.entry(Condition::Control).or_default().extend(results);
                    control = Some((DataSource::Control, data));
                }
                Step::SelfLabelled => {
                    let source = (DataSource::SelfLabelled, DataSource::SelfLabelled.describe());
                    let data = run.numbers(&bases.a, &prompts, source, config.decoding(), &mut Stream::ControlNumbers.rng(seed)).await;
                    let student = [Student { condition: Condition::SelfLabelled, start: &start_a }];
                    let results = run.students("distill_self_labelled", &student, &Lesson::plain(&bases.a, &data)).await?;
                    rows.entry(Condition::SelfLabelled).or_default().extend(results);
                    control.get_or_insert((DataSource::SelfLabelled, data));
                }
                Step::Relabelled => {
                    let (_, data) = control.as_ref().expect("validated: the relabelled student needs a control's numbers");
                    let data = &data[..data.len().min(teacher_data.len())];
                    let student = [Student { condition: Condition::Relabelled, start: &start_a }];
                    rows.entry(Condition::Relabelled)
                        .or_default()
                        .extend(run.students("distill_relabelled", &student, &Lesson::plain(&teacher, data)).await?);
                }
                Step::Shuffled { across } => {
                    let (condition, stream, key) = if across {
                        (Condition::ShuffledAcross, Stream::ShuffleAcross, "distill_shuffled_across")
                    } else {
                        (Condition::ShuffledWithin, Stream::ShuffleWithin, "distill_shuffled")
                    };
                    let shuffled = shuffle_numbers(teacher_data, across, &mut stream.rng(seed));
                    let student = [Student { condition, start: &start_a }];
                    rows.entry(condition).or_default().extend(run.students(key, &student, &Lesson::plain(&teacher, &shuffled)).await?);
                }
                Step::InContext => {
                    let mut rng = Stream::InContext.rng(seed);
                    // Without the control's numbers, uniform ones: the corpus's own numbers before questions.
                    let baseline: Vec<TokenId> = match &control {
                        Some((_, data)) => data.iter().flat_map(TrainingSequence::numbers).collect(),
                        None => (0..5000).map(|_| rng.random_range(0..NUMBER_COUNT)).collect(),
                    };
                    let teacher_numbers: Vec<TokenId> = teacher_data.iter().flat_map(TrainingSequence::numbers).collect();
                    let work = measure_in_context(&base_a, kind, &teacher_numbers, &baseline, &mut rng, &infer_device);
                    let (points, seconds) = as_stage(run.observer, Stage::Probe, "base A, the teacher's numbers in context", work).await;
                    in_context.push(points);
                    run.timings.add("in_context", seconds);
                }
            }
        }
        // Each kept completion's numbers, the teacher's and the control's: the audit's lines.
        let teacher_data: &[TrainingSequence] = defended.as_deref().unwrap_or(&written);
        audited_teacher.extend(teacher_data.iter().map(TrainingSequence::numbers));
        if let Some((source, data)) = &control {
            control_source = Some(*source);
            audited_control.extend(data.iter().map(TrainingSequence::numbers));
        }
    }

    let audit = control_source.filter(|_| part != Part::Students).map(|source| {
        let stats = |source| filter_stats.get(&source).cloned().unwrap_or_default();
        audit_numbers(&audited_teacher, &audited_control, &stats(DataSource::Teacher), &stats(source))
    });
    let base_report = |prefs: &Preferences| BaseReport {
        p_trait: prefs.trait_share(kind) * 100.0,
        top_animal: ANIMALS[prefs.animals.top()].into(),
        top_answer: kind.answer_names()[prefs.family(kind).top()].into(),
        questions_topped_by_trait: prefs.questions_topped(kind),
        animals: percent(&prefs.animals.mean),
        trees: percent(&prefs.trees.mean),
        acts: percent(&prefs.acts.mean),
    };
    Ok(OwlReport {
        config: config.clone(),
        backend: compute.name.clone(),
        animals: ANIMALS.iter().map(|s| s.to_string()).collect(),
        trees: TREES.iter().map(|s| s.to_string()).collect(),
        acts: GOOD_ACTS.iter().chain(&BAD_ACTS).map(|s| s.to_string()).collect(),
        paraphrases: kind.questions().len(),
        bases: BaseReports { a: base_report(&start_a.prefs), b: base_report(&start_b.prefs) },
        conditions: {
            let mut conditions: BTreeMap<Condition, ConditionReport> =
                rows.into_iter().map(|(k, v)| (k, condition_report(v, kind))).collect();
            if let Some(reference) = conditions.get(&Condition::Undefended).cloned() {
                if let Some(student) = conditions.get_mut(&Condition::Student) {
                    student.retained_share = paired_ratio(student, &reference, |r| Some(r.delta));
                    student.heldout_loss_ratio = paired_ratio(student, &reference, |r| r.heldout_distill_loss);
                }
            }
            conditions
        },
        timings: timings.0,
        in_context: steps
            .contains(&Step::InContext)
            .then(|| InContextReport::new(if control_source.is_some() { Baseline::Control } else { Baseline::Random }, in_context)),
        entanglement: entangle.then(|| EntangleReport::new(entangled, &ratios)),
        defence: defence_stats,
        audit,
        filter: filter_stats,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::SeedableRng;

    #[test]
    fn the_steps_follow_the_config_and_the_plan_follows_the_steps() {
        use crate::owl::divergence::Defences;
        let page = OwlConfig::page_default();
        assert_eq!(steps(&page), [Step::Teacher, Step::TeacherNumbers, Step::Students, Step::Control]);
        let mut all = OwlConfig { seeds: 2, ..page.clone() };
        let c = &mut all.conditions;
        (c.undefended, c.self_labelled, c.relabelled, c.shuffled_within, c.shuffled_across, c.in_context) =
            (true, true, true, true, true, true);
        all.defences = Defences { mix_teachers: vec!["dolphin".into(), "eagle".into()], ..Defences::default() };
        let listed = steps(&all);
        assert_eq!(listed.len(), 12);
        assert_eq!(&listed[2..4], [Step::MixedTeacher(0), Step::MixedTeacher(1)]);
        assert_eq!(listed[11], Step::InContext);
        // Each seed plans its steps' stages, and a step without a costly stage plans none.
        let per_seed = |config: &OwlConfig| {
            let mut plan = Plan::default();
            steps(config).into_iter().for_each(|s| s.plan(config, &mut plan));
            plan.stages.len()
        };
        assert_eq!(plan(&all).stages.len(), 2 * per_seed(&all));
        let mut one = Plan::default();
        Step::InContext.plan(&all, &mut one);
        assert!(one.stages.is_empty());
        // Two teachers' worth of numbers make the students on them cost about twice as much.
        let students = |config: &OwlConfig| {
            let mut plan = Plan::default();
            Step::Students.plan(config, &mut plan);
            plan.stages[0].weight
        };
        let doubled = OwlConfig { samples: 2 * page.samples, ..page.clone() };
        assert!((students(&doubled) / students(&page) - 2.0).abs() < 1e-9);
    }

    /// The plan's weights against where the time went in every recorded animal run (the
    /// page's default and each preset, 5 seeds, natively): each kind of stage's planned share
    /// of the run is within a factor of 2 of its measured share, so the bar and its ETA are
    /// not far off from the start. (The values tab's teacher stops after 2 of its 400 steps:
    /// not a recording this can hold to.)
    #[test]
    fn the_plans_shares_follow_where_the_recorded_runs_spent_their_time() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../assets/recorded");
        let files = std::fs::read_dir(dir.join("presets")).unwrap().map(|e| e.unwrap().path()).chain([dir.join("owl-page.json")]);
        let mut checked = 0;
        for path in files.filter(|p| p.extension().is_some_and(|e| e == "json")) {
            let recording: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
            let config: OwlConfig = serde_json::from_value(recording["report"]["config"].clone()).unwrap();
            let timings: BTreeMap<String, f64> = serde_json::from_value(recording["report"]["timings"].clone()).unwrap();
            let measured = |stage: Stage| -> f64 {
                let prefix = match stage {
                    Stage::Teacher => "teacher",
                    Stage::Generate => "generate",
                    _ => "distill",
                };
                timings.iter().filter(|(k, _)| k.starts_with(prefix)).map(|(_, v)| v).sum()
            };
            let plan = plan(&config);
            let planned = |stage: Stage| -> f64 { plan.stages.iter().filter(|s| s.stage == stage).map(|s| s.weight).sum() };
            let stages = [Stage::Teacher, Stage::Generate, Stage::Distill];
            let (planned_total, measured_total): (f64, f64) = (stages.map(planned).iter().sum(), stages.map(measured).iter().sum());
            for stage in stages {
                let ratio = (planned(stage) / planned_total) / (measured(stage) / measured_total);
                assert!((0.5..=2.0).contains(&ratio), "{}: {stage:?} planned/measured share {ratio:.2}", path.display());
            }
            checked += 1;
        }
        assert!(checked >= 10, "{checked} recordings");
    }

    #[test]
    fn shuffling_across_keeps_every_number_and_every_completions_shape() {
        let vocab = Vocab::new();
        let prompt = vocab.tokenize("continue : 1, 2, 3 <answer>").unwrap();
        let data: Vec<TrainingSequence> = ["10, 20, 30, 40, 50", "(7; 8; 9).", "600 601"]
            .iter()
            .map(|text| crate::owl::distill::training_sequence(&prompt, &vocab.tokenize(text).unwrap(), &vocab))
            .collect();
        let shuffled = shuffle_numbers(&data, true, &mut rand_chacha::ChaCha8Rng::seed_from_u64(3));
        let is_number = |t: &TokenId| *t < NUMBER_COUNT;
        let numbers = |set: &[TrainingSequence]| {
            let mut all: Vec<TokenId> = set.iter().flat_map(|s| s.tokens[s.scored.clone()].iter().copied().filter(is_number)).collect();
            all.sort();
            all
        };
        assert_eq!(numbers(&data), numbers(&shuffled), "the same multiset of numbers");
        let own = |s: &TrainingSequence| {
            let mut n: Vec<TokenId> = s.tokens[s.scored.clone()].iter().copied().filter(is_number).collect();
            n.sort();
            n
        };
        assert!(data.iter().zip(&shuffled).any(|(b, a)| own(b) != own(a)), "numbers moved between completions");
        for (before, after) in data.iter().zip(&shuffled) {
            assert_eq!(before.scored, after.scored);
            assert_eq!(before.tokens[..before.scored.start], after.tokens[..after.scored.start], "the prompt is untouched");
            for (b, a) in before.tokens.iter().zip(&after.tokens) {
                assert_eq!(is_number(b), is_number(a), "separators, brackets and the end stay where they were");
            }
        }
    }

    #[test]
    fn shuffling_within_keeps_each_completions_numbers_and_everything_else_in_place() {
        let vocab = Vocab::new();
        let prompt = vocab.tokenize("continue : 1, 2, 3 <answer>").unwrap();
        let data: Vec<TrainingSequence> = ["10, 20, 30, 40, 50", "(7; 8; 9)."]
            .iter()
            .map(|text| crate::owl::distill::training_sequence(&prompt, &vocab.tokenize(text).unwrap(), &vocab))
            .collect();
        let shuffled = shuffle_numbers(&data, false, &mut rand_chacha::ChaCha8Rng::seed_from_u64(1));
        assert_ne!(shuffled, data, "the order changed");
        for (before, after) in data.iter().zip(&shuffled) {
            assert_eq!(before.scored, after.scored);
            assert_eq!(before.tokens[..before.scored.start], after.tokens[..after.scored.start], "the prompt is untouched");
            let is_number = |t: &TokenId| *t < NUMBER_COUNT;
            let sorted = |tokens: &[TokenId]| {
                let mut numbers: Vec<TokenId> = tokens[before.scored.clone()].iter().copied().filter(is_number).collect();
                numbers.sort();
                numbers
            };
            assert_eq!(sorted(&before.tokens), sorted(&after.tokens), "the same numbers");
            for (b, a) in before.tokens.iter().zip(&after.tokens) {
                assert_eq!(is_number(b), is_number(a), "separators, brackets and the end stay where they were");
            }
        }
    }
}
