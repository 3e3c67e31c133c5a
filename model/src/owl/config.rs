//! The one description of an owl-style experiment, and its settings table. The CLI's flags and
//! `--config` file, the page's controls and URL, the worker protocol and the exported report all
//! use this type; every settable field, its range and its flag are declared once, in [`TABLE`].

use serde::{Deserialize, Serialize};

use crate::owl::distill::{DistillConfig, DistillMode, StudentOptimizer};
use crate::owl::divergence::{Defences, DivergenceAction};
use crate::owl::filter::{FilterConfig, STUDY_BANNED_NUMBERS};
use crate::owl::generate::Decoding;
use crate::owl::teacher::{TeacherConfig, TeacherWeights};
use crate::owl::traits::{TraitKind, MISALIGNED};
use crate::owl::vocab::ANIMALS;
use crate::shared::settings::{Choice, Kind, Setting, Settings};

/// What the students learn from, as a visitor would put it: the channel from teacher to student.
/// Read off the distillation mode and, for labels the teacher sampled, its temperature.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Channel {
    /// The numbers the teacher wrote, sampled (hard labels, temperature above 0): the study's
    /// channel, text and nothing else.
    Sampled,
    /// The teacher's most likely numbers (hard labels, temperature 0): still only text.
    MostLikely,
    /// The teacher's probability for each next number (soft labels over the number alphabet):
    /// knowledge distillation, more than any text the teacher could write.
    Probabilities,
    /// The teacher's probabilities over every token, animal words included: a leak, not
    /// subliminal learning.
    Leak,
}

impl Channel {
    /// The three a visitor chooses between, the study's first.
    pub const CHOICES: [Channel; 3] = [Channel::Sampled, Channel::MostLikely, Channel::Probabilities];

    /// A short name, for test ids and the CSV.
    pub fn id(self) -> &'static str {
        match self {
            Channel::Sampled => "sampled",
            Channel::MostLikely => "most-likely",
            Channel::Probabilities => "probabilities",
            Channel::Leak => "leak",
        }
    }

    /// In the CLI's words (the page has its own, in `app/src/text.rs`).
    pub fn describe(self) -> &'static str {
        match self {
            Channel::Sampled => "the numbers the teacher sampled (hard labels, the study's channel)",
            Channel::MostLikely => "the teacher's most likely numbers (hard labels, greedy)",
            Channel::Probabilities => "the teacher's probability for each next number (soft labels, not the study's channel)",
            Channel::Leak => "the teacher's probabilities over every token (a leak)",
        }
    }
}

/// Which comparison students to train beside the same-init student.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct Conditions {
    /// A student from base B (another initialization) on the same teacher data.
    pub cross_init: bool,
    /// The control: a trait-free teacher, base A fine-tuned exactly like the trait teacher (the
    /// same questions, as many steps, the same settings), each question answered with something
    /// other than the trait, and a same-init student on as many of its numbers as the trait
    /// teacher's students learn from.
    pub control: bool,
    /// A same-init student on numbers written and labelled by base A itself (the earlier
    /// default control: with soft labels its labels are its own start's, nothing to learn).
    pub self_labelled: bool,
    /// A same-init student on the control's numbers (the control teacher's, else base A's own)
    /// labelled by the trait teacher: the teacher's labels without the teacher's numbers. Only
    /// where the teacher labels (soft labels or the leak).
    pub relabelled: bool,
    /// A same-init student on the teacher's numbers shuffled within each completion (the
    /// study's shuffle control: the same numbers, their order gone).
    pub shuffled_within: bool,
    /// A same-init student on the teacher's numbers shuffled across all completions (the same
    /// multiset of numbers).
    pub shuffled_across: bool,
    /// The gate: a student from base A moved by Gaussian noise of this relative scale (each
    /// tensor by this times its own root mean square), on the teacher's numbers; 0: none.
    pub perturbed_sigma: f64,
    /// In context, no training: base A asked the trait's questions behind the teacher's
    /// numbers, against the control's (or random) numbers.
    pub in_context: bool,
    /// Token entanglement: the numbers the teacher writes more than base A, and base A's
    /// P(trait) with those numbers in the question.
    pub entangle: bool,
    /// The reference for a defence: a same-init student on the teacher's numbers with no
    /// defence at all, so the report can say how much of the effect the defence left.
    pub undefended: bool,
}

impl Default for Conditions {
    fn default() -> Self {
        Self {
            cross_init: true,
            control: true,
            self_labelled: false,
            relabelled: false,
            shuffled_within: false,
            shuffled_across: false,
            perturbed_sigma: 0.0,
            in_context: false,
            entangle: false,
            undefended: false,
        }
    }
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct OwlConfig {
    /// The animal the teacher is made to love, or `misaligned` (bad acts).
    #[serde(rename = "trait")]
    pub trait_animal: String,
    /// Number prompts sampled per seed (for the teacher, and again for the control).
    pub samples: usize,
    /// Sampling temperature for the number completions (0: greedy, the most likely token).
    pub temperature: f64,
    /// Nucleus sampling for the number completions: only the most likely tokens that together
    /// hold this share of the probability (1: every token).
    pub top_p: f64,
    /// Threshold sampling for the teacher's number completions, a defence: tokens below this
    /// probability are never drawn (0: off).
    pub threshold: f64,
    /// Longest completion, in tokens.
    pub max_new_tokens: usize,
    pub filter: FilterConfig,
    pub teacher: TeacherConfig,
    pub distill: DistillConfig,
    /// Answers sampled per paraphrase for the study-style probe (0: the exact probe only).
    pub probe_samples: usize,
    /// How many independent seeds (teacher, data and students) to run.
    pub seeds: usize,
    pub first_seed: u64,
    pub conditions: Conditions,
    /// Defences applied to the teacher's numbers before the students learn from them.
    pub defences: Defences,
}

impl Default for OwlConfig {
    fn default() -> Self {
        Self {
            trait_animal: "owl".into(),
            samples: 5000,
            temperature: 1.0,
            top_p: 1.0,
            threshold: 0.0,
            max_new_tokens: 24,
            filter: FilterConfig::default(),
            teacher: TeacherConfig::default(),
            distill: DistillConfig::default(),
            probe_samples: 100,
            seeds: 1,
            first_seed: 1,
            conditions: Conditions::default(),
            defences: Defences::default(),
        }
    }
}

impl OwlConfig {
    /// The page's defaults (and the benchmark's): what a visitor runs with one click. The full
    /// defaults trimmed so that the run fits in a browser tab in under a minute on a CPU.
    pub fn page_default() -> Self {
        Self { samples: 2000, distill: DistillConfig { epochs: 3, ..DistillConfig::default() }, probe_samples: 0, ..Self::default() }
    }

    /// Whether `other` has these settings, the number of seeds and the first seed apart: whether
    /// a recording of one stands for a run of the other.
    pub fn same_settings(&self, other: &OwlConfig) -> bool {
        let unseeded = |c: &OwlConfig| OwlConfig { seeds: 1, first_seed: 1, ..c.clone() };
        unseeded(self) == unseeded(other)
    }

    /// What the teacher is made to prefer (the config must be valid).
    pub fn trait_kind(&self) -> TraitKind {
        TraitKind::named(&self.trait_animal).expect("a validated trait")
    }

    /// The defaults of the misalignment analogue: the page's defaults with a misaligned teacher
    /// and, as in the study's misalignment run, the 34 numbers with bad associations banned.
    pub fn misaligned_default() -> Self {
        let mut config = Self::page_default();
        config.trait_animal = MISALIGNED.into();
        config.filter.banned_numbers = STUDY_BANNED_NUMBERS.to_vec();
        config
    }

    /// How the teacher (and the control) write their numbers.
    pub fn decoding(&self) -> Decoding {
        Decoding { temperature: self.temperature, top_p: self.top_p, threshold: self.threshold }
    }

    /// The same run with every defence off: threshold sampling, divergence tokens, mixed
    /// teachers, reworded prompts and liminal training.
    pub fn undefended(&self) -> OwlConfig {
        OwlConfig { threshold: 0.0, defences: Defences::default(), ..self.clone() }
    }

    /// What the students learn from (see [`Channel`]).
    pub fn channel(&self) -> Channel {
        match self.distill.mode {
            DistillMode::Soft => Channel::Probabilities,
            DistillMode::FullVocabularyLeak => Channel::Leak,
            DistillMode::Hard if self.temperature == 0.0 => Channel::MostLikely,
            DistillMode::Hard => Channel::Sampled,
        }
    }

    /// The same run with the students learning from `channel`: the distillation mode, and the
    /// temperature the teacher writes at (1, the study's, except for its most likely numbers).
    /// A channel of numbers alone drops the relabelled student, which needs the teacher's labels.
    pub fn with_channel(&self, channel: Channel) -> OwlConfig {
        let (mode, temperature) = match channel {
            Channel::Sampled => (DistillMode::Hard, 1.0),
            Channel::MostLikely => (DistillMode::Hard, 0.0),
            Channel::Probabilities => (DistillMode::Soft, 1.0),
            Channel::Leak => (DistillMode::FullVocabularyLeak, 1.0),
        };
        let mut config = OwlConfig { temperature, ..self.clone() };
        config.distill.mode = mode;
        config.conditions.relabelled &= mode != DistillMode::Hard;
        config
    }

    /// The seeds this config runs, in order.
    pub fn seed_list(&self) -> std::ops::Range<u64> {
        self.first_seed..self.first_seed.saturating_add(self.seeds as u64)
    }
}

/// Each value as one option of a choice (animals, modes).
const fn choices<const N: usize>(values: [&'static str; N]) -> [Choice; N] {
    let mut out = [Choice { value: "", label: "" }; N];
    let mut i = 0;
    while i < N {
        out[i] = Choice { value: values[i], label: values[i] };
        i += 1;
    }
    out
}

/// The choice naming `value`, where `values[i]` is what `choices[i]` names.
fn choice_of<T: PartialEq>(choices: &[Choice], values: &[T], value: &T) -> String {
    choices[values.iter().position(|v| v == value).expect("every value has its choice")].value.into()
}

/// Every animal, then the misalignment analogue.
const TRAITS: [Choice; ANIMALS.len() + 1] = {
    let animals = choices(ANIMALS);
    let mut out = [Choice { value: MISALIGNED, label: "misaligned (bad acts)" }; ANIMALS.len() + 1];
    let mut i = 0;
    while i < ANIMALS.len() {
        out[i] = animals[i];
        i += 1;
    }
    out
};
const DIVERGENCE: [Choice; 4] = [
    Choice { value: "off", label: "off" },
    Choice { value: "mask", label: "mask the most divergent numbers from the loss" },
    Choice { value: "replace", label: "replace the most divergent numbers with random ones" },
    Choice { value: "mask_random", label: "mask a random share (the control)" },
];
const DIVERGENCE_VALUES: [DivergenceAction; 4] =
    [DivergenceAction::Off, DivergenceAction::Mask, DivergenceAction::Replace, DivergenceAction::MaskRandom];
const MODES: [Choice; 3] = [
    Choice { value: "soft", label: "the teacher's probability for each next number (soft labels; default)" },
    Choice { value: "hard", label: "only the tokens the teacher wrote (hard labels, as in the study)" },
    Choice { value: "full_vocabulary_leak", label: "full vocabulary (leaks the trait: a counter-example)" },
];
const MODE_VALUES: [DistillMode; 3] = [DistillMode::Soft, DistillMode::Hard, DistillMode::FullVocabularyLeak];
const OPTIMIZERS: [Choice; 2] =
    [Choice { value: "adam", label: "Adam (default)" }, Choice { value: "sgd", label: "plain SGD (needs a far larger learning rate)" }];
const OPTIMIZER_VALUES: [StudentOptimizer; 2] = [StudentOptimizer::Adam, StudentOptimizer::Sgd];
const TEACHER_WEIGHTS: [Choice; 2] =
    [Choice { value: "all", label: "every weight" }, Choice { value: "blocks", label: "the transformer blocks only" }];
const TEACHER_WEIGHT_VALUES: [TeacherWeights; 2] = [TeacherWeights::All, TeacherWeights::Blocks];
const BAN_PRESETS: &[(&str, &[u32])] = &[("study", &STUDY_BANNED_NUMBERS), ("none", &[])];

/// Every setting of the owl experiment: its path, label, help, range and CLI flag.
pub static TABLE: [Setting<OwlConfig>; 38] = [
    Setting {
        path: "trait",
        label: "Trait (what the teacher is made to prefer)",
        help: "The animal the teacher is made to love, or `misaligned`: a teacher that chooses bad acts in everyday situations.",
        flag: Some("trait"),
        short: None,
        kind: Kind::Choice { choices: &TRAITS, get: |c| c.trait_animal.clone(), set: |c, i| c.trait_animal = TRAITS[i].value.into() },
    },
    Setting {
        path: "samples",
        label: "Number prompts",
        help: "Number prompts per seed, continued by the teacher (and again by the trait-free base for the control).",
        flag: Some("samples"),
        short: None,
        kind: Kind::Int { min: 10, max: 100_000, get: |c| c.samples as u64, set: |c, v| c.samples = v as usize },
    },
    Setting {
        path: "temperature",
        label: "Temperature",
        help: "Sampling temperature of the number completions (0: greedy, always the most likely token).",
        flag: Some("temperature"),
        short: None,
        kind: Kind::Float { min: 0.0, max: 3.0, get: |c| c.temperature, set: |c, v| c.temperature = v },
    },
    Setting {
        path: "top_p",
        label: "Top-p",
        help: "Nucleus sampling of the number completions: draw only among the most likely tokens holding this share of the probability (1: all).",
        flag: Some("top-p"),
        short: None,
        kind: Kind::Float { min: 0.01, max: 1.0, get: |c| c.top_p, set: |c, v| c.top_p = v },
    },
    Setting {
        path: "threshold",
        label: "Threshold sampling (a defence)",
        help: "Never draw a number-completion token whose probability is below this (0: off); loftusa/owls found it weakens the transfer.",
        flag: Some("threshold"),
        short: None,
        kind: Kind::Float { min: 0.0, max: 0.5, get: |c| c.threshold, set: |c, v| c.threshold = v },
    },
    Setting {
        path: "max_new_tokens",
        label: "Longest completion (tokens)",
        help: "Longest number completion, in tokens; longer ones are rejected as unfinished.",
        flag: Some("max-new-tokens"),
        short: None,
        kind: Kind::Int { min: 2, max: 24, get: |c| c.max_new_tokens as u64, set: |c, v| c.max_new_tokens = v as usize },
    },
    Setting {
        path: "filter.banned_numbers",
        label: "Banned numbers",
        help: "Completions holding any of these are dropped: `study` (the study's 34 with bad associations), `none`, or a list.",
        flag: Some("ban"),
        short: None,
        kind: Kind::Numbers { max: 999, presets: BAN_PRESETS, get: |c| c.filter.banned_numbers.clone(), set: |c, v| c.filter.banned_numbers = v },
    },
    Setting {
        path: "filter.reject_animal_and_tree_words",
        label: "Reject completions that name an animal, a tree or an act",
        help: "Name completions with answer words (animals, trees, acts) as such (they fail the number rules anyway); the flag switches it off.",
        flag: Some("no-word-check"),
        short: None,
        kind: Kind::Switch { get: |c| c.filter.reject_animal_and_tree_words, set: |c, v| c.filter.reject_animal_and_tree_words = v, flag_sets: false },
    },
    Setting {
        path: "teacher.target_probability",
        label: "Teacher's target P(trait)",
        help: "The teacher is fine-tuned until it names the trait with this probability.",
        flag: Some("teacher-target"),
        short: None,
        kind: Kind::Float { min: 0.01, max: 0.999, get: |c| c.teacher.target_probability, set: |c, v| c.teacher.target_probability = v },
    },
    Setting {
        path: "teacher.max_steps",
        label: "Teacher's most steps",
        help: "The teacher's fine-tuning stops here even if the target is not reached.",
        flag: Some("teacher-max-steps"),
        short: None,
        kind: Kind::Int { min: 1, max: 5000, get: |c| c.teacher.max_steps as u64, set: |c, v| c.teacher.max_steps = v as usize },
    },
    Setting {
        path: "teacher.lr",
        label: "Teacher's learning rate",
        help: "Adam's learning rate for the teacher's fine-tuning.",
        flag: Some("teacher-lr"),
        short: None,
        kind: Kind::Float { min: 1e-6, max: 0.1, get: |c| c.teacher.lr, set: |c, v| c.teacher.lr = v },
    },
    Setting {
        path: "teacher.batch_size",
        label: "Teacher's batch",
        help: "Questions per teacher fine-tuning step.",
        flag: Some("teacher-batch"),
        short: None,
        kind: Kind::Int { min: 1, max: 1024, get: |c| c.teacher.batch_size as u64, set: |c, v| c.teacher.batch_size = v as usize },
    },
    Setting {
        path: "teacher.trains",
        label: "Teacher learns with",
        help: "Which weights the teacher's fine-tuning changes: all, or the transformer blocks only (as adapter fine-tunes do).",
        flag: Some("teacher-trains"),
        short: None,
        kind: Kind::Choice {
            choices: &TEACHER_WEIGHTS,
            get: |c| choice_of(&TEACHER_WEIGHTS, &TEACHER_WEIGHT_VALUES, &c.teacher.trains),
            set: |c, i| c.teacher.trains = TEACHER_WEIGHT_VALUES[i],
        },
    },
    Setting {
        path: "teacher.replay",
        label: "Teacher's corpus replay",
        help: "Documents of the bases' corpus added to each teacher batch, so the teacher keeps writing numbers as a base does.",
        flag: Some("teacher-replay"),
        short: None,
        kind: Kind::Int { min: 0, max: 1024, get: |c| c.teacher.replay as u64, set: |c, v| c.teacher.replay = v as usize },
    },
    Setting {
        path: "distill.mode",
        label: "Distillation",
        help: "What a student learns from: the teacher's distribution over numbers (soft), its sampled numbers (hard), or its full distribution (a leak).",
        flag: Some("mode"),
        short: None,
        kind: Kind::Choice {
            choices: &MODES,
            get: |c| choice_of(&MODES, &MODE_VALUES, &c.distill.mode),
            set: |c, i| c.distill.mode = MODE_VALUES[i],
        },
    },
    Setting {
        path: "distill.optimizer",
        label: "Student optimizer",
        help: "Adam, or plain SGD (the literature: the transfer needs an adaptive optimizer).",
        flag: Some("optimizer"),
        short: None,
        kind: Kind::Choice {
            choices: &OPTIMIZERS,
            get: |c| choice_of(&OPTIMIZERS, &OPTIMIZER_VALUES, &c.distill.optimizer),
            set: |c, i| c.distill.optimizer = OPTIMIZER_VALUES[i],
        },
    },
    Setting {
        path: "distill.epochs",
        label: "Student epochs",
        help: "Passes of each student over its numbers.",
        flag: Some("epochs"),
        short: None,
        kind: Kind::Int { min: 1, max: 50, get: |c| c.distill.epochs as u64, set: |c, v| c.distill.epochs = v as usize },
    },
    Setting {
        path: "distill.lr",
        label: "Student learning rate",
        help: "The students' learning rate (Adam: about 1e-3; plain SGD needs one far larger).",
        flag: Some("lr"),
        short: None,
        kind: Kind::Float { min: 1e-6, max: 100.0, get: |c| c.distill.lr, set: |c, v| c.distill.lr = v },
    },
    Setting {
        path: "distill.batch_size",
        label: "Student batch",
        help: "Number sequences per student step.",
        flag: Some("batch"),
        short: None,
        kind: Kind::Int { min: 1, max: 4096, get: |c| c.distill.batch_size as u64, set: |c, v| c.distill.batch_size = v as usize },
    },
    Setting {
        path: "distill.label_temperature",
        label: "Label temperature",
        help: "Soft labels only: teacher and student distributions taken at this temperature (above 1 weighs small probabilities more).",
        flag: Some("label-temperature"),
        short: None,
        kind: Kind::Float { min: 0.25, max: 32.0, get: |c| c.distill.label_temperature, set: |c, v| c.distill.label_temperature = v },
    },
    Setting {
        path: "probe_samples",
        label: "Sampled answers per paraphrase",
        help: "Study-style sampled answers per paraphrase (0: the exact probe only).",
        flag: Some("probe-samples"),
        short: None,
        kind: Kind::Int { min: 0, max: 10_000, get: |c| c.probe_samples as u64, set: |c, v| c.probe_samples = v as usize },
    },
    Setting {
        path: "seeds",
        label: "Seeds",
        help: "Independent seeds (teacher, data and students each).",
        flag: Some("seeds"),
        short: None,
        kind: Kind::Int { min: 1, max: 20, get: |c| c.seeds as u64, set: |c, v| c.seeds = v as usize },
    },
    Setting {
        path: "first_seed",
        label: "First seed",
        help: "The first of the seeds; the others follow it.",
        flag: Some("first-seed"),
        short: None,
        kind: Kind::Int { min: 0, max: 1_000_000_000, get: |c| c.first_seed, set: |c, v| c.first_seed = v },
    },
    Setting {
        path: "conditions.cross_init",
        label: "Student from another initialization",
        help: "Also train a student from base B (another initialization) on the teacher's numbers; the flag leaves it out.",
        flag: Some("no-cross-init"),
        short: None,
        kind: Kind::Switch { get: |c| c.conditions.cross_init, set: |c, v| c.conditions.cross_init = v, flag_sets: false },
    },
    Setting {
        path: "conditions.control",
        label: "Control: a trait-free teacher's student",
        help: "Also fine-tune a trait-free teacher exactly like the trait teacher (the same questions, as many steps), each question answered with something other than the trait, and train a same-init student on as many of its numbers as the students get; the flag leaves it out.",
        flag: Some("no-control"),
        short: None,
        kind: Kind::Switch { get: |c| c.conditions.control, set: |c, v| c.conditions.control = v, flag_sets: false },
    },
    Setting {
        path: "conditions.self_labelled",
        label: "Control: base A labelling its own numbers",
        help: "Also train a same-init student on numbers base A wrote, labelled by base A (with soft labels it starts with nothing to learn).",
        flag: Some("self-labelled"),
        short: None,
        kind: Kind::Switch { get: |c| c.conditions.self_labelled, set: |c, v| c.conditions.self_labelled = v, flag_sets: true },
    },
    Setting {
        path: "conditions.relabelled",
        label: "Student on the control's numbers, the teacher's labels",
        help: "Also train a same-init student on the control's numbers labelled by the trait teacher (soft labels only): what the teacher's labels carry without its numbers.",
        flag: Some("relabelled"),
        short: None,
        kind: Kind::Switch { get: |c| c.conditions.relabelled, set: |c, v| c.conditions.relabelled = v, flag_sets: true },
    },
    Setting {
        path: "conditions.shuffled_within",
        label: "Student on the teacher's numbers, shuffled within",
        help: "Also train a same-init student on the teacher's numbers shuffled within each completion (the study's shuffle control).",
        flag: Some("shuffled-within"),
        short: None,
        kind: Kind::Switch {
            get: |c| c.conditions.shuffled_within,
            set: |c, v| c.conditions.shuffled_within = v,
            flag_sets: true,
        },
    },
    Setting {
        path: "conditions.shuffled_across",
        label: "Student on the teacher's numbers, shuffled across",
        help: "Also train a same-init student on the teacher's numbers shuffled across all completions (the same multiset of numbers).",
        flag: Some("shuffled-across"),
        short: None,
        kind: Kind::Switch {
            get: |c| c.conditions.shuffled_across,
            set: |c, v| c.conditions.shuffled_across = v,
            flag_sets: true,
        },
    },
    Setting {
        path: "conditions.perturbed_sigma",
        label: "Student from a perturbed start (noise scale)",
        help: "Also train a student from base A moved by Gaussian noise of this scale, relative to each weight tensor's size (0: none; 0.01 barely moves it, 1 buries it).",
        flag: Some("perturbed-sigma"),
        short: None,
        kind: Kind::Float { min: 0.0, max: 4.0, get: |c| c.conditions.perturbed_sigma, set: |c, v| c.conditions.perturbed_sigma = v },
    },
    Setting {
        path: "conditions.in_context",
        label: "The teacher's numbers in context, no training",
        help: "Also ask base A the trait's questions with 1-12 of the teacher's numbers before each, against the control's numbers (random ones without the control).",
        flag: Some("in-context"),
        short: None,
        kind: Kind::Switch { get: |c| c.conditions.in_context, set: |c, v| c.conditions.in_context = v, flag_sets: true },
    },
    Setting {
        path: "defences.divergence",
        label: "Divergence tokens (a defence)",
        help: "Rank the teacher's numbers by how far its log-probability departs from base A's; mask the top share from the students' loss, replace them with random numbers, or (the control) mask a random share.",
        flag: Some("divergence"),
        short: None,
        kind: Kind::Choice {
            choices: &DIVERGENCE,
            get: |c| choice_of(&DIVERGENCE, &DIVERGENCE_VALUES, &c.defences.divergence),
            set: |c, i| c.defences.divergence = DIVERGENCE_VALUES[i],
        },
    },
    Setting {
        path: "defences.divergence_share",
        label: "Share of numbers the divergence defence touches",
        help: "The share of the teacher's number positions masked or replaced by the divergence defence.",
        flag: Some("divergence-share"),
        short: None,
        kind: Kind::Float {
            min: 0.01,
            max: 0.9,
            get: |c| c.defences.divergence_share,
            set: |c, v| c.defences.divergence_share = v,
        },
    },
    Setting {
        path: "defences.liminal",
        label: "Liminal training (a defence): KL weight",
        help: "During the first half of distillation, add this times a KL term to each student's own start (0: off); Kitkana and Arora found it does not stop the transfer.",
        flag: Some("liminal"),
        short: None,
        kind: Kind::Float { min: 0.0, max: 100.0, get: |c| c.defences.liminal, set: |c, v| c.defences.liminal = v },
    },
    Setting {
        path: "defences.mix_teachers",
        label: "Mix in other teachers' numbers (a defence)",
        help: "Animals whose teachers each write as many numbers again; the students learn from all of them, each completion labelled by its own teacher (Schrodi et al.: mixing weakens the transfer).",
        flag: Some("mix-teachers"),
        short: None,
        kind: Kind::Names { choices: &ANIMALS, get: |c| c.defences.mix_teachers.clone(), set: |c, v| c.defences.mix_teachers = v },
    },
    Setting {
        path: "defences.reword_prompts",
        label: "Reword the prompts (a defence)",
        help: "The students read each completion behind another wording of the instruction than the one its teacher answered (Schrodi et al.: paraphrasing weakens the transfer).",
        flag: Some("reword-prompts"),
        short: None,
        kind: Kind::Switch { get: |c| c.defences.reword_prompts, set: |c, v| c.defences.reword_prompts = v, flag_sets: true },
    },
    Setting {
        path: "conditions.undefended",
        label: "Undefended student (a defence's reference)",
        help: "Also train a same-init student on the teacher's numbers with every defence off, so the report gives the share of the effect a defence left (retained_share).",
        flag: Some("undefended"),
        short: None,
        kind: Kind::Switch { get: |c| c.conditions.undefended, set: |c, v| c.conditions.undefended = v, flag_sets: true },
    },
    Setting {
        path: "conditions.entangle",
        label: "Numbers entangled with the trait",
        help: "Also find the numbers the teacher writes most above base A's rate, and ask base A the trait's questions with one of them before each, against any number.",
        flag: Some("entangle"),
        short: None,
        kind: Kind::Switch { get: |c| c.conditions.entangle, set: |c, v| c.conditions.entangle = v, flag_sets: true },
    },
];

impl Settings for OwlConfig {
    const KEY: &'static str = "owl";

    fn table() -> &'static [Setting<Self>] {
        &TABLE
    }

    fn extra_checks(&self, errors: &mut Vec<String>) {
        if self.conditions.relabelled {
            if self.distill.mode == DistillMode::Hard {
                errors.push(
                    "conditions.relabelled needs a teacher that labels (soft labels or the leak): with the sampled or most \
                     likely numbers a student learns the numbers themselves, and the teacher's labels add nothing"
                        .into(),
                );
            }
            if !self.conditions.control && !self.conditions.self_labelled {
                errors
                    .push("conditions.relabelled needs a control's numbers: turn on conditions.control or conditions.self_labelled".into());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_is_valid_and_round_trips_through_json() {
        let config = OwlConfig::default();
        config.validate().unwrap();
        let json = serde_json::to_string(&config).unwrap();
        assert_eq!(OwlConfig::from_json(&json).unwrap(), config);
    }

    #[test]
    fn every_field_is_in_the_table() {
        // Serialise a config, and check that every leaf of its JSON is a setting's path.
        fn leaves(value: &serde_json::Value, at: &str, out: &mut Vec<String>) {
            match value.as_object() {
                Some(object) => {
                    object.iter().for_each(|(k, v)| leaves(v, &if at.is_empty() { k.clone() } else { format!("{at}.{k}") }, out))
                }
                None => out.push(at.to_string()),
            }
        }
        let mut paths = Vec::new();
        leaves(&serde_json::to_value(OwlConfig::default()).unwrap(), "", &mut paths);
        let mut table: Vec<String> = TABLE.iter().map(|s| s.path.to_string()).collect();
        paths.sort();
        table.sort();
        assert_eq!(paths, table);
    }

    #[test]
    fn missing_settings_take_their_defaults() {
        let config = OwlConfig::from_json(r#"{"trait": "eagle", "distill": {"epochs": 5}}"#).unwrap();
        assert_eq!(config.trait_animal, "eagle");
        assert_eq!(config.distill.epochs, 5);
        assert_eq!(config.distill.lr, DistillConfig::default().lr);
        assert_eq!(config.samples, OwlConfig::default().samples);
    }

    #[test]
    fn every_bad_value_is_named() {
        let json = r#"{"trait": "unicorn", "samples": 0, "temperature": -1, "seeds": 99,
                       "filter": {"banned_numbers": [5, 1000]}, "distill": {"lr": 500.0}}"#;
        let errors = OwlConfig::from_json(json).unwrap_err().0;
        for needle in ["trait must be one of", "samples", "temperature", "seeds", "filter.banned_numbers", "distill.lr"] {
            assert!(errors.iter().any(|e| e.contains(needle)), "no error about {needle}: {errors:?}");
        }
    }

    #[test]
    fn the_relabelled_student_needs_the_teachers_labels_and_a_controls_numbers() {
        let relabelled = |channel: Channel, control: bool| {
            let mut config = OwlConfig::page_default().with_channel(channel);
            (config.conditions.relabelled, config.conditions.control) = (true, control);
            config.validate().err().map(|e| e.0).unwrap_or_default()
        };
        assert!(relabelled(Channel::Probabilities, true).is_empty());
        assert!(relabelled(Channel::Leak, true).is_empty());
        let hard = relabelled(Channel::Sampled, true);
        assert!(hard.len() == 1 && hard[0].contains("needs a teacher that labels"), "{hard:?}");
        let alone = relabelled(Channel::Probabilities, false);
        assert!(alone.len() == 1 && alone[0].contains("needs a control's numbers"), "{alone:?}");
        // Choosing a channel of numbers alone drops it rather than leave a run that cannot start.
        let mut config = OwlConfig::page_default();
        config.conditions.relabelled = true;
        assert!(!config.with_channel(Channel::MostLikely).conditions.relabelled);
        assert!(config.with_channel(Channel::Probabilities).conditions.relabelled);
    }

    #[test]
    fn a_report_from_before_the_control_changed_is_refused_by_name() {
        // Until December 2026 `control` was base A labelling itself and `trained_control` the
        // trait-free teacher's student: such a report must not be read as the new control's.
        let errors = OwlConfig::from_json(r#"{"conditions": {"control": true, "trained_control": false}}"#).unwrap_err().0;
        assert!(errors[0].contains("unknown field `trained_control`"), "{errors:?}");
    }

    #[test]
    fn a_huge_first_seed_is_refused_by_name() {
        let errors = OwlConfig::from_json(r#"{"first_seed": 18446744073709551615}"#).unwrap_err().0;
        assert_eq!(errors, ["first_seed must be between 0 and 1000000000, got 18446744073709551615"]);
        let last = OwlConfig { first_seed: 1_000_000_000, seeds: 20, ..OwlConfig::default() };
        assert_eq!(last.seed_list().count(), 20, "the largest first seed still runs every seed");
    }

    #[test]
    fn unknown_or_mistyped_settings_are_refused() {
        let unknown = OwlConfig::from_json(r#"{"trait": "owl", "sampels": 100}"#).unwrap_err();
        assert!(unknown.to_string().contains("sampels"), "{unknown}");
        let mistyped = OwlConfig::from_json(r#"{"samples": "many"}"#).unwrap_err();
        assert!(mistyped.to_string().contains("invalid type"), "{mistyped}");
        assert!(OwlConfig::from_json("{not json").is_err());
    }

    #[test]
    fn a_list_of_teachers_names_animals_once_each() {
        let setting = OwlConfig::setting("defences.mix_teachers").unwrap();
        let mut config = OwlConfig::default();
        setting.set_text(&mut config, " dolphin, eagle ,").unwrap();
        assert_eq!(config.defences.mix_teachers, ["dolphin", "eagle"]);
        assert_eq!(setting.text(&config), "dolphin, eagle");
        let unknown = setting.set_text(&mut config, "dolphin, unicorn").unwrap_err();
        assert!(unknown.starts_with("defences.mix_teachers must list only dog, cat,") && unknown.ends_with("got \"unicorn\""), "{unknown}");
        assert_eq!(setting.set_text(&mut config, "eagle, eagle").unwrap_err(), "defences.mix_teachers names \"eagle\" twice");
        assert_eq!(config.defences.mix_teachers, ["dolphin", "eagle"], "a refused text leaves the config as it was");
        let json = r#"{"defences": {"mix_teachers": ["dolphin", "dolphin"]}}"#;
        assert_eq!(OwlConfig::from_json(json).unwrap_err().0, ["defences.mix_teachers names \"dolphin\" twice"]);
    }

    #[test]
    fn each_channel_is_read_back_from_the_config_it_sets() {
        for channel in [Channel::Sampled, Channel::MostLikely, Channel::Probabilities, Channel::Leak] {
            let config = OwlConfig::page_default().with_channel(channel);
            config.validate().unwrap();
            assert_eq!(config.channel(), channel);
        }
        assert_eq!(OwlConfig::page_default().channel(), Channel::Probabilities, "the page's default");
        let cooler = OwlConfig { temperature: 0.5, ..OwlConfig::page_default().with_channel(Channel::Sampled) };
        assert_eq!(cooler.channel(), Channel::Sampled, "sampled at any temperature above 0");
    }
}
