//! An owl run's report: every model it measured, in every seed, against the model it started
//! from; what the page, the CLI and a saved file hold. [`crate::owl::summary`] reads it into the
//! figures and verdicts a person is shown.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

use crate::owl::audit::AuditReport;
use crate::owl::config::OwlConfig;
use crate::owl::distill::AlignmentPoint;
use crate::owl::divergence::DefenceStats;
use crate::owl::entangle::EntangleReport;
use crate::owl::filter::{DataSource, FilterStats};
use crate::owl::in_context::InContextReport;
use crate::owl::traits::TraitKind;
use crate::shared::stats::Summary;

/// The models an owl report measures, each against the model it started from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Condition {
    /// Base A fine-tuned to love the trait.
    Teacher,
    /// Base A (the teacher's own initialization) distilled on the teacher's numbers.
    Student,
    /// Base B (another initialization) distilled on the same numbers and labels.
    CrossInit,
    /// Base A fine-tuned like the teacher, each question answered with something other than the
    /// trait.
    ControlTeacher,
    /// Base A distilled on the control teacher's numbers and labels (the default control).
    Control,
    /// Base A distilled on numbers written and labelled by base A itself (its labels are its
    /// own start's: with soft labels it has nothing to learn).
    SelfLabelled,
    /// Base A distilled on the control's numbers, labelled by the trait teacher: the soft-label
    /// counterpart of the shuffle controls (the teacher's labels without the teacher's numbers).
    Relabelled,
    /// Base A distilled on the teacher's numbers shuffled within each completion.
    ShuffledWithin,
    /// Base A distilled on the teacher's numbers shuffled across all completions.
    ShuffledAcross,
    /// Base A moved by noise (`conditions.perturbed_sigma`), distilled on the teacher's numbers.
    Perturbed,
    /// Base A distilled on the teacher's numbers with every defence off (a defence's reference).
    Undefended,
}

impl Condition {
    pub const ALL: [Condition; 11] = [
        Condition::Teacher,
        Condition::Student,
        Condition::CrossInit,
        Condition::ControlTeacher,
        Condition::Control,
        Condition::SelfLabelled,
        Condition::Relabelled,
        Condition::ShuffledWithin,
        Condition::ShuffledAcross,
        Condition::Perturbed,
        Condition::Undefended,
    ];

    /// Its key in reports (`conditions.cross_init`).
    pub fn key(self) -> &'static str {
        match self {
            Condition::Teacher => "teacher",
            Condition::Student => "student",
            Condition::CrossInit => "cross_init",
            Condition::ControlTeacher => "control_teacher",
            Condition::Control => "control",
            Condition::SelfLabelled => "self_labelled",
            Condition::Relabelled => "relabelled",
            Condition::ShuffledWithin => "shuffled_within",
            Condition::ShuffledAcross => "shuffled_across",
            Condition::Perturbed => "perturbed",
            Condition::Undefended => "undefended",
        }
    }

    /// Its name in progress and curves.
    pub fn label(self) -> &'static str {
        match self {
            Condition::Teacher => "teacher",
            Condition::Student => "student (same init)",
            Condition::CrossInit => "student (different init)",
            Condition::ControlTeacher => "control teacher",
            Condition::Control => "control student",
            Condition::SelfLabelled => "self-labelled control",
            Condition::Relabelled => "student (control's numbers, teacher's labels)",
            Condition::ShuffledWithin => "student (shuffled within)",
            Condition::ShuffledAcross => "student (shuffled across)",
            Condition::Perturbed => "student (perturbed start)",
            Condition::Undefended => "student (no defence)",
        }
    }

    /// What it is, for a results table.
    pub fn describe(self) -> &'static str {
        match self {
            Condition::Teacher => "teacher (trait injected)",
            Condition::Student => "student, same init (A)",
            Condition::CrossInit => "student, different init (B)",
            Condition::ControlTeacher => "control teacher: A fine-tuned, no trait",
            Condition::Control => "control: A on a trait-free teacher's numbers",
            Condition::SelfLabelled => "control: A on its own numbers, labelled by itself",
            Condition::Relabelled => "A on the control's numbers, labelled by the teacher",
            Condition::ShuffledWithin => "A on the teacher's numbers, shuffled within",
            Condition::ShuffledAcross => "A on the teacher's numbers, shuffled across",
            Condition::Perturbed => "student from A moved by noise",
            Condition::Undefended => "reference: A on the teacher's numbers, no defence",
        }
    }

    /// Its name in the page's test ids (`result-cross-init`): its key, hyphenated.
    pub fn test_id(self) -> String {
        self.key().replace('_', "-")
    }
}

/// One model measured in one seed. Probabilities are in percent.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct SeedResult {
    pub seed: u64,
    pub p_trait: f64,
    /// P(trait) of the model this one started from.
    pub base_p_trait: f64,
    /// `p_trait - base_p_trait`, in percentage points.
    pub delta: f64,
    /// `p_trait / base_p_trait`.
    pub ratio: f64,
    pub top_animal: String,
    /// The most likely answer to the trait's questions (an animal, or an act).
    pub top_answer: String,
    /// Of the trait's questions, how many have a trait answer as the most likely one.
    pub questions_topped_by_trait: usize,
    /// Share of sampled answers naming the trait (study-style probe), if sampled.
    pub sampled_p_trait: Option<f64>,
    /// The full animal distribution, in percent, in [`ANIMALS`] order.
    pub animals: Vec<f64>,
    /// The tree distribution, in percent: the non-trait check.
    pub trees: Vec<f64>,
    /// The acts chosen in everyday situations, in percent: good acts, then bad ones.
    pub acts: Vec<f64>,
    /// Total variation between this model's and its base's tree distributions, in points.
    pub tree_shift: f64,
    /// cos(this - its base, teacher - base A) over all parameters and over the blocks only.
    pub cosine_all: Option<f64>,
    pub cosine_blocks: Option<f64>,
    /// Students: the first-order prediction of `delta`, g . (this - its base), with g the
    /// gradient of P(trait) at its base; percentage points.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub predicted_delta: Option<f64>,
    /// Students: cos(move so far, the teacher's move) over the blocks and block by block, at
    /// each logged step of distillation (the alignment meter's curve).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub alignment: Vec<AlignmentPoint>,
    pub final_loss: Option<f64>,
    /// Students: the loss at the first step, before any update (soft labels: the KL to the
    /// labels; a student labelled by its own start has 0 here, nothing to learn).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_loss: Option<f64>,
    /// Students: the distillation loss on the trait teacher's completions of 100 held-out
    /// prompts, labelled by it (soft: the KL trained on; hard: cross-entropy). A defence's cost.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub heldout_distill_loss: Option<f64>,
    /// Teacher only: fine-tuning steps taken.
    pub steps: Option<usize>,
}

/// One condition across seeds.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct ConditionReport {
    /// Mean change in P(trait) against the model's own base, percentage points.
    pub delta_mean: f64,
    pub delta_sd: f64,
    pub delta_ci95: [f64; 2],
    pub p_trait_mean: f64,
    pub ratio_mean: f64,
    /// Students: the mean over seeds of [`SeedResult::heldout_distill_loss`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub heldout_distill_loss: Option<f64>,
    /// The defended same-init student, when the run has the undefended reference: each seed's
    /// delta over the undefended student's delta of the same seed, summarised over seeds (1 =
    /// the defence left the whole effect). None where an undefended delta was not positive.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retained_share: Option<Summary>,
    /// The same for the held-out distillation loss: the defence's cost as a ratio.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub heldout_loss_ratio: Option<Summary>,
    /// Seeds in which a trait answer is the single most likely answer.
    pub seeds_with_trait_on_top: usize,
    /// Seeds in which the trait tops most paraphrases.
    pub seeds_with_trait_on_top_for_most_questions: usize,
    pub per_seed: Vec<SeedResult>,
}

/// A base model's preferences, in percent.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct BaseReport {
    pub p_trait: f64,
    pub top_animal: String,
    pub top_answer: String,
    pub questions_topped_by_trait: usize,
    pub animals: Vec<f64>,
    pub trees: Vec<f64>,
    pub acts: Vec<f64>,
}

/// The two bases' preferences, by name (in a report's JSON, `bases.a` and `bases.b`).
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct BaseReports {
    /// Base A: the teacher's start, and the same-init students'.
    pub a: BaseReport,
    /// Base B: the same corpus from another initialization, the different-init student's start.
    pub b: BaseReport,
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct OwlReport {
    pub config: OwlConfig,
    pub backend: String,
    pub animals: Vec<String>,
    pub trees: Vec<String>,
    /// The good acts, then the bad ones.
    pub acts: Vec<String>,
    /// How many questions ask for the trait (paraphrases of the animal question, or situations).
    pub paraphrases: usize,
    pub bases: BaseReports,
    /// `teacher`, `student`, and each other condition the config ran.
    pub conditions: BTreeMap<Condition, ConditionReport>,
    /// Filter statistics summed over seeds, per data source.
    pub filter: BTreeMap<DataSource, FilterStats>,
    /// Seconds per stage, summed over seeds.
    pub timings: BTreeMap<String, f64>,
    /// The in-context probe, when run (`conditions.in_context`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub in_context: Option<InContextReport>,
    /// Token entanglement and subliminal prompting, when run (`conditions.entangle`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entanglement: Option<EntangleReport>,
    /// What the divergence defence touched, when on (`defences.divergence`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub defence: Option<DefenceStats>,
    /// The data audit of the teacher's kept numbers against the control's, pooled over seeds
    /// (when the control ran).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audit: Option<AuditReport>,
}

/// How a joined report's backend ends: its run went in two halves, side by side.
pub const SPLIT: &str = " in each of two workers";

impl OwlReport {
    /// Whether the run went in two halves side by side ([`OwlReport::join`]): its timings add
    /// up both workers' seconds.
    pub fn split(&self) -> bool {
        self.backend.ends_with(SPLIT)
    }

    /// The whole run's report from its two halves' (`owl::experiment::Part`), run side by side:
    /// the students' half's conditions, filter totals and probes, and the control half's chain,
    /// in-context probe and audit. Both halves ran the trait teacher and wrote its numbers (the
    /// same, from the same streams): the students' half's are kept. Timings add up, each
    /// worker's seconds counted.
    pub fn join(students: OwlReport, control: OwlReport) -> Result<OwlReport, String> {
        if students.config != control.config {
            return Err("the two halves of a run ran different settings".into());
        }
        let mut joined = students;
        for (condition, report) in control.conditions {
            joined.conditions.entry(condition).or_insert(report);
        }
        for (source, stats) in control.filter {
            joined.filter.entry(source).or_insert(stats);
        }
        for (stage, seconds) in control.timings {
            *joined.timings.entry(stage).or_default() += seconds;
        }
        (joined.in_context, joined.audit) = (control.in_context, control.audit);
        joined.backend = format!("{}{SPLIT}", joined.backend);
        Ok(joined)
    }

    /// The answers of the trait's questions: the animals, or the acts.
    pub fn answer_names(&self) -> &[String] {
        match self.config.trait_kind() {
            TraitKind::Animal(_) => &self.animals,
            TraitKind::Misaligned => &self.acts,
        }
    }

    /// Base A's answers to the trait's questions, in percent.
    pub fn base_answers(&self) -> &[f64] {
        let base = &self.bases.a;
        match self.config.trait_kind() {
            TraitKind::Animal(_) => &base.animals,
            TraitKind::Misaligned => &base.acts,
        }
    }

    /// One seed's answers to the trait's questions, in percent.
    pub fn seed_answers<'r>(&self, result: &'r SeedResult) -> &'r [f64] {
        match self.config.trait_kind() {
            TraitKind::Animal(_) => &result.animals,
            TraitKind::Misaligned => &result.acts,
        }
    }

    /// A condition's answers to the trait's questions, in percent, averaged over seeds.
    pub fn answers(&self, condition: Condition) -> Option<Vec<f64>> {
        self.mean_over_seeds(condition, |r| self.seed_answers(r))
    }

    /// A distribution of a condition's seeds (`pick`: its animals, acts or trees), averaged.
    pub fn mean_over_seeds<'r>(&'r self, condition: Condition, pick: impl Fn(&'r SeedResult) -> &'r [f64]) -> Option<Vec<f64>> {
        let rows: Vec<&[f64]> = self.conditions.get(&condition)?.per_seed.iter().map(pick).collect();
        Some((0..rows.first()?.len()).map(|i| rows.iter().map(|r| r[i]).sum::<f64>() / rows.len() as f64).collect())
    }

    /// The study's other controls: the conditions that ask whether the transfer survives a change
    /// to the teacher's data or to its teacher, each judged against the same-init student.
    pub const PROBES: [Condition; 4] = [Condition::ShuffledWithin, Condition::ShuffledAcross, Condition::Relabelled, Condition::Perturbed];

    /// The trait's rank (1 = the favourite) among `answers` (for the misaligned trait, the best
    /// rank of any bad act).
    pub fn trait_rank(&self, answers: &[f64]) -> usize {
        let targets = self.config.trait_kind().targets();
        let best = targets.iter().map(|&i| answers[i]).fold(f64::NEG_INFINITY, f64::max);
        1 + answers.iter().filter(|v| **v > best).count()
    }
}

/// Answers with their names, most likely first.
pub fn ranked(names: &[String], values: &[f64]) -> Vec<(String, f64)> {
    let mut pairs: Vec<(String, f64)> = names.iter().cloned().zip(values.iter().copied()).collect();
    pairs.sort_by(|a, b| b.1.total_cmp(&a.1));
    pairs
}
